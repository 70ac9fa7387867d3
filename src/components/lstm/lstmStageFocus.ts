import type { LstmCellExplanation, LstmGateName } from '../../model';
import type { LstmStage } from '../../store/lstm/lstmStages';
import type { LstmDiagramArrow, LstmDiagramNode, LstmDiagramVector } from '../../viz/lstmDiagramLayout';
import type { DiagramStageFocus } from '../cell/diagram/diagramStageFocus';

/** The arrows into and out of each of the LSTM diagram's four layers. */
export type LstmLayerArrow = `into:${LstmGateName}` | `from:${LstmGateName}`;
export type LstmFlowArrowName = LstmDiagramArrow | LstmLayerArrow;

type LstmStageFocus = DiagramStageFocus<
  LstmDiagramVector,
  LstmGateName,
  LstmGateName,
  LstmDiagramNode,
  LstmFlowArrowName,
  LstmCellExplanation
>;

/** Which parts of the LSTM diagram each walkthrough stage lights up, and how its flow animates. */
export const LSTM_STAGE_FOCUS: Record<LstmStage, LstmStageFocus> = {
  concat: {
    vectors: ['previousHidden', 'input', 'concat'],
    gates: [],
    layers: [],
    nodes: [],
    steps: [['previousHiddenToConcat', 'inputToConcat']],
    morphs: [],
  },
  forget: {
    vectors: ['concat', 'previousCell', 'kept'],
    gates: ['forget'],
    layers: ['forget'],
    nodes: ['forgetMultiply'],
    steps: [['into:forget'], ['from:forget'], ['forgetToMultiply', 'previousCellToForget'], ['multiplyToKept']],
    morphs: [{ vector: 'kept', from: (e) => e.previousCell, step: 3 }],
    // [h_{t−1}, x_t] sits under the layers, far below the C line: the bus comes in from the frame's
    // edge, as in the output stage.
    unframed: ['concat'],
  },
  write: {
    vectors: ['concat', 'written'],
    gates: ['input', 'candidate'],
    layers: ['input', 'candidate'],
    nodes: ['inputMultiply'],
    steps: [
      ['into:input', 'into:candidate'],
      ['from:input', 'from:candidate'],
      ['inputGateToMultiply', 'candidateToMultiply'],
      ['multiplyToWritten'],
    ],
    morphs: [{ vector: 'written', from: (e) => e.gates.candidate, step: 3 }],
  },
  update: {
    vectors: ['kept', 'written', 'cell'],
    gates: [],
    layers: [],
    nodes: ['add'],
    steps: [
      ['keptToAdd', 'writtenToAdd'],
      ['addToCell', 'cellOut'],
    ],
    morphs: [{ vector: 'cell', from: (e) => e.kept, step: 1 }],
  },
  output: {
    vectors: ['concat'],
    gates: ['output'],
    layers: ['output'],
    nodes: [],
    steps: [['into:output'], ['from:output']],
    morphs: [],
    unframed: ['concat'],
  },
  hidden: {
    vectors: ['cell', 'cellTanh', 'hidden'],
    gates: ['output'],
    layers: [],
    nodes: ['cellTanh', 'outputMultiply'],
    steps: [
      ['cellToTanh'],
      ['tanhToCellTanh'],
      ['cellTanhToMultiply', 'outputToMultiply'],
      ['multiplyToHidden', 'hiddenOut'],
    ],
    morphs: [
      { vector: 'cellTanh', from: (e) => e.cell, step: 1 },
      { vector: 'hidden', from: (e) => e.cellTanh, step: 3 },
    ],
    // C_t is on the C line at the top; its branch comes down into tanh from the frame's edge.
    unframed: ['cell'],
  },
};
