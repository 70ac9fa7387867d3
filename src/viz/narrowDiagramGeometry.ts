import {
  arrow,
  thinCellWidth,
  type ArrowGeometry,
  type BoxGeometry,
  type DiagramFontSize,
  type DiagramMode,
  type LabelAnchor,
  type NodeGeometry,
  type NodeOperation,
  type Rect,
  type StripGeometry,
} from './diagramGeometry';

// What the phone layouts of both cell diagrams are built from, in viewBox units that are about CSS
// pixels on a phone (the drawing is 352 wide; a 390 px phone gives it 358 px). The cell is drawn
// top to bottom in one column: every vector is one row of cells centred on the column, nodes and
// layers sit on the centre line, and anything that skips a row travels in a lane down the left or
// right edge. Pure functions; lstmNarrowLayout and gruNarrowLayout decide the order.

/** Width of a phone diagram's viewBox. */
export const NARROW_WIDTH = 352;
/** The centre line: strips are centred on it, nodes and layer boxes sit on it. */
export const CENTER_X = NARROW_WIDTH / 2;
/** At most this many times its own width on a wider screen, so the cells do not grow huge. */
export const NARROW_MAX_SCALE = 1.6;
/**
 * Lines are drawn this much thinner than in the wide drawing, which a screen shows at about half
 * its size: at about full size here, the wide lines and their arrowheads would crowd short arrows.
 */
export const NARROW_LINE_WEIGHT = 0.75;

/** In viewBox units ≈ px: numbers 12 and subscripts 11.9, 11 px or more in boxes from 328 px (a 360 px phone). */
export const NARROW_FONT: DiagramFontSize = { value: 12, label: 17, operator: 20 };

export const NARROW = {
  top: 10,
  /** Room above a strip for its label. */
  labelRoom: 24,
  /** The shortest arrow between two parts one above the other. */
  gap: 16,
  cellHeight: 30,
  /** The thin cells of the course's sizes: a row of colour, no numbers. */
  thinCellHeight: 20,
  /** The widest teaching cell: two decimals fit with room to spare. */
  maxCell: 46,
  concatGap: 10,
  box: { width: 60, height: 32 },
  nodeRadius: 15,
  tanhNode: { radiusX: 24, radiusY: 15 },
  oneMinusNode: { radiusX: 22, radiusY: 15 },
} as const;

/** The x of each lane, from the edge inwards: lines that skip rows run down these. */
export const LEFT_LANES = [6, 15, 24] as const;
export const RIGHT_LANES = [NARROW_WIDTH - 6, NARROW_WIDTH - 15, NARROW_WIDTH - 24] as const;
/** Hidden-size strips stay inside this span, clear of every lane. */
export const STRIP_SPAN = { from: 32, to: NARROW_WIDTH - 32 } as const;

/**
 * Widths of the drawn numbers in ems of the value font, for the widest case (a negative value in
 * DejaVu Sans Bold, the widest face the app meets): "−0.60" and "−0.6".
 */
const TWO_DECIMALS_EMS = 3.31;
const ONE_DECIMAL_EMS = 2.61;

/** How many decimals fit a cell `cellWidth` wide: 2, 1, or 0 (the cell shows only its colour). */
export function decimalsFor(cellWidth: number, fontSize: number = NARROW_FONT.value): 0 | 1 | 2 {
  if (cellWidth >= TWO_DECIMALS_EMS * fontSize + 4) return 2;
  if (cellWidth >= ONE_DECIMAL_EMS * fontSize + 3) return 1;
  return 0;
}

/** One kind of strip's cells: their size and the decimals they show. Every vector is one row of them. */
export interface CellSize {
  width: number;
  height: number;
  decimals: 0 | 1 | 2;
}

/** Every cell size a phone diagram needs, and whether h_{t−1} and x_t share a row above [h, x]. */
export interface NarrowSizes {
  mode: DiagramMode;
  hidden: CellSize;
  /** x_t on its own row. */
  input: CellSize;
  /** [h_{t−1}, x_t], and h_{t−1}, x_t when they sit right above their own cells of it. */
  concat: CellSize;
  inputsOnOneRow: boolean;
}

function teachingCell(available: number, length: number): CellSize {
  const width = Math.min(NARROW.maxCell, Math.floor(available / Math.max(1, length)));
  return { width, height: NARROW.cellHeight, decimals: decimalsFor(width) };
}

/**
 * Cell sizes for a cell of `hiddenSize` units and `inputSize` inputs whose [h, x] may span
 * `concatSpan` units. Every vector stays one row whatever its length: teaching cells narrow and
 * show fewer decimals, and at the course's sizes thin cells of colour share the row (as in the
 * landscape drawing), instead of wrapping into a grid that would read as a matrix.
 */
export function narrowSizes(mode: DiagramMode, hiddenSize: number, inputSize: number, concatSpan: number): NarrowSizes {
  const stripSpan = STRIP_SPAN.to - STRIP_SPAN.from;
  if (mode === 'compact') {
    const thin = (span: number, count: number): CellSize => ({
      width: thinCellWidth(span, count),
      height: NARROW.thinCellHeight,
      decimals: 0,
    });
    return {
      mode,
      hidden: thin(stripSpan, hiddenSize),
      input: thin(stripSpan, inputSize),
      concat: thin(concatSpan - NARROW.concatGap, hiddenSize + inputSize),
      inputsOnOneRow: true,
    };
  }
  const concat = teachingCell(concatSpan - NARROW.concatGap, hiddenSize + inputSize);
  return {
    mode,
    hidden: teachingCell(stripSpan, hiddenSize),
    input: teachingCell(stripSpan, inputSize),
    concat,
    inputsOnOneRow: concat.decimals > 0,
  };
}

/** A row of `length` cells of `size`, its top-left at (`x`, `y`); its label is placed later. */
export function stripAt(size: CellSize, length: number, x: number, y: number): StripGeometry {
  return {
    x,
    y,
    width: length * size.width,
    height: size.height,
    columns: length,
    rows: 1,
    cells: Array.from({ length }, (_, index) => ({
      x: x + index * size.width,
      y,
      width: size.width,
      height: size.height,
    })),
    label: { x, y: y - 8, anchor: 'start' },
    decimals: size.decimals,
  };
}

/** The strip of `length` cells of `size` centred on the centre line with its top at `y`. */
export function centredStrip(size: CellSize, length: number, y: number): StripGeometry {
  return stripAt(size, length, CENTER_X - (length * size.width) / 2, y);
}

/**
 * A label above `strip`, left-aligned with it, unless an arrow comes down into the strip's middle
 * and the label (about `ems` label-font ems wide) would reach it: then it ends just left of that
 * arrow. No text is measured in a layout; the ems are generous.
 */
export function labelAbove(strip: Rect, ems: number, arrowFromAbove: boolean): LabelAnchor {
  const y = strip.y - 8;
  const end = CENTER_X - 10;
  if (!arrowFromAbove || strip.x + ems * NARROW_FONT.label <= end) return { x: strip.x, y, anchor: 'start' };
  return { x: end, y, anchor: 'end' };
}

/** A label below `strip`, by the same rule for an arrow leaving its middle downwards. */
export function labelBelow(strip: Rect, ems: number): LabelAnchor {
  const y = strip.y + strip.height + 4 + NARROW_FONT.label * 0.75;
  const end = CENTER_X - 10;
  if (strip.x + ems * NARROW_FONT.label <= end) return { x: strip.x, y, anchor: 'start' };
  return { x: end, y, anchor: 'end' };
}

/** A gate's label beside its layer box: on the right, or on the left where a line enters from the right. */
export function labelBesideBox(box: Rect, side: 'left' | 'right'): LabelAnchor {
  const y = box.y + box.height / 2 + NARROW_FONT.label * 0.35;
  return side === 'right' ? { x: box.x + box.width + 10, y, anchor: 'start' } : { x: box.x - 10, y, anchor: 'end' };
}

/** A layer box on the centre line with its top at `y`. */
export function centredBox(y: number, activation: BoxGeometry['activation']): BoxGeometry {
  return { x: CENTER_X - NARROW.box.width / 2, y, ...NARROW.box, activation };
}

/** A round × or + on the centre line, centred at `y`. */
export function centredNode(operation: NodeOperation, y: number): NodeGeometry {
  return { operation, x: CENTER_X, y, radiusX: NARROW.nodeRadius, radiusY: NARROW.nodeRadius };
}

/** The distance from a node's top (or a strip's top) to the top of the next part below it. */
export const below = (bottom: number, labelled = false) => bottom + NARROW.gap + (labelled ? NARROW.labelRoom : 0);

/** An arrow that leaves a part's side at `from`, runs down lane `laneX` and enters another's side at `to`. */
export function laneArrow(from: [number, number], laneX: number, to: [number, number]): ArrowGeometry {
  return arrow(from, [laneX, from[1]], [laneX, to[1]], to);
}
