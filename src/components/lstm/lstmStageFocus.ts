import type { LstmCellExplanation } from '../../model/lstmCellExplanation';
import type { LstmGateName } from '../../model/lstmGates';
import type { LstmStage } from '../../store/lstm/lstmStages';
import type { DiagramArrow, DiagramNode, DiagramVector } from '../../viz/lstmDiagramLayout';
import type { VectorMorph } from '../cell/diagram/VectorStrips';

/** Which parts of the diagram each walkthrough stage lights up, and how its flow animates. */
export type LayerArrow = `into:${LstmGateName}` | `from:${LstmGateName}`;
export type FlowArrowName = DiagramArrow | LayerArrow;

/** Which parts of a cell diagram one walkthrough stage lights up, and how its flow animates. */
export interface DiagramStageFocus<Vector extends string, Gate, Layer, Node, Arrow, Explanation> {
  vectors: Vector[];
  gates: Gate[];
  /** Layers whose box and arrows light up. */
  layers: Layer[];
  nodes: Node[];
  /** The flow, in order: arrows of one step move together. */
  steps: Arrow[][];
  /** Vectors painted from another's values to their own as the flow reaches them. */
  morphs: VectorMorph<Vector, Explanation>[];
}

type StageFocus = DiagramStageFocus<
  DiagramVector,
  LstmGateName,
  LstmGateName,
  DiagramNode,
  FlowArrowName,
  LstmCellExplanation
>;

export const STAGE_FOCUS: Record<LstmStage, StageFocus> = {
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
  },
};
