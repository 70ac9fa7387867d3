import type { LstmGateName } from '../model';
import {
  arrow,
  ARROW_GAP,
  bottom,
  BOX,
  circleNode,
  CONCAT_GAP,
  concatStrip,
  diagramModeFor,
  GATE_GAP,
  LABEL_SPACE,
  layerBox,
  left,
  MARGIN,
  metricsFor,
  MIN_COLUMN_WIDTH,
  NODE_RADIUS,
  nodeBottom,
  nodeLeft,
  nodeRight,
  nodeTop,
  right,
  strip,
  TANH_NODE,
  top,
  type ArrowGeometry,
  type BoxGeometry,
  type DiagramFontSize,
  type DiagramMode,
  type LabelSide,
  type NodeGeometry,
  type StripGeometry,
} from './diagramGeometry';

// Where everything of the LSTM cell diagram sits, in viewBox units. Pure geometry: the component
// draws it, a test pins it. The picture follows the course's (Olah's) drawing: the C line across
// the top, [h_{t−1}, x_t] entering below and fanning out to the four layers, the pointwise × and
// + on the C line, tanh(C_t) and the output gate's × on the right.

/** The vectors drawn outside the gates, named as in LstmCellExplanation. */
export type LstmDiagramVector =
  'previousCell' | 'previousHidden' | 'input' | 'concat' | 'kept' | 'written' | 'cell' | 'cellTanh' | 'hidden';

export type LstmDiagramNode = 'forgetMultiply' | 'add' | 'inputMultiply' | 'cellTanh' | 'outputMultiply';

export type LstmDiagramArrow =
  | 'previousHiddenToConcat'
  | 'inputToConcat'
  | 'previousCellToForget'
  | 'forgetToMultiply'
  | 'multiplyToKept'
  | 'keptToAdd'
  | 'inputGateToMultiply'
  | 'candidateToMultiply'
  | 'multiplyToWritten'
  | 'writtenToAdd'
  | 'addToCell'
  | 'cellOut'
  | 'cellToTanh'
  | 'tanhToCellTanh'
  | 'cellTanhToMultiply'
  | 'outputToMultiply'
  | 'multiplyToHidden'
  | 'hiddenOut';

export interface LstmCellDiagramLayout {
  mode: DiagramMode;
  width: number;
  height: number;
  fontSize: DiagramFontSize;
  strips: Record<LstmDiagramVector, StripGeometry>;
  gateStrips: Record<LstmGateName, StripGeometry>;
  boxes: Record<LstmGateName, BoxGeometry>;
  nodes: Record<LstmDiagramNode, NodeGeometry>;
  arrows: Record<LstmDiagramArrow, ArrowGeometry>;
  /** From [h, x] to each layer, along the shared bus. */
  layerInputs: Record<LstmGateName, ArrowGeometry>;
  /** From each layer up to its gate's strip. */
  layerOutputs: Record<LstmGateName, ArrowGeometry>;
  /** The point where the C line branches down to tanh. */
  cellBranch: { x: number; y: number };
}

/**
 * The whole diagram for an LSTM cell of `hiddenSize` units and `inputSize` inputs. `mode` defaults
 * to {@link diagramModeFor}; the viewBox is `0 0 width height` and scales to its container.
 */
export function lstmDiagramLayout(
  hiddenSize: number,
  inputSize: number,
  mode: DiagramMode = diagramModeFor(hiddenSize, inputSize),
): LstmCellDiagramLayout {
  const metrics = metricsFor(mode, hiddenSize);
  const hiddenColumns = metrics.columnsFor(hiddenSize);
  const stripWidth = hiddenColumns * metrics.cellWidth;
  const stripHeight = Math.ceil(hiddenSize / hiddenColumns) * metrics.cellHeight;
  const columnWidth = Math.max(stripWidth, MIN_COLUMN_WIDTH);
  const pitch = columnWidth + GATE_GAP;
  const half = stripHeight / 2;

  // Columns: C_{t−1} on the left, then one per gate; p between input and candidate, where i ⊙ g
  // is formed and joins the C line; outX right of the output gate, where h_t is formed.
  const forgetX = MARGIN + stripWidth + ARROW_GAP + NODE_RADIUS;
  const gateX: Record<LstmGateName, number> = {
    forget: forgetX,
    input: forgetX + pitch,
    candidate: forgetX + 2 * pitch,
    output: forgetX + 3 * pitch,
  };
  const writeX = (gateX.input + gateX.candidate) / 2;
  const outX = gateX.output + columnWidth / 2 + GATE_GAP / 2;

  // Rows, top to bottom.
  const cellY = MARGIN / 2 + LABEL_SPACE + half;
  const tanhY = cellY + half + ARROW_GAP + TANH_NODE.radiusY;
  const middleY = tanhY + TANH_NODE.radiusY + ARROW_GAP + half;
  const gateY = middleY + half + ARROW_GAP + LABEL_SPACE + half;
  const boxTop = gateY + half + ARROW_GAP + 8;
  const busY = boxTop + BOX.height + ARROW_GAP;
  const concatTop = busY + ARROW_GAP + LABEL_SPACE;

  const hiddenStrip = (centerX: number, centerY: number, side: LabelSide) =>
    strip(metrics, hiddenSize, { centerX, centerY }, side);

  const previousCell = hiddenStrip(MARGIN + stripWidth / 2, cellY, 'above');
  const kept = hiddenStrip((gateX.forget + writeX) / 2, cellY, 'above');
  const cell = hiddenStrip((writeX + outX) / 2, cellY, 'above');
  const written = hiddenStrip(writeX, middleY, 'left');
  const cellTanh = hiddenStrip(outX, middleY, 'left');
  const gateStrips = Object.fromEntries(
    Object.entries(gateX).map(([gate, x]) => [gate, hiddenStrip(x, gateY, 'above')]),
  ) as Record<LstmGateName, StripGeometry>;

  // [h, x] is centred under the bus; h_{t−1} and x_t sit right under their own cells of it.
  const previousHiddenAlone = hiddenStrip(0, 0, 'below');
  const inputAlone = strip(metrics, inputSize, { centerX: 0, centerY: 0 }, 'below');
  const concat = concatStrip(previousHiddenAlone, inputAlone, writeX, concatTop);
  const inputsY = concat.y + concat.height + ARROW_GAP * 2;
  const previousHidden = hiddenStrip(concat.x + previousHiddenAlone.width / 2, inputsY + half, 'below');
  const input = strip(
    metrics,
    inputSize,
    { centerX: concat.dividerX! + CONCAT_GAP / 2 + inputAlone.width / 2, centerY: inputsY + inputAlone.height / 2 },
    'below',
  );
  const hidden = hiddenStrip(outX, concat.y + half, 'below');

  const boxes = Object.fromEntries(
    Object.entries(gateX).map(([gate, x]) => [gate, layerBox(x, boxTop, gate === 'candidate' ? 'tanh' : 'sigmoid')]),
  ) as Record<LstmGateName, BoxGeometry>;

  const nodes: Record<LstmDiagramNode, NodeGeometry> = {
    forgetMultiply: circleNode('multiply', gateX.forget, cellY),
    add: circleNode('add', writeX, cellY),
    inputMultiply: circleNode('multiply', writeX, gateY),
    cellTanh: { operation: 'tanh', x: outX, y: tanhY, ...TANH_NODE },
    outputMultiply: circleNode('multiply', outX, gateY),
  };

  const width = outX + Math.max(columnWidth, stripWidth) / 2 + ARROW_GAP * 2 + MARGIN;
  const labelBelow = metrics.fontSize.label + 16;
  const height = Math.max(previousHidden.y + previousHidden.height, input.y + input.height) + labelBelow + MARGIN / 2;

  const busStart: [number, number] = [writeX, busY];
  const layerInputs = Object.fromEntries(
    Object.entries(boxes).map(([gate, box]) => [
      gate,
      arrow(top(concat), busStart, [box.x + box.width / 2, busY], bottom(box)),
    ]),
  ) as Record<LstmGateName, ArrowGeometry>;
  const layerOutputs = Object.fromEntries(
    Object.entries(boxes).map(([gate, box]) => [gate, arrow(top(box), bottom(gateStrips[gate as LstmGateName]))]),
  ) as Record<LstmGateName, ArrowGeometry>;

  const cellBranch = { x: outX, y: cellY };
  const arrows: Record<LstmDiagramArrow, ArrowGeometry> = {
    previousHiddenToConcat: arrow(top(previousHidden), [top(previousHidden)[0], concat.y + concat.height]),
    inputToConcat: arrow(top(input), [top(input)[0], concat.y + concat.height]),
    previousCellToForget: arrow(right(previousCell), nodeLeft(nodes.forgetMultiply)),
    forgetToMultiply: arrow(top(gateStrips.forget), nodeBottom(nodes.forgetMultiply)),
    multiplyToKept: arrow(nodeRight(nodes.forgetMultiply), left(kept)),
    keptToAdd: arrow(right(kept), nodeLeft(nodes.add)),
    inputGateToMultiply: arrow(right(gateStrips.input), nodeLeft(nodes.inputMultiply)),
    candidateToMultiply: arrow(left(gateStrips.candidate), nodeRight(nodes.inputMultiply)),
    multiplyToWritten: arrow(nodeTop(nodes.inputMultiply), bottom(written)),
    writtenToAdd: arrow(top(written), nodeBottom(nodes.add)),
    addToCell: arrow(nodeRight(nodes.add), left(cell)),
    cellOut: arrow(right(cell), [width - MARGIN / 2, cellY]),
    cellToTanh: arrow([cellBranch.x, cellBranch.y], nodeTop(nodes.cellTanh)),
    tanhToCellTanh: arrow(nodeBottom(nodes.cellTanh), top(cellTanh)),
    cellTanhToMultiply: arrow(bottom(cellTanh), nodeTop(nodes.outputMultiply)),
    outputToMultiply: arrow(right(gateStrips.output), nodeLeft(nodes.outputMultiply)),
    multiplyToHidden: arrow(nodeBottom(nodes.outputMultiply), top(hidden)),
    hiddenOut: arrow(right(hidden), [width - MARGIN / 2, hidden.y + hidden.height / 2]),
  };

  return {
    mode,
    width,
    height,
    fontSize: metrics.fontSize,
    strips: { previousCell, previousHidden, input, concat, kept, written, cell, cellTanh, hidden },
    gateStrips,
    boxes,
    nodes,
    arrows,
    layerInputs,
    layerOutputs,
    cellBranch,
  };
}
