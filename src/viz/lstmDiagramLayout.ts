import type { LstmGateName } from '../model';
import {
  arrow,
  bottom,
  diagramModeFor,
  left,
  nodeBottom,
  nodeLeft,
  nodeRight,
  nodeTop,
  right,
  top,
  type ArrowGeometry,
  type BoxGeometry,
  type DiagramFontSize,
  type DiagramMode,
  type NodeGeometry,
  type StripGeometry,
} from './diagramGeometry';
import {
  BOX,
  centerX,
  centerY,
  circleNode,
  concatRow,
  concatWidth,
  GAP,
  INSET,
  LABEL_OFFSET,
  LABEL_ROOM,
  labelWidth,
  layerBox,
  MARGIN,
  NODE_RADIUS,
  PILL,
  pillNode,
  rowStrip,
  slot,
  WIDE_FONT,
  wideCellsFor,
  type WideLabelSide,
} from './wideDiagramGeometry';

// Where everything of the landscape LSTM cell diagram sits, in viewBox units. Pure geometry: the
// component draws it, a test pins it. The picture follows the course's (Olah's) drawing: the C line
// across the top, [h_{t−1}, x_t] entering below and fanning out to the four layers, the pointwise ×
// and + on the C line, tanh(C_t) and the output gate's × on the right. Packed to be read from the
// back of a room at 1280×720 (wideDiagramGeometry): h_{t−1} and x_t are named as the halves of
// [h_{t−1}, x_t] rather than drawn again; f reaches its × from its side, so C_{t−1} sits above f;
// tanh(C_t) and h_t end just past the output ×, reaching back over the output gate.

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

/** Width of each vector's label in label-font ems (estimates for its math, generous). */
export const LSTM_WIDE_LABEL_EMS: Record<LstmDiagramVector, number> = {
  previousCell: 2.4,
  previousHidden: 2.4,
  input: 1.1,
  concat: 5.2,
  kept: 4.9,
  written: 3.6,
  cell: 1.2,
  cellTanh: 4.7,
  hidden: 1.2,
};
/** A gate's symbol, f_t … o_t. */
const GATE_LABEL_EMS = 1.3;
/** Between the candidate's column and the output gate's. */
const GATE_SPACE = 14;
/** The h_{t−1} and x_t arrows rising into their halves of [h_{t−1}, x_t]. */
const HALF_ARROW = 24;
/** C_t and h_t leave the drawing along this much line. */
const OUT = 22;
/** From the C line down to the tanh pill under its branch: the line is drawn 10 units thick. */
const PILL_DROP = 20;

/**
 * The whole landscape diagram for an LSTM cell of `hiddenSize` units and `inputSize` inputs.
 * `mode` defaults to {@link diagramModeFor}; the viewBox is `0 0 width height` and scales to its
 * container.
 */
export function lstmDiagramLayout(
  hiddenSize: number,
  inputSize: number,
  mode: DiagramMode = diagramModeFor(hiddenSize, inputSize),
): LstmCellDiagramLayout {
  const cells = wideCellsFor(mode, Math.max(hiddenSize, inputSize));
  const signedWidth = hiddenSize * cells.signed;
  const gateWidth = hiddenSize * cells.selector;
  const half = cells.height / 2;
  // How far in from its end an arrow meets tanh(C_t) and h_t, and any strip it cannot meet mid-way.
  const inset = Math.min(signedWidth / 2, INSET);
  const signedStrip = (x: number, y: number, side: WideLabelSide) =>
    rowStrip(cells, cells.signed, hiddenSize, { x, y }, side);
  const gateStrip = (x: number, y: number) => rowStrip(cells, cells.selector, hiddenSize, { x, y }, 'above');

  // Rows, top to bottom: the C line; the tanh pill under its branch; i ⊙ g and tanh(C_t); the
  // gates with the × of i and g and the output's ×; the layers; the bus; [h_{t−1}, x_t].
  const cellTop = MARGIN + LABEL_ROOM;
  const cellY = cellTop + half;
  const pillY = cellY + PILL_DROP + PILL.radiusY;
  const middleTop = pillY + PILL.radiusY + GAP;
  const gateTop = middleTop + cells.height + Math.max(LABEL_ROOM, GAP + NODE_RADIUS - half);
  const gateY = gateTop + half;
  const boxTop = gateTop + cells.height + GAP;
  const busY = boxTop + BOX.height + GAP;
  const concatTop = busY + GAP;

  // Columns along the C line: C_{t−1}, the forget ×, f ⊙ C_{t−1}, +, C_t.
  const previousCell = signedStrip(MARGIN, cellTop, 'above');
  const forgetX = MARGIN + slot(signedWidth, LSTM_WIDE_LABEL_EMS.previousCell) + GAP + NODE_RADIUS;
  const kept = signedStrip(forgetX + NODE_RADIUS + GAP, cellTop, 'above');
  const addX = kept.x + slot(signedWidth, LSTM_WIDE_LABEL_EMS.kept) + GAP + NODE_RADIUS;
  const cell = signedStrip(addX + NODE_RADIUS + GAP, cellTop, 'above');

  // The gates: f ends left of its ×'s riser (its arrow leaves its side), i starts right of it; the
  // × of i and g sits between them, far enough right that i ⊙ g spans it and the + above.
  const forget = gateStrip(forgetX - GAP - gateWidth, gateTop);
  const input = gateStrip(forgetX + GAP, gateTop);
  const spanInset = Math.min(INSET / 2, signedWidth / 4);
  const writeX = Math.max(
    input.x + slot(gateWidth, GATE_LABEL_EMS) + GAP + NODE_RADIUS,
    addX - (signedWidth - 2 * spanInset),
  );
  const written = signedStrip((writeX + addX) / 2 - signedWidth / 2, middleTop, 'left');
  const candidate = signedStrip(writeX + NODE_RADIUS + GAP, gateTop, 'above');
  // A one-unit strip is narrower than its layer's box: the boxes keep apart.
  const candidateColumn = Math.max(slot(signedWidth, GATE_LABEL_EMS), signedWidth / 2 + BOX.width / 2);
  const output = gateStrip(
    candidate.x + candidateColumn + GATE_SPACE + Math.max(0, BOX.width / 2 - gateWidth / 2),
    gateTop,
  );
  const gateStrips: Record<LstmGateName, StripGeometry> = { forget, input, candidate, output };
  const boxes = Object.fromEntries(
    Object.entries(gateStrips).map(([gate, strip]) => [
      gate,
      layerBox(centerX(strip), boxTop, gate === 'candidate' ? 'tanh' : 'sigmoid'),
    ]),
  ) as Record<LstmGateName, BoxGeometry>;

  // [h, x] under the middle of the bus, its label clear of the left edge.
  const joinedWidth = concatWidth(cells, hiddenSize, inputSize);
  const concatX = Math.max(
    MARGIN + labelWidth(LSTM_WIDE_LABEL_EMS.concat) + LABEL_OFFSET + 2,
    (centerX(boxes.forget) + centerX(boxes.output)) / 2 - joinedWidth / 2,
  );
  const joined = concatRow(cells, hiddenSize, inputSize, { x: concatX, y: concatTop });

  // The output column: C's branch, tanh, the output × and h_t on one x, right of the output gate,
  // of C_t, and far enough right that tanh(C_t) clears i ⊙ g's row and h_t clears [h, x].
  const outX = Math.max(
    output.x + slot(gateWidth, GATE_LABEL_EMS) + GAP + NODE_RADIUS,
    cell.x + signedWidth + GAP,
    written.x + signedWidth + GAP + LABEL_OFFSET + 2 + labelWidth(LSTM_WIDE_LABEL_EMS.cellTanh) + signedWidth - inset,
    joined.concat.x + joined.concat.width + GAP + signedWidth - inset,
  );
  const cellTanh = signedStrip(outX + inset - signedWidth, middleTop, 'left');
  const hidden = signedStrip(outX + inset - signedWidth, concatTop, 'below');
  const width = Math.ceil(outX + inset + OUT);

  // h_{t−1} and x_t are the halves of [h, x], named under them where their arrows come in.
  const halfLabelY = concatTop + cells.height + HALF_ARROW + WIDE_FONT.label * 0.8;
  const halfOf = (strip: StripGeometry): StripGeometry => ({
    ...strip,
    label: { x: centerX(strip), y: halfLabelY, anchor: 'middle' },
    partOf: 'concat',
  });
  const previousHidden = halfOf(joined.hidden);
  const inputHalf = halfOf(joined.input);
  // Whole units, so the drawing's size reads the same everywhere it is written down (the images).
  const height = Math.ceil(halfLabelY + WIDE_FONT.label * 0.3 + MARGIN / 2);
  const concat = joined.concat;

  const nodes: Record<LstmDiagramNode, NodeGeometry> = {
    forgetMultiply: circleNode('multiply', forgetX, cellY),
    add: circleNode('add', addX, cellY),
    inputMultiply: circleNode('multiply', writeX, gateY),
    cellTanh: pillNode('tanh', outX, pillY),
    outputMultiply: circleNode('multiply', outX, gateY),
  };

  const concatCenter = centerX(concat);
  const layerInputs = Object.fromEntries(
    Object.entries(boxes).map(([gate, box]) => [
      gate,
      arrow(top(concat), [concatCenter, busY], [centerX(box), busY], bottom(box)),
    ]),
  ) as Record<LstmGateName, ArrowGeometry>;
  const layerOutputs = Object.fromEntries(
    Object.entries(boxes).map(([gate, box]) => [gate, arrow(top(box), bottom(gateStrips[gate as LstmGateName]))]),
  ) as Record<LstmGateName, ArrowGeometry>;

  const edge = width - MARGIN / 2;
  const rise = (strip: StripGeometry): [number, number][] => [
    [centerX(strip), concatTop + cells.height + HALF_ARROW],
    [centerX(strip), concatTop + cells.height],
  ];
  const arrows: Record<LstmDiagramArrow, ArrowGeometry> = {
    previousHiddenToConcat: arrow(...rise(previousHidden)),
    inputToConcat: arrow(...rise(inputHalf)),
    previousCellToForget: arrow(right(previousCell), nodeLeft(nodes.forgetMultiply)),
    forgetToMultiply: arrow(right(forget), [forgetX, gateY], nodeBottom(nodes.forgetMultiply)),
    multiplyToKept: arrow(nodeRight(nodes.forgetMultiply), left(kept)),
    keptToAdd: arrow(right(kept), nodeLeft(nodes.add)),
    inputGateToMultiply: arrow(right(input), nodeLeft(nodes.inputMultiply)),
    candidateToMultiply: arrow(left(candidate), nodeRight(nodes.inputMultiply)),
    multiplyToWritten: arrow(nodeTop(nodes.inputMultiply), [writeX, written.y + written.height]),
    writtenToAdd: arrow([addX, written.y], nodeBottom(nodes.add)),
    addToCell: arrow(nodeRight(nodes.add), left(cell)),
    cellOut: arrow(right(cell), [edge, cellY]),
    cellToTanh: arrow([outX, cellY], nodeTop(nodes.cellTanh)),
    tanhToCellTanh: arrow(nodeBottom(nodes.cellTanh), [outX, cellTanh.y]),
    cellTanhToMultiply: arrow([outX, cellTanh.y + cellTanh.height], nodeTop(nodes.outputMultiply)),
    outputToMultiply: arrow(right(output), nodeLeft(nodes.outputMultiply)),
    multiplyToHidden: arrow(nodeBottom(nodes.outputMultiply), [outX, hidden.y]),
    hiddenOut: arrow(right(hidden), [edge, centerY(hidden)]),
  };

  return {
    mode,
    width,
    height,
    fontSize: WIDE_FONT,
    strips: { previousCell, previousHidden, input: inputHalf, concat, kept, written, cell, cellTanh, hidden },
    gateStrips,
    boxes,
    nodes,
    arrows,
    layerInputs,
    layerOutputs,
    cellBranch: { x: outX, y: cellY },
  };
}
