import { useMemo } from 'react';
import { GRU_NOTATION, type GruCellExplanation, type GruGateName, valueSymbols } from '../../model';
import type { GruStage } from '../../store/gru/gruStages';
import { INK, MUTED, ROLE_COLORS } from '../../viz/colors';
import { arrow } from '../../viz/diagramGeometry';
import {
  gruDiagramLayout,
  type GruCellDiagramLayout,
  type GruDiagramArrow,
  type GruDiagramLayer,
  type GruDiagramVector,
} from '../../viz/gruDiagramLayout';
import { gruNarrowLayout, type GruNarrowLayout } from '../../viz/gruNarrowLayout';
import type { CellDiagramBaseProps } from '../cell/diagram/cellDiagramProps';
import { DiagramFrame, wideMinWidth } from '../cell/diagram/DiagramFrame';
import { framedParts } from '../cell/diagram/diagramStageFocus';
import { GateStrips } from '../cell/diagram/GateStrips';
import { GRU_STAGE_FOCUS } from './gruStageFocus';
import { LayerBoxes } from '../cell/diagram/LayerBoxes';
import { OperatorNodes } from '../cell/diagram/OperatorNodes';
import type { DiagramLabels } from '../cell/diagram/useDiagramLabels';
import { useNarrowDiagram } from '../cell/diagram/useNarrowDiagram';
import { useStageFlow } from '../cell/diagram/useStageFlow';
import { VectorStrips } from '../cell/diagram/VectorStrips';

/** The GRU diagram's words in the reader's language; it shows only math symbols itself. */
export type GruCellDiagramLabels = DiagramLabels<GruGateName, GruDiagramVector>;

export type GruCellDiagramProps = CellDiagramBaseProps<GruCellExplanation, GruStage, GruCellDiagramLabels>;

type Vector = Float32Array | undefined;

// What flows along an arrow decides its colour: h is ink, a gate's output and every product it
// gates wear the gate's colour (z ⊙ h and (1 − z) ⊙ n both z's, as f ⊙ C and i ⊙ g in the LSTM).
const RESET = ROLE_COLORS.reset.strong;
const UPDATE = ROLE_COLORS.update.strong;
const CANDIDATE = ROLE_COLORS.candidate.strong;
const ARROW_COLORS: Record<GruDiagramArrow, string> = {
  previousHiddenToConcat: INK,
  inputToConcat: INK,
  previousHiddenToCandidateHidden: INK,
  candidateHiddenToMultiply: CANDIDATE,
  resetToMultiply: RESET,
  multiplyToResetHidden: RESET,
  resetHiddenToCandidate: RESET,
  inputToCandidate: INK,
  previousHiddenToMultiply: INK,
  updateToMultiply: UPDATE,
  multiplyToKept: INK,
  keptToAdd: INK,
  updateToOneMinus: UPDATE,
  oneMinusToOneMinusUpdate: UPDATE,
  oneMinusUpdateToMultiply: UPDATE,
  candidateToMultiply: CANDIDATE,
  multiplyToWritten: UPDATE,
  writtenToAdd: UPDATE,
  addToHidden: INK,
  hiddenOut: INK,
};

const VECTOR_ACCENTS: Record<GruDiagramVector, string> = {
  previousHidden: INK,
  input: MUTED,
  concat: MUTED,
  candidateHiddenSide: CANDIDATE,
  resetHidden: RESET,
  oneMinusUpdate: UPDATE,
  kept: UPDATE,
  written: UPDATE,
  hidden: INK,
};

/** Each gate's symbol (r_t, z_t, n_t), from the notation. */
const GATE_SYMBOLS = valueSymbols(GRU_NOTATION);

/** Math shown next to each vector: the same in every language. `_{…}` and `_x` are subscripts. */
const VECTOR_SYMBOLS: Record<GruDiagramVector, string> = {
  previousHidden: 'h_{t−1}',
  input: 'x_t',
  concat: '[h_{t−1}, x_t]',
  candidateHiddenSide: 'W_{hn} h_{t−1} + b_{hn}',
  resetHidden: `${GATE_SYMBOLS.reset} ⊙ (…)`,
  oneMinusUpdate: `1 − ${GATE_SYMBOLS.update}`,
  kept: `${GATE_SYMBOLS.update} ⊙ h_{t−1}`,
  written: `(1 − ${GATE_SYMBOLS.update}) ⊙ ${GATE_SYMBOLS.candidate}`,
  hidden: 'h_t',
};
/** The role colouring each layer's box: W_hn h + b_hn is part of the candidate. */
const LAYER_ROLES: Record<GruDiagramLayer, GruGateName> = {
  reset: 'reset',
  update: 'update',
  candidate: 'candidate',
  candidateHidden: 'candidate',
};
const LAYERS = Object.keys(LAYER_ROLES) as GruDiagramLayer[];
const MARKER_COLORS = [...new Set([INK, MUTED, ...Object.values(ARROW_COLORS)])];

/**
 * The GRU cell in PyTorch's form, drawn from one step's numbers: the h line across the top, where
 * z keeps z ⊙ h_{t−1} and (1 − z) ⊙ n joins; r and z from [h_{t−1}, x_t]; the candidate n with
 * r applied after the hidden side's matmul, r ⊙ (W_hn h_{t−1} + b_hn). The current stage is lit,
 * the rest dimmed; on a stage change its values travel along the arrows.
 */
export function GruCellDiagram(props: GruCellDiagramProps) {
  const { explanation, hiddenSize, inputSize, stage, labels, mode } = props;
  const wide = useMemo(() => gruDiagramLayout(hiddenSize, inputSize, mode), [hiddenSize, inputSize, mode]);
  const box = useNarrowDiagram(wideMinWidth(wide.width));
  const shape = props.shape ?? box.shape;
  const layout = useMemo<GruCellDiagramLayout & Partial<Pick<GruNarrowLayout, 'hiddenLine'>>>(
    () => (shape === 'narrow' ? gruNarrowLayout(hiddenSize, inputSize, mode) : wide),
    [shape, wide, hiddenSize, inputSize, mode],
  );
  const focus = GRU_STAGE_FOCUS[stage];
  const flow = useStageFlow(stage, focus.steps);
  const teaching = layout.mode === 'teaching';

  const vectorValues: Record<GruDiagramVector, Vector> = {
    previousHidden: explanation?.previousHidden,
    input: explanation?.input,
    concat: explanation && Float32Array.from([...explanation.previousHidden, ...explanation.input]),
    candidateHiddenSide: explanation?.hiddenSide.candidate,
    resetHidden: explanation?.resetHidden,
    oneMinusUpdate: explanation?.oneMinusUpdate,
    kept: explanation?.kept,
    written: explanation?.written,
    hidden: explanation?.hidden,
  };
  const lineY = layout.strips.previousHidden.y + layout.strips.previousHidden.height / 2;
  const lineStyle = {
    stroke: ROLE_COLORS.hidden.base,
    strokeWidth: teaching ? 10 : 8,
    strokeLinecap: 'round',
    opacity: 0.12,
  } as const;

  return (
    <DiagramFrame
      layout={layout}
      stage={stage}
      title={labels.title}
      markerColors={MARKER_COLORS}
      flow={flow}
      shape={shape}
      boxRef={box.ref}
      framed={framedParts(focus)}
    >
      {({ tooltipLayer, drawArrow, drawArrows }) => {
        const frame = { ...props, layout, focus, progress: flow.progress, tooltipLayer };
        return (
          <>
            {/* The h line first, so everything else sits on it. */}
            {layout.hiddenLine ? (
              <path d={arrow(...layout.hiddenLine).path} fill="none" {...lineStyle} aria-hidden="true" />
            ) : (
              <line
                x1={layout.strips.previousHidden.x}
                x2={layout.arrows.hiddenOut.points[1]![0]}
                y1={lineY}
                y2={lineY}
                {...lineStyle}
                aria-hidden="true"
              />
            )}

            {(['reset', 'update'] as const).map((layer) =>
              drawArrow(`into:${layer}`, layout.layerInputs[layer], INK, focus.layers.includes(layer)),
            )}
            {LAYERS.map((layer) =>
              drawArrow(
                `from:${layer}`,
                layout.layerOutputs[layer],
                ROLE_COLORS[LAYER_ROLES[layer]].strong,
                focus.layers.includes(layer),
              ),
            )}
            {drawArrows(layout.arrows, ARROW_COLORS)}
            <circle
              cx={layout.previousHiddenBranch.x}
              cy={layout.previousHiddenBranch.y}
              r={teaching ? 6 : 5}
              fill={INK}
              aria-hidden="true"
            />

            <LayerBoxes
              boxes={layout.boxes}
              colorOf={(layer) => ROLE_COLORS[LAYER_ROLES[layer]]}
              lit={focus.layers}
              fontSize={layout.fontSize}
              weightSymbol="W_{hn}"
            />
            <OperatorNodes nodes={layout.nodes} lit={focus.nodes} fontSize={layout.fontSize} />

            <GateStrips symbols={GATE_SYMBOLS} values={explanation?.gates} frame={frame} />
            <VectorStrips
              symbols={VECTOR_SYMBOLS}
              accents={VECTOR_ACCENTS}
              values={vectorValues}
              selectors={['oneMinusUpdate']}
              frame={frame}
            />
          </>
        );
      }}
    </DiagramFrame>
  );
}
