import { useId, useMemo, useState } from 'react';
import type { LstmCellExplanation } from '../model/lstmCellExplanation';
import { LSTM_GATE_NAMES, type LstmGateName } from '../model/lstmGates';
import type { LstmStage } from '../store/lstmStages';
import { cellDiagramLayout, type DiagramArrow, type DiagramVector } from '../viz/cellDiagramLayout';
import { INK, MUTED, ROLE_COLORS } from '../viz/colors';
import type { ArrowGeometry, DiagramMode } from '../viz/diagramGeometry';
import { ArrowMarkers } from './ArrowMarkers';
import { easeInOut, stepProgress } from './diagramMotion';
import { FlowArrow } from './FlowArrow';
import { GateStrips } from './GateStrips';
import { LayerBox } from './LayerBox';
import { OperatorNodes } from './OperatorNodes';
import { STAGE_FOCUS, type FlowArrowName } from './stageFocus';
import { useStageAnimation } from './useStageAnimation';
import type { DiagramLabels } from './useDiagramLabels';
import { VectorStrips } from './VectorStrips';
import './CellDiagram.css';

/** The LSTM diagram's words in the reader's language; it shows only math symbols itself. */
export type CellDiagramLabels = DiagramLabels<LstmGateName, DiagramVector>;

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

  const stepOf = (arrow: FlowArrowName) => focus.steps.findIndex((step) => step.includes(arrow));
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

  const frame = { layout, labels, focus, explanation, progress, tooltipLayer, hiddenSize, focusedUnit, onFocusUnit };

  const drawArrow = (key: FlowArrowName, geometry: ArrowGeometry, color: string, lit: boolean) => {
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

        {LSTM_GATE_NAMES.map((gate) => (
          <LayerBox
            key={gate}
            layer={gate}
            geometry={layout.boxes[gate]}
            color={ROLE_COLORS[gate]}
            lit={focus.layers.includes(gate)}
            fontSize={layout.fontSize}
          />
        ))}
        <OperatorNodes nodes={layout.nodes} lit={focus.nodes} fontSize={layout.fontSize} />

        <GateStrips symbols={GATE_SYMBOLS} values={explanation?.gates} frame={frame} />
        <VectorStrips symbols={VECTOR_SYMBOLS} accents={VECTOR_ACCENTS} values={vectorValues} frame={frame} />
        <g ref={setTooltipLayer} />
      </svg>
    </div>
  );
}

function gateStrongColors(): string[] {
  return LSTM_GATE_NAMES.map((gate) => ROLE_COLORS[gate].strong);
}
