import { useId, useMemo, useState } from 'react';
import type { GruCellExplanation, GruGateName } from '../model/gruCellExplanation';
import type { GruStage } from '../store/gruStages';
import { INK, MUTED, ROLE_COLORS } from '../viz/colors';
import type { ArrowGeometry, DiagramMode } from '../viz/diagramGeometry';
import {
  gruDiagramLayout,
  type GruDiagramArrow,
  type GruDiagramLayer,
  type GruDiagramVector,
} from '../viz/gruDiagramLayout';
import { ArrowMarkers } from './ArrowMarkers';
import { easeInOut, stepProgress } from './diagramMotion';
import { FlowArrow } from './FlowArrow';
import { GateStrips } from './GateStrips';
import { GRU_STAGE_FOCUS, type GruFlowArrowName } from './gruStageFocus';
import { LayerBox } from './LayerBox';
import { OperatorNodes } from './OperatorNodes';
import { useStageAnimation } from './useStageAnimation';
import type { DiagramLabels } from './useDiagramLabels';
import { VectorStrips } from './VectorStrips';
import './CellDiagram.css';

/** The GRU diagram's words in the reader's language; it shows only math symbols itself. */
export type GruCellDiagramLabels = DiagramLabels<GruGateName, GruDiagramVector>;

export interface GruCellDiagramProps {
  /** Every number of the step; undefined draws the empty diagram (nothing computed yet). */
  explanation: GruCellExplanation | undefined;
  hiddenSize: number;
  inputSize: number;
  stage: GruStage;
  /** The unit the formulas show, outlined in every hidden-size vector. */
  focusedUnit: number;
  onFocusUnit: (unit: number) => void;
  labels: GruCellDiagramLabels;
  /** Defaults to teaching for sizes up to 8, compact beyond. */
  mode?: DiagramMode;
}

type Vector = Float32Array | undefined;
const MS_PER_STEP = 220;

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

/** Math shown next to each vector: the same in every language. `_{…}` and `_x` are subscripts. */
const VECTOR_SYMBOLS: Record<GruDiagramVector, string> = {
  previousHidden: 'h_{t−1}',
  input: 'x_t',
  concat: '[h_{t−1}, x_t]',
  candidateHiddenSide: 'W_{hn} h_{t−1} + b_{hn}',
  resetHidden: 'r_t ⊙ (…)',
  oneMinusUpdate: '1 − z_t',
  kept: 'z_t ⊙ h_{t−1}',
  written: '(1 − z_t) ⊙ n_t',
  hidden: 'h_t',
};
const GATE_SYMBOLS: Record<GruGateName, string> = { reset: 'r_t', update: 'z_t', candidate: 'n_t' };
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
export function GruCellDiagram({
  explanation,
  hiddenSize,
  inputSize,
  stage,
  focusedUnit,
  onFocusUnit,
  labels,
  mode,
}: GruCellDiagramProps) {
  const layout = useMemo(() => gruDiagramLayout(hiddenSize, inputSize, mode), [hiddenSize, inputSize, mode]);
  const focus = GRU_STAGE_FOCUS[stage];
  const stepCount = focus.steps.length;
  const progress = easeInOut(useStageAnimation(stage, Math.max(600, stepCount * MS_PER_STEP)));
  const markerPrefix = useId();
  const [tooltipLayer, setTooltipLayer] = useState<SVGGElement | null>(null);
  const teaching = layout.mode === 'teaching';
  const stepOf = (arrow: GruFlowArrowName) => focus.steps.findIndex((step) => step.includes(arrow));
  const markerId = (color: string) => `${markerPrefix}-arrow-${color.slice(1)}`;

  const vectorValues: Record<GruDiagramVector, Vector> = {
    previousHidden: explanation?.previousHidden,
    input: explanation?.input,
    concat: explanation && Float32Array.from([...explanation.previousHidden, ...explanation.input]),
    candidateHiddenSide: explanation?.hiddenSide.candidate,
    resetHidden: explanation?.resetHidden,
    // The explanation has no 1 − z; a Float32Array stores Math.fround(1 − z), as float32 PyTorch would.
    oneMinusUpdate: explanation?.gates.update.map((update) => 1 - update),
    kept: explanation?.kept,
    written: explanation?.written,
    hidden: explanation?.hidden,
  };

  const frame = { layout, labels, focus, explanation, progress, tooltipLayer, hiddenSize, focusedUnit, onFocusUnit };

  const drawArrow = (key: GruFlowArrowName, geometry: ArrowGeometry, color: string, lit: boolean) => {
    const step = stepOf(key);
    return (
      <FlowArrow
        key={key}
        name={key}
        geometry={geometry}
        color={color}
        lit={lit}
        progress={step < 0 ? 1 : stepProgress(progress, step, stepCount)}
        teaching={teaching}
        markerId={markerId}
      />
    );
  };

  const lineY = layout.strips.previousHidden.y + layout.strips.previousHidden.height / 2;

  return (
    <div className={`cell-diagram cell-diagram-${layout.mode}`} data-stage={stage}>
      <svg
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        width="100%"
        role="group"
        aria-label={labels.title}
        style={{ minWidth: `${Math.round(layout.width * 0.6)}px` }}
      >
        <ArrowMarkers colors={MARKER_COLORS} idOf={markerId} teaching={teaching} />

        {/* The h line first, so everything else sits on it. */}
        <line
          x1={layout.strips.previousHidden.x}
          x2={layout.arrows.hiddenOut.points[1]![0]}
          y1={lineY}
          y2={lineY}
          stroke={ROLE_COLORS.hidden.base}
          strokeWidth={teaching ? 10 : 8}
          strokeLinecap="round"
          opacity={0.12}
          aria-hidden="true"
        />

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
        {(Object.keys(layout.arrows) as GruDiagramArrow[]).map((key) =>
          drawArrow(key, layout.arrows[key], ARROW_COLORS[key], stepOf(key) >= 0),
        )}
        <circle
          cx={layout.previousHiddenBranch.x}
          cy={layout.previousHiddenBranch.y}
          r={teaching ? 6 : 5}
          fill={INK}
          aria-hidden="true"
        />

        {LAYERS.map((layer) => (
          <LayerBox
            key={layer}
            layer={layer}
            geometry={layout.boxes[layer]}
            color={ROLE_COLORS[LAYER_ROLES[layer]]}
            lit={focus.layers.includes(layer)}
            fontSize={layout.fontSize}
            weightSymbol="W_{hn}"
          />
        ))}
        <OperatorNodes nodes={layout.nodes} lit={focus.nodes} fontSize={layout.fontSize} />

        <GateStrips symbols={GATE_SYMBOLS} values={explanation?.gates} frame={frame} />
        <VectorStrips
          symbols={VECTOR_SYMBOLS}
          accents={VECTOR_ACCENTS}
          values={vectorValues}
          selectors={['oneMinusUpdate']}
          frame={frame}
        />
        <g ref={setTooltipLayer} />
      </svg>
    </div>
  );
}
