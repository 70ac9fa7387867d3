import { arrow, type ArrowGeometry, type Rect, type StripGeometry } from './diagramGeometry';
import {
  CENTER_X,
  centredStrip,
  labelBelow,
  LEFT_LANES,
  NARROW,
  stripAt,
  type NarrowSizes,
} from './narrowDiagramGeometry';

// The top of both phone diagrams: h_{t−1} and x_t joining into [h_{t−1}, x_t], and the bus that
// carries [h, x] from there down the left edge to the layers.

/** h_{t−1}, x_t and [h_{t−1}, x_t] at the top of a phone diagram, with the arrows that join them. */
export interface NarrowInputs {
  previousHidden: StripGeometry;
  input: StripGeometry;
  concat: StripGeometry;
  previousHiddenToConcat: ArrowGeometry;
  inputToConcat: ArrowGeometry;
  /** Where the bus from [h, x] turns towards its lane, below [h, x]'s label. */
  busY: number;
}

const bottomOf = (rect: Rect) => rect.y + rect.height;
const middleX = (rect: Rect) => rect.x + rect.width / 2;

/**
 * The inputs block. While [h, x]'s cells still show numbers, h_{t−1} and x_t sit side by side
 * right above their own cells of it; otherwise each gets a row of its own with full-size cells,
 * and h_{t−1}'s arrow goes round x_t's row down the outer left lane. [h, x]'s label (`concatEms`
 * wide) goes under it, where no arrow comes in.
 */
export function narrowInputs(
  sizes: NarrowSizes,
  hiddenSize: number,
  inputSize: number,
  concatEms: number,
): NarrowInputs {
  const { concat: size } = sizes;
  const joined = (top: number) => {
    const hiddenPart = stripAt(size, hiddenSize, 0, top);
    const inputPart = stripAt(size, inputSize, 0, top);
    const width = hiddenPart.width + NARROW.concatGap + inputPart.width;
    const x = CENTER_X - width / 2;
    return {
      hiddenPart: stripAt(size, hiddenSize, x, top),
      inputPart: stripAt(size, inputSize, x + hiddenPart.width + NARROW.concatGap, top),
      x,
      width,
      dividerX: x + hiddenPart.width + NARROW.concatGap / 2,
    };
  };
  const firstTop = NARROW.top + NARROW.labelRoom;
  let previousHidden: StripGeometry;
  let input: StripGeometry;
  let parts: ReturnType<typeof joined>;
  let previousHiddenToConcat: ArrowGeometry;
  let inputToConcat: ArrowGeometry;
  if (sizes.inputsOnOneRow) {
    const probe = joined(firstTop);
    previousHidden = probe.hiddenPart;
    input = probe.inputPart;
    parts = joined(Math.max(bottomOf(previousHidden), bottomOf(input)) + NARROW.gap + 4);
    previousHiddenToConcat = arrow(
      [middleX(previousHidden), bottomOf(previousHidden)],
      [middleX(previousHidden), parts.hiddenPart.y],
    );
    inputToConcat = arrow([middleX(input), bottomOf(input)], [middleX(input), parts.inputPart.y]);
  } else {
    previousHidden = centredStrip(sizes.hidden, hiddenSize, firstTop);
    input = centredStrip(sizes.input, inputSize, bottomOf(previousHidden) + 8 + NARROW.labelRoom);
    const joinY = bottomOf(input) + NARROW.gap;
    parts = joined(joinY + NARROW.gap);
    const hiddenX = middleX(parts.hiddenPart);
    const inputX = middleX(parts.inputPart);
    previousHiddenToConcat = arrow(
      [previousHidden.x, previousHidden.y + previousHidden.height / 2],
      [LEFT_LANES[0], previousHidden.y + previousHidden.height / 2],
      [LEFT_LANES[0], joinY],
      [hiddenX, joinY],
      [hiddenX, parts.hiddenPart.y],
    );
    inputToConcat = arrow(
      [middleX(input), bottomOf(input)],
      [middleX(input), joinY],
      [inputX, joinY],
      [inputX, parts.inputPart.y],
    );
  }
  const { hiddenPart, inputPart } = parts;
  const concatRect = {
    x: parts.x,
    y: hiddenPart.y,
    width: parts.width,
    height: Math.max(hiddenPart.height, inputPart.height),
  };
  const concat: StripGeometry = {
    ...concatRect,
    columns: hiddenPart.columns + inputPart.columns,
    rows: Math.max(hiddenPart.rows, inputPart.rows),
    cells: [...hiddenPart.cells, ...inputPart.cells],
    label: labelBelow(concatRect, concatEms),
    dividerX: parts.dividerX,
    decimals: size.decimals,
  };
  previousHidden.label = { x: previousHidden.x, y: previousHidden.y - 8, anchor: 'start' };
  input.label = { x: input.x, y: input.y - 8, anchor: 'start' };
  return {
    previousHidden,
    input,
    concat,
    previousHiddenToConcat,
    inputToConcat,
    busY: bottomOf(concat) + NARROW.labelRoom + 6,
  };
}

/** The bus from [h, x] to a layer box: down from its middle, along `busY`, down the lane, into the box's left side. */
export function busArrow(concat: Rect, busY: number, laneX: number, box: Rect): ArrowGeometry {
  return arrow(
    [middleX(concat), bottomOf(concat)],
    [middleX(concat), busY],
    [laneX, busY],
    [laneX, box.y + box.height / 2],
    [box.x, box.y + box.height / 2],
  );
}
