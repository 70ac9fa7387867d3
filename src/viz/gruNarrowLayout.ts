import type { GruGateName } from '../model';
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
  type DiagramMode,
  type NodeGeometry,
  type StripGeometry,
} from './diagramGeometry';
import type {
  GruBusLayer,
  GruCellDiagramLayout,
  GruDiagramArrow,
  GruDiagramLayer,
  GruDiagramNode,
  GruDiagramVector,
} from './gruDiagramLayout';
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

// The GRU cell drawn for a phone, top to bottom: h_{t−1} and x_t join into [h_{t−1}, x_t], whose
// bus runs down the left edge into r's and z's layers. First the candidate is built: r_t; h_{t−1}
// through W_hn h + b_hn; r ⊙ (…); the tanh layer that also reads x_t; n_t. Then z blends: z_t and
// z ⊙ h_{t−1}; 1 − z_t and (1 − z) ⊙ n_t; the + and h_t. h_{t−1} runs down the left edge (to W_hn
// and to z's ×), x_t down the right edge (to n's layer). Of all the orders of these rows, this one
// needs the fewest crossings: one, h_{t−1}'s line into W_hn passing over the bus.

/** The phone layout: the wide layout's parts, plus the path the h line takes through them. */
export interface GruNarrowLayout extends GruCellDiagramLayout {
  /** The h line's path, drawn under everything: h_{t−1}, z's ×, z ⊙ h, +, h_t and out. */
  hiddenLine: [number, number][];
}

/** Width of each vector's label in label-font ems (estimates for its math, generous). */
export const GRU_NARROW_LABEL_EMS: Record<GruDiagramVector, number> = {
  previousHidden: 2.6,
  input: 1.4,
  concat: 6,
  candidateHiddenSide: 8.2,
  resetHidden: 4.8,
  oneMinusUpdate: 3.6,
  kept: 5.6,
  written: 7,
  hidden: 1.6,
};

/**
 * The phone diagram of a GRU cell of `hiddenSize` units and `inputSize` inputs, in PyTorch's form
 * (r applied after W_hn h + b_hn): 352 units wide whatever the sizes, as tall as it needs. Same
 * parts and names as {@link gruDiagramLayout}, so every stage's focus applies.
 */
export function gruNarrowLayout(
  hiddenSize: number,
  inputSize: number,
  mode: DiagramMode = diagramModeFor(hiddenSize, inputSize),
): GruNarrowLayout {
  // [h, x] stays clear of h_{t−1}'s and x_t's lanes, which pass it on both sides.
  const sizes = narrowSizes(mode, hiddenSize, inputSize, NARROW_WIDTH - 28);
  const inputs = narrowInputs(sizes, hiddenSize, inputSize, GRU_NARROW_LABEL_EMS.concat);
  const [hiddenLane, bus] = LEFT_LANES;
  const [inputLane, middleLane, innerLane] = RIGHT_LANES;
  const edge = NARROW_WIDTH - 2;
  const radius = NARROW.nodeRadius;

  const hiddenStrip = (y: number) => centredStrip(sizes.hidden, hiddenSize, y);
  const labelled = (vector: GruDiagramVector, y: number): StripGeometry => {
    const strip = hiddenStrip(y);
    return { ...strip, label: labelAbove(strip, GRU_NARROW_LABEL_EMS[vector], true) };
  };
  const layer = (y: number, activation: BoxGeometry['activation'], labelSide: 'left' | 'right') => {
    const box = centredBox(y, activation);
    const strip = hiddenStrip(below(box.y + box.height));
    return { box, strip: { ...strip, label: labelBesideBox(box, labelSide) } };
  };
  const stripBottom = (strip: { y: number; height: number }) => strip.y + strip.height;
  const middleY = (strip: { y: number; height: number }) => strip.y + strip.height / 2;

  // The candidate: r, W_hn h + b_hn, their ×, r ⊙ (…), and n's layer, which x_t enters from the right.
  const reset = layer(inputs.busY + 8 + NARROW.gap, 'sigmoid', 'right');
  const hiddenSideBox = centredBox(below(stripBottom(reset.strip)), 'linear');
  const candidateHiddenSide = labelled('candidateHiddenSide', below(hiddenSideBox.y + hiddenSideBox.height, true));
  const resetMultiply = centredNode('multiply', below(stripBottom(candidateHiddenSide)) + radius);
  const resetHidden = labelled('resetHidden', below(resetMultiply.y + radius, true));
  const candidate = layer(below(stripBottom(resetHidden)), 'tanh', 'left');
  // The blend: z and z ⊙ h_{t−1}; 1 − z and (1 − z) ⊙ n; their sum.
  const update = layer(below(stripBottom(candidate.strip)), 'sigmoid', 'right');
  const keepMultiply = centredNode('multiply', below(stripBottom(update.strip)) + radius);
  const kept = labelled('kept', below(keepMultiply.y + radius, true));
  const oneMinus: NodeGeometry = {
    operation: 'oneMinus',
    x: CENTER_X,
    y: below(stripBottom(kept)) + NARROW.oneMinusNode.radiusY,
    ...NARROW.oneMinusNode,
  };
  const oneMinusUpdate = labelled('oneMinusUpdate', below(oneMinus.y + oneMinus.radiusY, true));
  const writeMultiply = centredNode('multiply', below(stripBottom(oneMinusUpdate)) + radius);
  const written = labelled('written', below(writeMultiply.y + radius, true));
  const add = centredNode('add', below(stripBottom(written)) + radius);
  const hidden = labelled('hidden', below(add.y + radius, true));
  const height = stripBottom(hidden) + NARROW.top + 4;

  const boxes: Record<GruDiagramLayer, BoxGeometry> = {
    reset: reset.box,
    update: update.box,
    candidate: candidate.box,
    candidateHidden: hiddenSideBox,
  };
  const gateStrips: Record<GruGateName, StripGeometry> = {
    reset: reset.strip,
    update: update.strip,
    candidate: candidate.strip,
  };
  const nodes: Record<GruDiagramNode, NodeGeometry> = {
    resetMultiply,
    keepMultiply,
    oneMinus,
    writeMultiply,
    add,
  };
  const layerInputs: Record<GruBusLayer, ArrowGeometry> = {
    reset: busArrow(inputs.concat, inputs.busY, bus, reset.box),
    update: busArrow(inputs.concat, inputs.busY, bus, update.box),
  };
  const layerOutputs: Record<GruDiagramLayer, ArrowGeometry> = {
    reset: arrow(bottom(reset.box), top(reset.strip)),
    update: arrow(bottom(update.box), top(update.strip)),
    candidate: arrow(bottom(candidate.box), top(candidate.strip)),
    candidateHidden: arrow(bottom(hiddenSideBox), top(candidateHiddenSide)),
  };

  const { previousHidden, input } = inputs;
  const arrows: Record<GruDiagramArrow, ArrowGeometry> = {
    previousHiddenToConcat: inputs.previousHiddenToConcat,
    inputToConcat: inputs.inputToConcat,
    previousHiddenToCandidateHidden: laneArrow(left(previousHidden), hiddenLane, left(hiddenSideBox)),
    candidateHiddenToMultiply: arrow(bottom(candidateHiddenSide), nodeTop(resetMultiply)),
    resetToMultiply: laneArrow(right(reset.strip), middleLane, nodeRight(resetMultiply)),
    multiplyToResetHidden: arrow(nodeBottom(resetMultiply), top(resetHidden)),
    resetHiddenToCandidate: arrow(bottom(resetHidden), top(candidate.box)),
    inputToCandidate: laneArrow(right(input), inputLane, right(candidate.box)),
    previousHiddenToMultiply: laneArrow(left(previousHidden), hiddenLane, nodeLeft(keepMultiply)),
    updateToMultiply: arrow(bottom(update.strip), nodeTop(keepMultiply)),
    multiplyToKept: arrow(nodeBottom(keepMultiply), top(kept)),
    keptToAdd: laneArrow(left(kept), bus, nodeLeft(add)),
    updateToOneMinus: laneArrow(right(update.strip), innerLane, nodeRight(oneMinus)),
    oneMinusToOneMinusUpdate: arrow(nodeBottom(oneMinus), top(oneMinusUpdate)),
    oneMinusUpdateToMultiply: arrow(bottom(oneMinusUpdate), nodeTop(writeMultiply)),
    candidateToMultiply: laneArrow(right(candidate.strip), middleLane, nodeRight(writeMultiply)),
    multiplyToWritten: arrow(nodeBottom(writeMultiply), top(written)),
    writtenToAdd: arrow(bottom(written), nodeTop(add)),
    addToHidden: arrow(nodeBottom(add), top(hidden)),
    hiddenOut: arrow(right(hidden), [edge, middleY(hidden)]),
  };

  const hiddenLine: [number, number][] = [
    [previousHidden.x + previousHidden.width, middleY(previousHidden)],
    [hiddenLane, middleY(previousHidden)],
    [hiddenLane, keepMultiply.y],
    [CENTER_X, keepMultiply.y],
    [CENTER_X, middleY(kept)],
    [bus, middleY(kept)],
    [bus, add.y],
    [CENTER_X, add.y],
    [CENTER_X, middleY(hidden)],
    [edge, middleY(hidden)],
  ];

  return {
    mode,
    width: NARROW_WIDTH,
    height,
    fontSize: NARROW_FONT,
    strips: {
      previousHidden,
      input,
      concat: inputs.concat,
      candidateHiddenSide,
      resetHidden,
      oneMinusUpdate,
      kept,
      written,
      hidden,
    },
    gateStrips,
    boxes,
    nodes,
    arrows,
    layerInputs,
    layerOutputs,
    previousHiddenBranch: { x: hiddenLane, y: hiddenSideBox.y + hiddenSideBox.height / 2 },
    hiddenLine,
  };
}
