import { useMemo } from 'react';
import { LSTM_GATE_NAMES, LSTM_NOTATION, type LstmCellExplanation, type LstmGateName, valueSymbols } from '../../model';
import type { LstmStage } from '../../store/lstm/lstmStages';
import { arrow } from '../../viz/diagramGeometry';
import {
  lstmDiagramLayout,
  type LstmCellDiagramLayout,
  type LstmDiagramArrow,
  type LstmDiagramVector,
} from '../../viz/lstmDiagramLayout';
import { lstmNarrowLayout, type LstmNarrowLayout } from '../../viz/lstmNarrowLayout';
import { INK, MUTED, ROLE_COLORS } from '../../viz/colors';
import type { CellDiagramBaseProps } from '../cell/diagram/cellDiagramProps';
import { DiagramFrame, wideMinWidth } from '../cell/diagram/DiagramFrame';
import { framedParts } from '../cell/diagram/diagramStageFocus';
import { GateStrips } from '../cell/diagram/GateStrips';
import { LayerBoxes } from '../cell/diagram/LayerBoxes';
import { OperatorNodes } from '../cell/diagram/OperatorNodes';
import { LSTM_STAGE_FOCUS } from './lstmStageFocus';
import type { DiagramLabels } from '../cell/diagram/useDiagramLabels';
import { useNarrowDiagram } from '../cell/diagram/useNarrowDiagram';
import { useStageFlow } from '../cell/diagram/useStageFlow';
import { VectorStrips } from '../cell/diagram/VectorStrips';

/** The LSTM diagram's words in the reader's language; it shows only math symbols itself. */
export type LstmCellDiagramLabels = DiagramLabels<LstmGateName, LstmDiagramVector>;

export type LstmCellDiagramProps = CellDiagramBaseProps<LstmCellExplanation, LstmStage, LstmCellDiagramLabels>;

type Vector = Float32Array | undefined;

// What flows along each arrow decides its colour: C is orange, a gate's output its gate's colour.
const cellColor = ROLE_COLORS.cell.strong;
const ARROW_COLORS: Record<LstmDiagramArrow, string> = {
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

const VECTOR_ACCENTS: Record<LstmDiagramVector, string> = {
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

/** Each gate's symbol (f_t, i_t, g_t, o_t), from the notation. */
const GATE_SYMBOLS = valueSymbols(LSTM_NOTATION);

/** Math shown next to each vector: the same in every language. `_{…}` and `_x` are subscripts. */
const VECTOR_SYMBOLS: Record<LstmDiagramVector, string> = {
  previousCell: 'C_{t−1}',
  previousHidden: 'h_{t−1}',
  input: 'x_t',
  concat: '[h_{t−1}, x_t]',
  kept: `${GATE_SYMBOLS.forget} ⊙ C_{t−1}`,
  written: `${GATE_SYMBOLS.input} ⊙ ${GATE_SYMBOLS.candidate}`,
  cell: 'C_t',
  cellTanh: 'tanh(C_t)',
  hidden: 'h_t',
};
const MARKER_COLORS = [
  ...new Set([INK, MUTED, ...Object.values(ARROW_COLORS), ...LSTM_GATE_NAMES.map((gate) => ROLE_COLORS[gate].strong)]),
];

/**
 * The LSTM cell, drawn from one step's numbers: the C line across the top, [h_{t−1}, x_t] below
 * feeding the four layers, the pointwise × + tanh, and C_t, h_t leaving. The current stage is lit,
 * the rest dimmed; on a stage change its values travel along the arrows.
 */
export function LstmCellDiagram(props: LstmCellDiagramProps) {
  const { explanation, hiddenSize, inputSize, stage, labels, mode } = props;
  const wide = useMemo(() => lstmDiagramLayout(hiddenSize, inputSize, mode), [hiddenSize, inputSize, mode]);
  const box = useNarrowDiagram(wideMinWidth(wide.width));
  const shape = props.shape ?? box.shape;
  const layout = useMemo<LstmCellDiagramLayout & Partial<Pick<LstmNarrowLayout, 'cellLine'>>>(
    () => (shape === 'narrow' ? lstmNarrowLayout(hiddenSize, inputSize, mode) : wide),
    [shape, wide, hiddenSize, inputSize, mode],
  );
  const lineStyle = {
    stroke: ROLE_COLORS.cell.base,
    strokeWidth: layout.mode === 'teaching' ? 10 : 8,
    strokeLinecap: 'round',
    opacity: 0.35,
  } as const;
  const focus = LSTM_STAGE_FOCUS[stage];
  const flow = useStageFlow(stage, focus.steps);
  const teaching = layout.mode === 'teaching';

  const vectorValues: Record<LstmDiagramVector, Vector> = {
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
  const symbolColor = (gate: LstmGateName) => ROLE_COLORS[gate].strong;

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
            {/* The C line first, so everything else sits on it. */}
            {layout.cellLine ? (
              <path d={arrow(...layout.cellLine).path} fill="none" {...lineStyle} aria-hidden="true" />
            ) : (
              <line
                x1={layout.strips.previousCell.x}
                x2={layout.arrows.cellOut.points[1]![0]}
                y1={layout.cellBranch.y}
                y2={layout.cellBranch.y}
                {...lineStyle}
                aria-hidden="true"
              />
            )}

            {LSTM_GATE_NAMES.map((gate) =>
              drawArrow(`into:${gate}`, layout.layerInputs[gate], INK, focus.layers.includes(gate)),
            )}
            {LSTM_GATE_NAMES.map((gate) =>
              drawArrow(`from:${gate}`, layout.layerOutputs[gate], symbolColor(gate), focus.layers.includes(gate)),
            )}
            {drawArrows(layout.arrows, ARROW_COLORS)}
            <circle
              cx={layout.cellBranch.x}
              cy={layout.cellBranch.y}
              r={teaching ? 6 : 5}
              fill={cellColor}
              aria-hidden="true"
            />

            <LayerBoxes
              boxes={layout.boxes}
              colorOf={(gate) => ROLE_COLORS[gate]}
              lit={focus.layers}
              fontSize={layout.fontSize}
            />
            <OperatorNodes nodes={layout.nodes} lit={focus.nodes} fontSize={layout.fontSize} />

            <GateStrips symbols={GATE_SYMBOLS} values={explanation?.gates} frame={frame} />
            <VectorStrips symbols={VECTOR_SYMBOLS} accents={VECTOR_ACCENTS} values={vectorValues} frame={frame} />
          </>
        );
      }}
    </DiagramFrame>
  );
}
