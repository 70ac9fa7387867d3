import { useId, useMemo, useState } from 'react';
import type { GruCellExplanation, GruGateName } from '../model/gruCellExplanation';
import { GRU_GATE_NAMES } from '../model/gruGates';
import type { GruStage } from '../store/gruStages';
import { INK, MUTED, ROLE_COLORS } from '../viz/colors';
import type { ArrowGeometry, DiagramMode, NodeGeometry, StripGeometry } from '../viz/diagramGeometry';
import {
  GRU_DIAGRAM_VECTORS,
  gruDiagramLayout,
  type GruDiagramArrow,
  type GruDiagramLayer,
  type GruDiagramNode,
  type GruDiagramVector,
} from '../viz/gruDiagramLayout';
import { ArrowMarkers } from './ArrowMarkers';
import { easeInOut, lerpVectors, stepProgress } from './diagramMotion';
import { fillTemplate } from './fillText';
import { FlowArrow } from './FlowArrow';
import { GRU_STAGE_FOCUS, type GruFlowArrow } from './gruStageFocus';
import { MathLabel } from './MathLabel';
import { useStageAnimation } from './useStageAnimation';
import { VectorStrip } from './VectorStrip';
import './CellDiagram.css';

/** Text the parent gives in the reader's language; the diagram itself only shows math symbols. */
export interface GruCellDiagramLabels {
  /** Accessible name of the whole diagram. */
  title: string;
  /** Each gate's name: "reset gate". */
  gates: Record<GruGateName, string>;
  /** Each other vector's name: "previous hidden state", "1 − z, the share written". */
  vectors: Record<GruDiagramVector, string>;
  /** One cell's accessible name with {name}, {unit} and {value}: "{name}, unit {unit}: {value}". */
  unitValue: string;
}

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
const OPERATORS: Record<NodeGeometry['operation'], string> = { multiply: '×', add: '+', tanh: 'tanh', oneMinus: '1 −' };
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
  const stateClass = (lit: boolean) => (lit ? 'is-lit' : 'is-dimmed');
  const stepOf = (arrow: GruFlowArrow) => focus.steps.findIndex((step) => step.includes(arrow));
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

  const shownOf = (vector: GruDiagramVector): Float32Array | undefined => {
    const morph = focus.morphs.find((candidate) => candidate.vector === vector);
    const values = vectorValues[vector];
    if (!morph || !explanation || !values || progress >= 1) return undefined;
    return lerpVectors(morph.from(explanation), values, stepProgress(progress, morph.step, stepCount));
  };

  const cellNames = (index: number) => (index < hiddenSize ? `h${index}` : `x${index - hiddenSize}`);
  const drawStrip = (
    key: string,
    geometry: StripGeometry,
    values: Vector,
    options: { selector: boolean; name: string; symbol: string; accent: string; lit: boolean; shown?: Float32Array },
  ) => {
    const hiddenSized = key !== 'input' && key !== 'concat';
    const unitName = key === 'concat' ? cellNames : String;
    return (
      <g key={key} className={`cell-diagram-part ${stateClass(options.lit)}`} data-part={key}>
        <VectorStrip
          geometry={geometry}
          values={values}
          shownValues={options.shown}
          kind={options.selector ? 'selector' : 'signed'}
          label={options.name}
          describe={(index, value) =>
            fillTemplate(labels.unitValue, { name: options.name, unit: unitName(index), value })
          }
          mode={layout.mode}
          fontSize={layout.fontSize.value}
          accent={options.accent}
          focusedUnit={hiddenSized ? focusedUnit : undefined}
          onFocusUnit={hiddenSized ? onFocusUnit : undefined}
          tooltipLayer={tooltipLayer}
          viewWidth={layout.width}
        />
        <MathLabel
          source={options.symbol}
          {...geometry.label}
          size={layout.fontSize.label}
          color={options.accent === MUTED ? INK : options.accent}
        />
      </g>
    );
  };

  const drawArrow = (key: GruFlowArrow, geometry: ArrowGeometry, color: string, lit: boolean) => {
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
  const { concat } = layout.strips;

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

        {LAYERS.map((layer) => {
          const box = layout.boxes[layer];
          const lit = focus.layers.includes(layer);
          const role = ROLE_COLORS[LAYER_ROLES[layer]];
          const centerX = box.x + box.width / 2;
          return (
            <g
              key={layer}
              className={`cell-diagram-part ${stateClass(lit)}`}
              data-part={`layer:${layer}`}
              aria-hidden="true"
            >
              <rect
                x={box.x}
                y={box.y}
                width={box.width}
                height={box.height}
                rx={10}
                fill={role.soft}
                stroke={role.strong}
                strokeWidth={lit ? 4 : 2.5}
              />
              {box.activation === 'linear' ? (
                <MathLabel
                  source="W_{hn}"
                  x={centerX}
                  y={box.y + box.height / 2 + layout.fontSize.label * 0.35}
                  anchor="middle"
                  size={layout.fontSize.label}
                  color={role.strong}
                />
              ) : (
                <text
                  x={centerX}
                  y={box.y + box.height / 2}
                  dy="0.35em"
                  textAnchor="middle"
                  fontSize={box.activation === 'tanh' ? layout.fontSize.label : layout.fontSize.operator}
                  fill={role.strong}
                  className="cell-diagram-operator"
                >
                  {box.activation === 'tanh' ? 'tanh' : 'σ'}
                </text>
              )}
            </g>
          );
        })}

        {(Object.keys(layout.nodes) as GruDiagramNode[]).map((key) => {
          const node = layout.nodes[key];
          const lit = focus.nodes.includes(key);
          return (
            <g key={key} className={`cell-diagram-part ${stateClass(lit)}`} data-part={key} aria-hidden="true">
              <rect
                x={node.x - node.radiusX}
                y={node.y - node.radiusY}
                width={node.radiusX * 2}
                height={node.radiusY * 2}
                rx={node.radiusY}
                fill="#ffffff"
                stroke={INK}
                strokeWidth={lit ? 3.5 : 2.5}
              />
              <text
                x={node.x}
                y={node.y}
                dy="0.35em"
                textAnchor="middle"
                fontSize={node.operation === 'oneMinus' ? layout.fontSize.label * 0.8 : layout.fontSize.operator}
                fill={INK}
                className="cell-diagram-operator"
              >
                {OPERATORS[node.operation]}
              </text>
            </g>
          );
        })}

        {GRU_GATE_NAMES.map((gate) =>
          drawStrip(`gate:${gate}`, layout.gateStrips[gate], explanation?.gates[gate], {
            selector: gate !== 'candidate',
            name: labels.gates[gate],
            symbol: GATE_SYMBOLS[gate],
            accent: ROLE_COLORS[gate].strong,
            lit: focus.gates.includes(gate),
          }),
        )}
        {GRU_DIAGRAM_VECTORS.map((vector) =>
          drawStrip(vector, layout.strips[vector], vectorValues[vector], {
            selector: vector === 'oneMinusUpdate',
            name: labels.vectors[vector],
            symbol: VECTOR_SYMBOLS[vector],
            accent: VECTOR_ACCENTS[vector],
            lit: focus.vectors.includes(vector),
            shown: shownOf(vector),
          }),
        )}
        {concat.dividerX !== undefined && (
          <line
            x1={concat.dividerX}
            x2={concat.dividerX}
            y1={concat.y - 6}
            y2={concat.y + concat.height + 6}
            stroke={INK}
            strokeWidth={2}
            strokeDasharray="4 3"
            aria-hidden="true"
          />
        )}
        <g ref={setTooltipLayer} />
      </svg>
    </div>
  );
}
