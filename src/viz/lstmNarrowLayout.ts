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
  type DiagramMode,
  type NodeGeometry,
} from './diagramGeometry';
import type { LstmCellDiagramLayout, LstmDiagramArrow, LstmDiagramNode, LstmDiagramVector } from './lstmDiagramLayout';
import {
  below,
  CENTER_X,
  centredBox,
  centredNode,
  centredStrip,
  labelAbove,
  labelBesideBox,
  laneArrow,
  LEFT_LANES,
  NARROW,
  NARROW_FONT,
  NARROW_WIDTH,
  narrowSizes,
  RIGHT_LANES,
} from './narrowDiagramGeometry';
import { busArrow, narrowInputs } from './narrowInputs';

// The LSTM cell drawn for a phone, top to bottom in the walkthrough's order: h_{t−1} and x_t join
// into [h_{t−1}, x_t]; its bus runs down the left edge into each layer; C_{t−1}, f_t, × and f ⊙ C;
// i_t, g_t, × and i ⊙ g; + and C_t; o_t; tanh(C_t), × and h_t. C travels down the right edge
// (C_{t−1} to the forget ×, f ⊙ C to the +, C_t to tanh), so the C line still reads as one line.
// No two lines cross.

/** The phone layout: the wide layout's parts, plus the path the C line takes through them. */
export interface LstmNarrowLayout extends LstmCellDiagramLayout {
  /** The C line's path, drawn under everything: C_{t−1}, the forget ×, f ⊙ C, +, C_t and out. */
  cellLine: [number, number][];
}

/** Width of each vector's label in label-font ems (estimates for its math, generous). */
export const LSTM_NARROW_LABEL_EMS: Record<LstmDiagramVector, number> = {
  previousCell: 2.6,
  previousHidden: 2.6,
  input: 1.4,
  concat: 6,
  kept: 6,
  written: 4.4,
  cell: 1.6,
  cellTanh: 4.8,
  hidden: 1.6,
};

/**
 * The phone diagram of an LSTM cell of `hiddenSize` units and `inputSize` inputs: 352 units wide
 * whatever the sizes (cells narrow and show fewer decimals instead of wrapping), as tall as it
 * needs. Same parts and names as {@link lstmDiagramLayout}, so every stage's focus applies.
 */
export function lstmNarrowLayout(
  hiddenSize: number,
  inputSize: number,
  mode: DiagramMode = diagramModeFor(hiddenSize, inputSize),
): LstmNarrowLayout {
  const sizes = narrowSizes(mode, hiddenSize, inputSize, NARROW_WIDTH - 16);
  const inputs = narrowInputs(sizes, hiddenSize, inputSize, LSTM_NARROW_LABEL_EMS.concat);
  const [outerLeft, bus] = LEFT_LANES;
  const [cellLane, innerRight] = RIGHT_LANES;
  const edge = NARROW_WIDTH - 2;
  const radius = NARROW.nodeRadius;

  const hiddenStrip = (y: number) => centredStrip(sizes.hidden, hiddenSize, y);
  const labelled = (vector: LstmDiagramVector, y: number, arrowFromAbove = true) => {
    const strip = hiddenStrip(y);
    return { ...strip, label: labelAbove(strip, LSTM_NARROW_LABEL_EMS[vector], arrowFromAbove) };
  };
  const gate = (y: number, gateName: LstmGateName) => {
    const box = centredBox(y, gateName === 'candidate' ? 'tanh' : 'sigmoid');
    const strip = hiddenStrip(below(box.y + box.height));
    return { box, strip: { ...strip, label: labelBesideBox(box, 'right') } };
  };
  const stripBottom = (strip: { y: number; height: number }) => strip.y + strip.height;

  // Forget: C_{t−1}, f_t, the × on the centre line, f ⊙ C_{t−1}.
  const previousCell = labelled('previousCell', inputs.busY + 8 + NARROW.labelRoom, false);
  const forget = gate(below(stripBottom(previousCell)), 'forget');
  const forgetMultiply = centredNode('multiply', below(stripBottom(forget.strip)) + radius);
  const kept = labelled('kept', below(forgetMultiply.y + radius, true));
  // Write: i_t, g_t, their × and i ⊙ g.
  const input = gate(below(stripBottom(kept)), 'input');
  const candidate = gate(below(stripBottom(input.strip)), 'candidate');
  const inputMultiply = centredNode('multiply', below(stripBottom(candidate.strip)) + radius);
  const written = labelled('written', below(inputMultiply.y + radius, true));
  // Update: f ⊙ C + i ⊙ g = C_t.
  const add = centredNode('add', below(stripBottom(written)) + radius);
  const cell = labelled('cell', below(add.y + radius, true));
  // Output, then h_t = o ⊙ tanh(C_t).
  const output = gate(below(stripBottom(cell)), 'output');
  const cellTanhNode: NodeGeometry = {
    operation: 'tanh',
    x: CENTER_X,
    y: below(stripBottom(output.strip)) + NARROW.tanhNode.radiusY,
    ...NARROW.tanhNode,
  };
  const cellTanh = labelled('cellTanh', below(cellTanhNode.y + cellTanhNode.radiusY, true));
  const outputMultiply = centredNode('multiply', below(stripBottom(cellTanh)) + radius);
  const hidden = labelled('hidden', below(outputMultiply.y + radius, true));
  const height = stripBottom(hidden) + NARROW.top + 4;

  const gates = { forget, input, candidate, output };
  const gateStrips = Object.fromEntries(
    Object.entries(gates).map(([name, { strip }]) => [name, strip]),
  ) as LstmCellDiagramLayout['gateStrips'];
  const boxes = Object.fromEntries(
    Object.entries(gates).map(([name, { box }]) => [name, box]),
  ) as LstmCellDiagramLayout['boxes'];
  const nodes: Record<LstmDiagramNode, NodeGeometry> = {
    forgetMultiply,
    add,
    inputMultiply,
    cellTanh: cellTanhNode,
    outputMultiply,
  };
  const layerInputs = Object.fromEntries(
    Object.entries(boxes).map(([name, box]) => [name, busArrow(inputs.concat, inputs.busY, bus, box)]),
  ) as LstmCellDiagramLayout['layerInputs'];
  const layerOutputs = Object.fromEntries(
    Object.entries(gates).map(([name, { box, strip }]) => [name, arrow(bottom(box), top(strip))]),
  ) as LstmCellDiagramLayout['layerOutputs'];

  const cellY = cell.y + cell.height / 2;
  const cellBranch = { x: cellLane, y: cellY };
  const arrows: Record<LstmDiagramArrow, LstmCellDiagramLayout['arrows'][LstmDiagramArrow]> = {
    previousHiddenToConcat: inputs.previousHiddenToConcat,
    inputToConcat: inputs.inputToConcat,
    previousCellToForget: laneArrow(right(previousCell), cellLane, nodeRight(forgetMultiply)),
    forgetToMultiply: arrow(bottom(forget.strip), nodeTop(forgetMultiply)),
    multiplyToKept: arrow(nodeBottom(forgetMultiply), top(kept)),
    keptToAdd: laneArrow(right(kept), cellLane, nodeRight(add)),
    inputGateToMultiply: laneArrow(right(input.strip), innerRight, nodeRight(inputMultiply)),
    candidateToMultiply: arrow(bottom(candidate.strip), nodeTop(inputMultiply)),
    multiplyToWritten: arrow(nodeBottom(inputMultiply), top(written)),
    writtenToAdd: arrow(bottom(written), nodeTop(add)),
    addToCell: arrow(nodeBottom(add), top(cell)),
    cellOut: arrow(right(cell), [edge, cellY]),
    cellToTanh: arrow([cellBranch.x, cellBranch.y], [cellLane, cellTanhNode.y], nodeRight(cellTanhNode)),
    tanhToCellTanh: arrow(nodeBottom(cellTanhNode), top(cellTanh)),
    cellTanhToMultiply: arrow(bottom(cellTanh), nodeTop(outputMultiply)),
    outputToMultiply: laneArrow(left(output.strip), outerLeft, nodeLeft(outputMultiply)),
    multiplyToHidden: arrow(nodeBottom(outputMultiply), top(hidden)),
    hiddenOut: arrow(right(hidden), [edge, hidden.y + hidden.height / 2]),
  };

  const middleY = (strip: { y: number; height: number }) => strip.y + strip.height / 2;
  const cellLine: [number, number][] = [
    [previousCell.x, middleY(previousCell)],
    [cellLane, middleY(previousCell)],
    [cellLane, forgetMultiply.y],
    [CENTER_X, forgetMultiply.y],
    [CENTER_X, middleY(kept)],
    [cellLane, middleY(kept)],
    [cellLane, add.y],
    [CENTER_X, add.y],
    [CENTER_X, cellY],
    [edge, cellY],
  ];

  return {
    mode,
    width: NARROW_WIDTH,
    height,
    fontSize: NARROW_FONT,
    strips: {
      previousCell,
      previousHidden: inputs.previousHidden,
      input: inputs.input,
      concat: inputs.concat,
      kept,
      written,
      cell,
      cellTanh,
      hidden,
    },
    gateStrips,
    boxes,
    nodes,
    arrows,
    layerInputs,
    layerOutputs,
    cellBranch,
    cellLine,
  };
}
