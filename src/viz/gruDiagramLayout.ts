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

// Where everything of the landscape GRU cell diagram sits, in viewBox units, in the LSTM diagram's
// visual language and its density (wideDiagramGeometry). The h line runs across the top: h_{t−1}, the × where z keeps z ⊙ h_{t−1}, the + where
// (1 − z) ⊙ n joins, h_t. Below it z turns into 1 − z and scales n. The candidate is drawn in
// PyTorch's reset-after form: h_{t−1} goes through its own linear layer W_hn h + b_hn, and only
// that result meets r at a ×, on its way into the tanh layer that also reads x_t.
//
// r and the linear layer sit one tier lower than z and n, and h_{t−1} reaches that layer along
// the bottom, under [h, x] and x_t: every other route would cross z's column. The one crossing
// left is x_t's line to the tanh layer passing over h_{t−1}'s line to W_hn, both plain ink.

/** The vectors drawn outside the gates, named as in GruCellExplanation (plus 1 − z). */
export const GRU_DIAGRAM_VECTORS = [
  'previousHidden',
  'input',
  'concat',
  'candidateHiddenSide',
  'resetHidden',
  'oneMinusUpdate',
  'kept',
  'written',
  'hidden',
] as const;

export type GruDiagramVector = (typeof GRU_DIAGRAM_VECTORS)[number];

/** The three gates' layers and the candidate's hidden-side linear layer W_hn h + b_hn. */
export type GruDiagramLayer = GruGateName | 'candidateHidden';

export type GruDiagramNode = 'resetMultiply' | 'keepMultiply' | 'oneMinus' | 'writeMultiply' | 'add';

export type GruDiagramArrow =
  | 'previousHiddenToConcat'
  | 'inputToConcat'
  | 'previousHiddenToCandidateHidden'
  | 'candidateHiddenToMultiply'
  | 'resetToMultiply'
  | 'multiplyToResetHidden'
  | 'resetHiddenToCandidate'
  | 'inputToCandidate'
  | 'previousHiddenToMultiply'
  | 'updateToMultiply'
  | 'multiplyToKept'
  | 'keptToAdd'
  | 'updateToOneMinus'
  | 'oneMinusToOneMinusUpdate'
  | 'oneMinusUpdateToMultiply'
  | 'candidateToMultiply'
  | 'multiplyToWritten'
  | 'writtenToAdd'
  | 'addToHidden'
  | 'hiddenOut';

/** The layers fed by [h_{t−1}, x_t] along the bus; the other two read h_{t−1} and x_t apart. */
export type GruBusLayer = 'reset' | 'update';

export interface GruCellDiagramLayout {
  mode: DiagramMode;
  width: number;
  height: number;
  fontSize: DiagramFontSize;
  strips: Record<GruDiagramVector, StripGeometry>;
  gateStrips: Record<GruGateName, StripGeometry>;
  boxes: Record<GruDiagramLayer, BoxGeometry>;
  nodes: Record<GruDiagramNode, NodeGeometry>;
  arrows: Record<GruDiagramArrow, ArrowGeometry>;
  /** From [h, x] along the bus to r's and z's layers. */
  layerInputs: Record<GruBusLayer, ArrowGeometry>;
  /** From each layer up to its strip. */
  layerOutputs: Record<GruDiagramLayer, ArrowGeometry>;
  /** Where h_{t−1}'s line along the bottom branches up into [h, x]. */
  previousHiddenBranch: { x: number; y: number };
}

/** Width of each vector's label in label-font ems (estimates for its math, generous). */
export const GRU_WIDE_LABEL_EMS: Record<GruDiagramVector, number> = {
  previousHidden: 2.4,
  input: 1.1,
  concat: 5.2,
  candidateHiddenSide: 7.5,
  resetHidden: 4.6,
  oneMinusUpdate: 3.2,
  kept: 4.9,
  written: 6.9,
  hidden: 1.2,
};
/** A gate's symbol, r_t, z_t, n_t. */
const GATE_LABEL_EMS = 1.3;
/** h_t leaves the drawing along this much line. */
const OUT = 22;

/**
 * The whole landscape diagram for a GRU cell of `hiddenSize` units and `inputSize` inputs. `mode`
 * defaults to {@link diagramModeFor}; the viewBox is `0 0 width height` and scales to its container.
 */
export function gruDiagramLayout(
  hiddenSize: number,
  inputSize: number,
  mode: DiagramMode = diagramModeFor(hiddenSize, inputSize),
): GruCellDiagramLayout {
  const cells = wideCellsFor(mode, Math.max(hiddenSize, inputSize));
  const signedWidth = hiddenSize * cells.signed;
  const gateWidth = hiddenSize * cells.selector;
  const half = cells.height / 2;
  // How far into a strip an arrow meets it where it cannot use the middle.
  const spanInset = Math.min(INSET / 2, gateWidth / 4);
  const strip = (cellWidth: number, x: number, y: number, side: WideLabelSide) =>
    rowStrip(cells, cellWidth, hiddenSize, { x, y }, side);
  const gateSlot = slot(gateWidth, GATE_LABEL_EMS);

  // Rows, top to bottom: the h line; (1 − z) ⊙ n; z, 1 − z and n; the layers of z and n;
  // r ⊙ (W_hn h + b_hn); r and W_hn h + b_hn; their layers; the bus; [h, x]; x_t; h_{t−1}'s line.
  const lineTop = MARGIN + LABEL_ROOM;
  const lineY = lineTop + half;
  const writtenTop = lineY + NODE_RADIUS + GAP;
  const gateTop = writtenTop + cells.height + Math.max(LABEL_ROOM, GAP + NODE_RADIUS - half);
  const gateY = gateTop + half;
  const boxTop = gateTop + cells.height + GAP;
  const resetHiddenTop = boxTop + BOX.height + GAP;
  const resetTop = resetHiddenTop + cells.height + Math.max(LABEL_ROOM, GAP + NODE_RADIUS - half);
  const resetY = resetTop + half;
  const lowBoxTop = resetTop + cells.height + GAP;
  const busY = lowBoxTop + BOX.height + GAP;
  const concatTop = busY + GAP;
  const inputTop = concatTop + cells.height + 2 * GAP;
  const bottomLineY = inputTop + cells.height + GAP;

  // h_{t−1}'s line comes down near the drawing's left edge; everything below the h line keeps clear of it.
  const previousHidden = strip(cells.signed, MARGIN, lineTop, 'above');
  const downX = MARGIN + Math.min(signedWidth / 2, INSET);
  const clearOfDown = downX + GAP;

  // Along the h line: h_{t−1}, z's ×, z ⊙ h_{t−1}, +, h_t.
  const keepX = MARGIN + slot(signedWidth, GRU_WIDE_LABEL_EMS.previousHidden) + GAP + NODE_RADIUS;
  const kept = strip(cells.signed, keepX + NODE_RADIUS + GAP, lineTop, 'above');
  const addX0 = kept.x + slot(signedWidth, GRU_WIDE_LABEL_EMS.kept) + GAP + NODE_RADIUS;

  // The gate row: z, its 1 − and 1 − z, the × with n, n. z's arrow rises into its × near z's right
  // end, so z can sit under h_{t−1}, clear of h_{t−1}'s line.
  const update = strip(cells.selector, Math.max(clearOfDown, keepX + spanInset - gateWidth), gateTop, 'above');
  const oneMinusX = update.x + gateSlot + GAP + PILL.radiusX;
  const oneMinusUpdate = strip(cells.selector, oneMinusX + PILL.radiusX + GAP, gateTop, 'above');
  const writeX0 = oneMinusUpdate.x + slot(gateWidth, GRU_WIDE_LABEL_EMS.oneMinusUpdate) + GAP + NODE_RADIUS;

  // Where the labels left of (1 − z) ⊙ n, r ⊙ (W_hn h + b_hn) and [h, x] must start to clear z's
  // riser and layer; [h, x] ends before r's × so W_hn h_{t−1}'s line rises clear of it and x_t.
  const writtenMinX = keepX + LABEL_OFFSET + labelWidth(GRU_WIDE_LABEL_EMS.written) + LABEL_OFFSET + 2;
  const resetHiddenMinX =
    centerX(update) + BOX.width / 2 + GAP + labelWidth(GRU_WIDE_LABEL_EMS.resetHidden) + LABEL_OFFSET + 2;
  const joinedWidth = concatWidth(cells, hiddenSize, inputSize);
  const concatMinX = clearOfDown + labelWidth(GRU_WIDE_LABEL_EMS.concat) + LABEL_OFFSET + 2;
  const resetFloor = Math.max(
    resetHiddenMinX + spanInset,
    update.x + gateWidth / 2 + BOX.width / 2 + GAP + gateSlot + GAP + NODE_RADIUS,
    concatMinX + joinedWidth - GAP,
  );

  // (1 − z) ⊙ n spans the × below it and the + above it, and r ⊙ (W_hn h + b_hn) spans r's × and
  // n's layer: whichever comes first waits for the others.
  const reach = signedWidth - 2 * spanInset;
  const candidateOffset = NODE_RADIUS + GAP + signedWidth / 2;
  let writeX = Math.max(
    writeX0,
    writtenMinX + spanInset,
    resetFloor - reach - candidateOffset,
    resetHiddenMinX + spanInset - candidateOffset,
  );
  const addX = Math.max(addX0, writeX - reach, writtenMinX + spanInset);
  writeX = Math.max(writeX, addX - reach);
  const candidateX = writeX + candidateOffset;
  const resetX = Math.max(resetFloor, candidateX - reach);

  const hidden = strip(cells.signed, addX + NODE_RADIUS + GAP, lineTop, 'above');
  const candidate = strip(cells.signed, candidateX - signedWidth / 2, gateTop, 'above');
  const written = strip(cells.signed, Math.max((writeX + addX) / 2 - signedWidth / 2, writtenMinX), writtenTop, 'left');

  // The lower tier: r, its × with W_hn h + b_hn, and W_hn h + b_hn over its layer.
  const reset = strip(cells.selector, resetX - NODE_RADIUS - GAP - gateWidth, resetTop, 'above');
  const hiddenSideX = resetX + NODE_RADIUS + GAP + Math.max(signedWidth, BOX.width) / 2;
  const candidateHiddenSide = strip(cells.signed, hiddenSideX - signedWidth / 2, resetTop, 'above');
  const resetHidden = strip(
    cells.signed,
    Math.max((resetX + candidateX) / 2 - signedWidth / 2, resetHiddenMinX),
    resetHiddenTop,
    'left',
  );

  const boxes: Record<GruDiagramLayer, BoxGeometry> = {
    reset: layerBox(centerX(reset), lowBoxTop, 'sigmoid'),
    update: layerBox(centerX(update), boxTop, 'sigmoid'),
    candidate: layerBox(candidateX, boxTop, 'tanh'),
    candidateHidden: layerBox(hiddenSideX, lowBoxTop, 'linear'),
  };

  // [h, x] under the middle of the bus, its label clear of h_{t−1}'s line; x_t under its own cells.
  const concatX = Math.max(
    concatMinX,
    Math.min((centerX(boxes.update) + centerX(boxes.reset)) / 2 - joinedWidth / 2, resetX + GAP - joinedWidth),
  );
  const joined = concatRow(cells, hiddenSize, inputSize, { x: concatX, y: concatTop });
  const concat = joined.concat;
  const input = rowStrip(cells, cells.signed, inputSize, { x: joined.input.x, y: inputTop }, 'left');

  // x_t's line to n's layer climbs right of everything on the hidden side, label included.
  const inputRiseX =
    Math.max(
      candidateHiddenSide.x + Math.max(signedWidth, labelWidth(GRU_WIDE_LABEL_EMS.candidateHiddenSide)),
      boxes.candidate.x + BOX.width,
      resetHidden.x + signedWidth,
      hiddenSideX + BOX.width / 2,
      concat.x + concat.width + GAP,
    ) + GAP;

  const nodes: Record<GruDiagramNode, NodeGeometry> = {
    keepMultiply: circleNode('multiply', keepX, lineY),
    add: circleNode('add', addX, lineY),
    oneMinus: pillNode('oneMinus', oneMinusX, gateY),
    writeMultiply: circleNode('multiply', writeX, gateY),
    resetMultiply: circleNode('multiply', resetX, resetY),
  };

  // Whole units, so the drawing's size reads the same everywhere it is written down (the images).
  const width = Math.ceil(Math.max(inputRiseX, hidden.x + signedWidth + OUT, candidate.x + signedWidth) + MARGIN);
  const height = Math.ceil(bottomLineY + MARGIN);

  const busStart: [number, number] = [centerX(concat), busY];
  const busTo = (box: BoxGeometry) => arrow(top(concat), busStart, [centerX(box), busY], bottom(box));
  const layerInputs: Record<GruBusLayer, ArrowGeometry> = { reset: busTo(boxes.reset), update: busTo(boxes.update) };
  const layerOutputs: Record<GruDiagramLayer, ArrowGeometry> = {
    reset: arrow(top(boxes.reset), bottom(reset)),
    update: arrow(top(boxes.update), bottom(update)),
    candidate: arrow(top(boxes.candidate), bottom(candidate)),
    candidateHidden: arrow(top(boxes.candidateHidden), bottom(candidateHiddenSide)),
  };

  const down: [number, number][] = [
    [downX, previousHidden.y + previousHidden.height],
    [downX, bottomLineY],
  ];
  const concatHiddenX = centerX(joined.hidden);
  const candidateBox = boxes.candidate;
  const arrows: Record<GruDiagramArrow, ArrowGeometry> = {
    previousHiddenToConcat: arrow(...down, [concatHiddenX, bottomLineY], [concatHiddenX, concat.y + concat.height]),
    inputToConcat: arrow(top(input), [centerX(input), concat.y + concat.height]),
    previousHiddenToCandidateHidden: arrow(...down, [hiddenSideX, bottomLineY], bottom(boxes.candidateHidden)),
    candidateHiddenToMultiply: arrow(left(candidateHiddenSide), nodeRight(nodes.resetMultiply)),
    resetToMultiply: arrow(right(reset), nodeLeft(nodes.resetMultiply)),
    multiplyToResetHidden: arrow(nodeTop(nodes.resetMultiply), [resetX, resetHidden.y + resetHidden.height]),
    resetHiddenToCandidate: arrow([candidateX, resetHidden.y], bottom(candidateBox)),
    inputToCandidate: arrow(
      right(input),
      [inputRiseX, centerY(input)],
      [inputRiseX, centerY(candidateBox)],
      right(candidateBox),
    ),
    previousHiddenToMultiply: arrow(right(previousHidden), nodeLeft(nodes.keepMultiply)),
    updateToMultiply: arrow([keepX, update.y], nodeBottom(nodes.keepMultiply)),
    multiplyToKept: arrow(nodeRight(nodes.keepMultiply), left(kept)),
    keptToAdd: arrow(right(kept), nodeLeft(nodes.add)),
    updateToOneMinus: arrow(right(update), nodeLeft(nodes.oneMinus)),
    oneMinusToOneMinusUpdate: arrow(nodeRight(nodes.oneMinus), left(oneMinusUpdate)),
    oneMinusUpdateToMultiply: arrow(right(oneMinusUpdate), nodeLeft(nodes.writeMultiply)),
    candidateToMultiply: arrow(left(candidate), nodeRight(nodes.writeMultiply)),
    multiplyToWritten: arrow(nodeTop(nodes.writeMultiply), [writeX, written.y + written.height]),
    writtenToAdd: arrow([addX, written.y], nodeBottom(nodes.add)),
    addToHidden: arrow(nodeRight(nodes.add), left(hidden)),
    hiddenOut: arrow(right(hidden), [width - MARGIN / 2, lineY]),
  };

  return {
    mode,
    width,
    height,
    fontSize: WIDE_FONT,
    strips: {
      previousHidden,
      input,
      concat,
      candidateHiddenSide,
      resetHidden,
      oneMinusUpdate,
      kept,
      written,
      hidden,
    },
    gateStrips: { reset, update, candidate },
    boxes,
    nodes,
    arrows,
    layerInputs,
    layerOutputs,
    previousHiddenBranch: { x: concatHiddenX, y: bottomLineY },
  };
}
