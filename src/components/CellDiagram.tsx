import { useId, useMemo, useState } from 'react';
import type { LstmCellExplanation } from '../model/lstmCellExplanation';
import { LSTM_GATE_NAMES, type LstmGateName } from '../model/lstmGates';
import type { LstmStage } from '../store/lstmStages';
import { cellDiagramLayout, type DiagramArrow, type DiagramNode, type DiagramVector } from '../viz/cellDiagramLayout';
import { INK, MUTED, ROLE_COLORS } from '../viz/colors';
import type { ArrowGeometry, DiagramMode, NodeGeometry, StripGeometry } from '../viz/diagramGeometry';
import { ArrowMarkers } from './ArrowMarkers';
import { easeInOut, lerpVectors, stepProgress } from './diagramMotion';
import { fillTemplate } from './fillText';
import { FlowArrow as DrawnArrow } from './FlowArrow';
import { MathLabel } from './MathLabel';
import { STAGE_FOCUS, type FlowArrow } from './stageFocus';
import { useStageAnimation } from './useStageAnimation';
import { VectorStrip } from './VectorStrip';
import './CellDiagram.css';

/** Text the parent gives in the reader's language; the diagram itself only shows math symbols. */
export interface CellDiagramLabels {
  /** Accessible name of the whole diagram. */
  title: string;
  /** Each gate's name: "forget gate". */
  gates: Record<LstmGateName, string>;
  /** Each other vector's name: "previous cell state", "joined [h, x]". */
  vectors: Record<DiagramVector, string>;
  /** One cell's accessible name with {name}, {unit} and {value}: "{name}, unit {unit}: {value}". */
  unitValue: string;
}

export interface CellDiagramProps {
  /** Every number of the step; undefined draws the empty diagram (nothing computed yet). */
  explanation: LstmCellExplanation | undefined;
  hiddenSize: number;
  inputSize: number;
  stage: LstmStage;
  /** The unit the formulas show, outlined in every hidden-size vector. */
  focusedUnit: number;
  onFocusUnit: (unit: number) => void;
  labels: CellDiagramLabels;
  /** Defaults to teaching for sizes up to 8, compact beyond. */
  mode?: DiagramMode;
}

type Vector = Float32Array | undefined;
const MS_PER_STEP = 220;

// What flows along each arrow decides its colour: C is orange, a gate's output its gate's colour.
const cellColor = ROLE_COLORS.cell.strong;
const ARROW_COLORS: Record<DiagramArrow, string> = {
  previousHiddenToConcat: INK,
  inputToConcat: INK,
  previousCellToForget: cellColor,
  forgetToMultiply: ROLE_COLORS.forget.strong,
  multiplyToKept: cellColor,
  keptToAdd: cellColor,
  inputGateToMultiply: ROLE_COLORS.input.strong,
  candidateToMultiply: ROLE_COLORS.candidate.strong,
  multiplyToWritten: ROLE_COLORS.input.strong,
  writtenToAdd: ROLE_COLORS.input.strong,
  addToCell: cellColor,
  cellOut: cellColor,
  cellToTanh: cellColor,
  tanhToCellTanh: cellColor,
  cellTanhToMultiply: cellColor,
  outputToMultiply: ROLE_COLORS.output.strong,
  multiplyToHidden: INK,
  hiddenOut: INK,
};

const VECTOR_ACCENTS: Record<DiagramVector, string> = {
  previousCell: cellColor,
  kept: ROLE_COLORS.forget.strong,
  written: ROLE_COLORS.input.strong,
  cell: cellColor,
  cellTanh: cellColor,
  previousHidden: INK,
  hidden: INK,
  input: MUTED,
  concat: MUTED,
};

/** Math shown next to each vector: the same in every language. `_{…}` and `_x` are subscripts. */
const VECTOR_SYMBOLS: Record<DiagramVector, string> = {
  previousCell: 'C_{t−1}',
  previousHidden: 'h_{t−1}',
  input: 'x_t',
  concat: '[h_{t−1}, x_t]',
  kept: 'f_t ⊙ C_{t−1}',
  written: 'i_t ⊙ g_t',
  cell: 'C_t',
  cellTanh: 'tanh(C_t)',
  hidden: 'h_t',
};
const GATE_SYMBOLS: Record<LstmGateName, string> = { forget: 'f_t', input: 'i_t', candidate: 'g_t', output: 'o_t' };
const OPERATORS: Record<NodeGeometry['operation'], string> = { multiply: '×', add: '+', tanh: 'tanh', oneMinus: '1 −' };

/**
 * The LSTM cell, drawn from one step's numbers: the C line across the top, [h_{t−1}, x_t] below
 * feeding the four layers, the pointwise × + tanh, and C_t, h_t leaving. The current stage is lit,
 * the rest dimmed; on a stage change its values travel along the arrows.
 */
export function CellDiagram({
  explanation,
  hiddenSize,
  inputSize,
  stage,
  focusedUnit,
  onFocusUnit,
  labels,
  mode,
}: CellDiagramProps) {
  const layout = useMemo(() => cellDiagramLayout(hiddenSize, inputSize, mode), [hiddenSize, inputSize, mode]);
  const focus = STAGE_FOCUS[stage];
  const stepCount = focus.steps.length;
  const progress = easeInOut(useStageAnimation(stage, Math.max(600, stepCount * MS_PER_STEP)));
  const markerPrefix = useId();
  const [tooltipLayer, setTooltipLayer] = useState<SVGGElement | null>(null);
  const teaching = layout.mode === 'teaching';

  const stepOf = (arrow: FlowArrow) => focus.steps.findIndex((step) => step.includes(arrow));
  const markerColors = [...new Set([INK, MUTED, ...Object.values(ARROW_COLORS), ...gateStrongColors()])];
  const markerId = (color: string) => `${markerPrefix}-arrow-${color.slice(1)}`;

  const vectorValues: Record<DiagramVector, Vector> = {
    previousCell: explanation?.previousCell,
    previousHidden: explanation?.previousHidden,
    input: explanation?.input,
    concat: explanation && Float32Array.from([...explanation.previousHidden, ...explanation.input]),
    kept: explanation?.kept,
    written: explanation?.written,
    cell: explanation?.cell,
    cellTanh: explanation?.cellTanh,
    hidden: explanation?.hidden,
  };

  const shownOf = (vector: DiagramVector): Float32Array | undefined => {
    const morph = focus.morphs.find((candidate) => candidate.vector === vector);
    const values = vectorValues[vector];
    if (!morph || !explanation || !values || progress >= 1) return undefined;
    return lerpVectors(morph.from(explanation), values, stepProgress(progress, morph.step, stepCount));
  };

  const describeWith = (name: string, unitName: (index: number) => string) => (index: number, value: string) =>
    fillTemplate(labels.unitValue, { name, unit: unitName(index), value });
  const stateClass = (lit: boolean) => (lit ? 'is-lit' : 'is-dimmed');

  const drawStrip = (
    key: string,
    geometry: StripGeometry,
    values: Vector,
    options: {
      kind: 'selector' | 'signed';
      name: string;
      symbol: string;
      accent: string;
      lit: boolean;
      shown?: Float32Array;
      hiddenSized: boolean;
      unitName?: (index: number) => string;
    },
  ) => (
    <g key={key} className={`cell-diagram-part ${stateClass(options.lit)}`} data-part={key}>
      <VectorStrip
        geometry={geometry}
        values={values}
        shownValues={options.shown}
        kind={options.kind}
        label={options.name}
        describe={describeWith(options.name, options.unitName ?? String)}
        mode={layout.mode}
        fontSize={layout.fontSize.value}
        accent={options.accent}
        focusedUnit={options.hiddenSized ? focusedUnit : undefined}
        onFocusUnit={options.hiddenSized ? onFocusUnit : undefined}
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

  const drawArrow = (key: FlowArrow, geometry: ArrowGeometry, color: string, lit: boolean) => {
    const step = stepOf(key);
    return (
      <DrawnArrow
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

  const cellNames = (index: number) => (index < hiddenSize ? `h${index}` : `x${index - hiddenSize}`);
  const symbolColor = (gate: LstmGateName) => ROLE_COLORS[gate].strong;

  return (
    <div className={`cell-diagram cell-diagram-${layout.mode}`} data-stage={stage}>
      <svg
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        width="100%"
        role="group"
        aria-label={labels.title}
        style={{ minWidth: `${Math.round(layout.width * 0.6)}px` }}
      >
        <ArrowMarkers colors={markerColors} idOf={markerId} teaching={teaching} />

        {/* The C line first, so everything else sits on it. */}
        <line
          x1={layout.strips.previousCell.x}
          x2={layout.arrows.cellOut.points[1]![0]}
          y1={layout.cellBranch.y}
          y2={layout.cellBranch.y}
          stroke={ROLE_COLORS.cell.base}
          strokeWidth={teaching ? 10 : 8}
          strokeLinecap="round"
          opacity={0.35}
          aria-hidden="true"
        />

        {LSTM_GATE_NAMES.map((gate) =>
          drawArrow(`into:${gate}`, layout.layerInputs[gate], INK, focus.layers.includes(gate)),
        )}
        {LSTM_GATE_NAMES.map((gate) =>
          drawArrow(`from:${gate}`, layout.layerOutputs[gate], symbolColor(gate), focus.layers.includes(gate)),
        )}
        {(Object.keys(layout.arrows) as DiagramArrow[]).map((key) =>
          drawArrow(key, layout.arrows[key], ARROW_COLORS[key], stepOf(key) >= 0),
        )}
        <circle
          cx={layout.cellBranch.x}
          cy={layout.cellBranch.y}
          r={teaching ? 6 : 5}
          fill={cellColor}
          aria-hidden="true"
        />

        {LSTM_GATE_NAMES.map((gate) => {
          const box = layout.boxes[gate];
          const lit = focus.layers.includes(gate);
          return (
            <g
              key={gate}
              className={`cell-diagram-part ${stateClass(lit)}`}
              data-part={`layer:${gate}`}
              aria-hidden="true"
            >
              <rect
                x={box.x}
                y={box.y}
                width={box.width}
                height={box.height}
                rx={10}
                fill={ROLE_COLORS[gate].soft}
                stroke={ROLE_COLORS[gate].strong}
                strokeWidth={lit ? 4 : 2.5}
              />
              <text
                x={box.x + box.width / 2}
                y={box.y + box.height / 2}
                dy="0.35em"
                textAnchor="middle"
                fontSize={box.activation === 'tanh' ? layout.fontSize.label : layout.fontSize.operator}
                fill={ROLE_COLORS[gate].strong}
                className="cell-diagram-operator"
              >
                {box.activation === 'tanh' ? 'tanh' : 'σ'}
              </text>
            </g>
          );
        })}

        {(Object.keys(layout.nodes) as DiagramNode[]).map((key) => {
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
                fontSize={node.operation === 'tanh' ? layout.fontSize.label * 0.8 : layout.fontSize.operator}
                fill={INK}
                className="cell-diagram-operator"
              >
                {OPERATORS[node.operation]}
              </text>
            </g>
          );
        })}

        {LSTM_GATE_NAMES.map((gate) =>
          drawStrip(`gate:${gate}`, layout.gateStrips[gate], explanation?.gates[gate], {
            kind: gate === 'candidate' ? 'signed' : 'selector',
            name: labels.gates[gate],
            symbol: GATE_SYMBOLS[gate],
            accent: symbolColor(gate),
            lit: focus.gates.includes(gate),
            hiddenSized: true,
          }),
        )}
        {(Object.keys(layout.strips) as DiagramVector[]).map((vector) =>
          drawStrip(vector, layout.strips[vector], vectorValues[vector], {
            kind: 'signed',
            name: labels.vectors[vector],
            symbol: VECTOR_SYMBOLS[vector],
            accent: VECTOR_ACCENTS[vector],
            lit: focus.vectors.includes(vector),
            shown: shownOf(vector),
            hiddenSized: vector !== 'input' && vector !== 'concat',
            unitName: vector === 'concat' ? cellNames : undefined,
          }),
        )}
        {layout.strips.concat.dividerX !== undefined && (
          <line
            x1={layout.strips.concat.dividerX}
            x2={layout.strips.concat.dividerX}
            y1={layout.strips.concat.y - 6}
            y2={layout.strips.concat.y + layout.strips.concat.height + 6}
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

function gateStrongColors(): string[] {
  return LSTM_GATE_NAMES.map((gate) => ROLE_COLORS[gate].strong);
}
