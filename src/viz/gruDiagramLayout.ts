import type { GruGateName } from '../model';
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
  top,
  type ArrowGeometry,
  type BoxGeometry,
  type DiagramFontSize,
  type DiagramMode,
  type LabelSide,
  type NodeGeometry,
  type StripGeometry,
} from './diagramGeometry';

// Where everything of the GRU cell diagram sits, in viewBox units, in the LSTM diagram's visual
// language. The h line runs across the top: h_{t−1}, the × where z keeps z ⊙ h_{t−1}, the + where
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

const ONE_MINUS_NODE = { radiusX: 26, radiusY: 18 };
/** Room left of [h, x] for its label, so it clears h_{t−1}'s line down the left. */
const CONCAT_LABEL_ROOM = 170;
/** Width of the label "W_hn h_{t−1} + b_hn" in label font sizes: no text is measured in a layout. */
const HIDDEN_SIDE_LABEL_EMS = 7.5;

/**
 * The whole diagram for a GRU cell of `hiddenSize` units and `inputSize` inputs. `mode` defaults
 * to {@link diagramModeFor}; the viewBox is `0 0 width height` and scales to its container.
 */
export function gruDiagramLayout(
  hiddenSize: number,
  inputSize: number,
  mode: DiagramMode = diagramModeFor(hiddenSize, inputSize),
): GruCellDiagramLayout {
  const metrics = metricsFor(mode, hiddenSize);
  const hiddenColumns = metrics.columnsFor(hiddenSize);
  const stripWidth = hiddenColumns * metrics.cellWidth;
  const half = (Math.ceil(hiddenSize / hiddenColumns) * metrics.cellHeight) / 2;
  const columnWidth = Math.max(stripWidth, MIN_COLUMN_WIDTH);
  // `after(y, a, b)` is y + a + b: a position and the sizes and gaps past it.
  const after = (from: number, ...gaps: number[]) => gaps.reduce((sum, gap) => sum + gap, from);

  // Rows, top to bottom: the h line; (1 − z) ⊙ n; z, 1 − z and n; the layers of z and n;
  // r ⊙ (W_hn h + b_hn); r and W_hn h + b_hn; their layers; the bus; [h, x]; x_t; h_{t−1}'s line.
  const lineY = MARGIN / 2 + LABEL_SPACE + half;
  const writtenY = after(lineY, 2 * half, 2 * ARROW_GAP);
  const gateY = after(writtenY, half, ARROW_GAP, LABEL_SPACE, half);
  const boxTop = after(gateY, half, ARROW_GAP, 8);
  const resetHiddenY = after(boxTop, BOX.height, ARROW_GAP, half);
  const resetY = after(resetHiddenY, half, LABEL_SPACE, ARROW_GAP / 2, half);
  const lowBoxTop = after(resetY, half, ARROW_GAP, 8);
  const busY = after(lowBoxTop, BOX.height, ARROW_GAP);
  const concatTop = after(busY, ARROW_GAP, LABEL_SPACE);

  // Columns, left to right: h_{t−1}; z (its × on the h line); 1 −; 1 − z; the × and + where
  // (1 − z) ⊙ n is formed and joins; n and h_t; then the hidden side of n. r sits under the ×
  // and + column, one tier lower, so it meets W_hn h + b_hn at a × right under n's layer.
  const previousX = MARGIN + stripWidth / 2;
  const updateX = after(previousX, stripWidth / 2, GATE_GAP / 2, columnWidth / 2);
  const oneMinusX = after(updateX, stripWidth / 2, ARROW_GAP, ONE_MINUS_NODE.radiusX);
  const complementX = after(oneMinusX, ONE_MINUS_NODE.radiusX, ARROW_GAP, stripWidth / 2);
  const writeX = after(complementX, stripWidth / 2, ARROW_GAP, NODE_RADIUS);
  const candidateX = after(writeX, NODE_RADIUS, ARROW_GAP, stripWidth / 2);
  const resetX = after(candidateX, -NODE_RADIUS, -ARROW_GAP, -stripWidth / 2);

  const hiddenStrip = (centerX: number, centerY: number, side: LabelSide) =>
    strip(metrics, hiddenSize, { centerX, centerY }, side);

  const previousHidden = hiddenStrip(previousX, lineY, 'above');
  const kept = hiddenStrip((updateX + writeX) / 2, lineY, 'above');
  const hidden = hiddenStrip(candidateX, lineY, 'above');
  const written = hiddenStrip(writeX, writtenY, 'left');
  const oneMinusUpdate = hiddenStrip(complementX, gateY, 'above');
  const resetHidden = hiddenStrip(candidateX, resetHiddenY, 'left');

  // [h, x] is centred under the bus between r and z, unless that would crowd h_{t−1}'s line.
  const previousHiddenAlone = hiddenStrip(0, 0, 'above');
  const inputAlone = strip(metrics, inputSize, { centerX: 0, centerY: 0 }, 'left');
  const concatWidth = previousHiddenAlone.width + CONCAT_GAP + inputAlone.width;
  const concatCenter = Math.max((updateX + resetX) / 2, previousX + CONCAT_LABEL_ROOM + concatWidth / 2);
  const joined = concatStrip(previousHiddenAlone, inputAlone, concatCenter, concatTop);
  const concat: StripGeometry = {
    ...joined,
    label: { x: joined.x - 12, y: concatTop + joined.height / 2 + metrics.fontSize.label * 0.35, anchor: 'end' },
  };
  const inputTop = concat.y + concat.height + ARROW_GAP * 2;
  const input = strip(
    metrics,
    inputSize,
    { centerX: joined.dividerX! + CONCAT_GAP / 2 + inputAlone.width / 2, centerY: inputTop + inputAlone.height / 2 },
    'left',
  );
  const bottomLineY = input.y + input.height + ARROW_GAP;

  // W_hn h + b_hn sits right of the × with r, and right of [h, x] and x_t, so h_{t−1}'s line
  // rises into its layer clear of them.
  const hiddenSideX = Math.max(
    after(candidateX, NODE_RADIUS, ARROW_GAP, stripWidth / 2),
    after(concat.x + concat.width, ARROW_GAP, Math.max(stripWidth, BOX.width) / 2),
  );
  const gateStrips: Record<GruGateName, StripGeometry> = {
    reset: hiddenStrip(resetX, resetY, 'above'),
    update: hiddenStrip(updateX, gateY, 'above'),
    candidate: hiddenStrip(candidateX, gateY, 'above'),
  };
  const candidateHiddenSide = hiddenStrip(hiddenSideX, resetY, 'above');
  // x_t's line to n's layer climbs right of everything on the hidden side, label included.
  const inputRiseX = after(
    Math.max(
      hiddenSideX + Math.max(stripWidth, BOX.width) / 2,
      candidateHiddenSide.x + HIDDEN_SIDE_LABEL_EMS * metrics.fontSize.label,
    ),
    ARROW_GAP,
  );

  const boxes: Record<GruDiagramLayer, BoxGeometry> = {
    reset: layerBox(resetX, lowBoxTop, 'sigmoid'),
    update: layerBox(updateX, boxTop, 'sigmoid'),
    candidate: layerBox(candidateX, boxTop, 'tanh'),
    candidateHidden: layerBox(hiddenSideX, lowBoxTop, 'linear'),
  };
  const nodes: Record<GruDiagramNode, NodeGeometry> = {
    keepMultiply: circleNode('multiply', updateX, lineY),
    add: circleNode('add', writeX, lineY),
    oneMinus: { operation: 'oneMinus', x: oneMinusX, y: gateY, ...ONE_MINUS_NODE },
    writeMultiply: circleNode('multiply', writeX, gateY),
    resetMultiply: circleNode('multiply', candidateX, resetY),
  };

  const width = Math.max(inputRiseX, hidden.x + hidden.width + ARROW_GAP * 2) + MARGIN;
  const height = bottomLineY + MARGIN;

  const busStart: [number, number] = [top(concat)[0], busY];
  const busTo = (box: BoxGeometry) => arrow(top(concat), busStart, [box.x + box.width / 2, busY], bottom(box));
  const layerInputs: Record<GruBusLayer, ArrowGeometry> = { reset: busTo(boxes.reset), update: busTo(boxes.update) };
  const layerOutputs: Record<GruDiagramLayer, ArrowGeometry> = {
    reset: arrow(top(boxes.reset), bottom(gateStrips.reset)),
    update: arrow(top(boxes.update), bottom(gateStrips.update)),
    candidate: arrow(top(boxes.candidate), bottom(gateStrips.candidate)),
    candidateHidden: arrow(top(boxes.candidateHidden), bottom(candidateHiddenSide)),
  };

  const down: [number, number][] = [bottom(previousHidden), [previousX, bottomLineY]];
  const concatHiddenX = concat.x + previousHiddenAlone.width / 2;
  const candidateBox = boxes.candidate;
  const arrows: Record<GruDiagramArrow, ArrowGeometry> = {
    previousHiddenToConcat: arrow(...down, [concatHiddenX, bottomLineY], [concatHiddenX, concat.y + concat.height]),
    inputToConcat: arrow(top(input), [top(input)[0], concat.y + concat.height]),
    previousHiddenToCandidateHidden: arrow(...down, [hiddenSideX, bottomLineY], bottom(boxes.candidateHidden)),
    candidateHiddenToMultiply: arrow(left(candidateHiddenSide), nodeRight(nodes.resetMultiply)),
    resetToMultiply: arrow(right(gateStrips.reset), nodeLeft(nodes.resetMultiply)),
    multiplyToResetHidden: arrow(nodeTop(nodes.resetMultiply), bottom(resetHidden)),
    resetHiddenToCandidate: arrow(top(resetHidden), bottom(candidateBox)),
    inputToCandidate: arrow(
      right(input),
      [inputRiseX, right(input)[1]],
      [inputRiseX, right(candidateBox)[1]],
      right(candidateBox),
    ),
    previousHiddenToMultiply: arrow(right(previousHidden), nodeLeft(nodes.keepMultiply)),
    updateToMultiply: arrow(top(gateStrips.update), nodeBottom(nodes.keepMultiply)),
    multiplyToKept: arrow(nodeRight(nodes.keepMultiply), left(kept)),
    keptToAdd: arrow(right(kept), nodeLeft(nodes.add)),
    updateToOneMinus: arrow(right(gateStrips.update), nodeLeft(nodes.oneMinus)),
    oneMinusToOneMinusUpdate: arrow(nodeRight(nodes.oneMinus), left(oneMinusUpdate)),
    oneMinusUpdateToMultiply: arrow(right(oneMinusUpdate), nodeLeft(nodes.writeMultiply)),
    candidateToMultiply: arrow(left(gateStrips.candidate), nodeRight(nodes.writeMultiply)),
    multiplyToWritten: arrow(nodeTop(nodes.writeMultiply), bottom(written)),
    writtenToAdd: arrow(top(written), nodeBottom(nodes.add)),
    addToHidden: arrow(nodeRight(nodes.add), left(hidden)),
    hiddenOut: arrow(right(hidden), [width - MARGIN / 2, lineY]),
  };

  return {
    mode,
    width,
    height,
    fontSize: metrics.fontSize,
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
    gateStrips,
    boxes,
    nodes,
    arrows,
    layerInputs,
    layerOutputs,
    previousHiddenBranch: { x: concatHiddenX, y: bottomLineY },
  };
}
