import type { GruCellExplanation, GruGateName } from '../../model';
import type { GruStage } from '../../store/gru/gruStages';
import type {
  GruBusLayer,
  GruDiagramArrow,
  GruDiagramLayer,
  GruDiagramNode,
  GruDiagramVector,
} from '../../viz/gruDiagramLayout';
import type { DiagramStageFocus } from '../cell/diagram/diagramStageFocus';

/** Which parts of the GRU diagram each walkthrough stage lights up, and how its flow animates. */
export type GruLayerArrow = `into:${GruBusLayer}` | `from:${GruDiagramLayer}`;
export type GruFlowArrowName = GruDiagramArrow | GruLayerArrow;

type GruStageFocus = DiagramStageFocus<
  GruDiagramVector,
  GruGateName,
  GruDiagramLayer,
  GruDiagramNode,
  GruFlowArrowName,
  GruCellExplanation
>;

export const GRU_STAGE_FOCUS: Record<GruStage, GruStageFocus> = {
  inputs: {
    vectors: ['previousHidden', 'input', 'concat'],
    gates: [],
    layers: [],
    nodes: [],
    steps: [['previousHiddenToConcat', 'inputToConcat']],
    morphs: [],
    // h_{t−1} is drawn top left, far above [h_{t−1}, x_t]; the joined strip's h half repeats it.
    unframed: ['previousHidden'],
  },
  reset: {
    vectors: ['concat'],
    gates: ['reset'],
    layers: ['reset'],
    nodes: [],
    steps: [['into:reset'], ['from:reset']],
    morphs: [],
  },
  // z, and at once the 1 − z it leaves for the candidate: the stage's point is that one gate does both.
  update: {
    vectors: ['concat', 'oneMinusUpdate'],
    gates: ['update'],
    layers: ['update'],
    nodes: ['oneMinus'],
    steps: [['into:update'], ['from:update'], ['updateToOneMinus'], ['oneMinusToOneMinusUpdate']],
    morphs: [{ vector: 'oneMinusUpdate', from: (e) => e.gates.update, step: 3 }],
    // The joined strip sits far below the update gate's row.
    unframed: ['concat'],
  },
  // Reset after: h_{t−1} through W_hn first, then r scales that, then x's side joins inside tanh.
  candidate: {
    vectors: ['previousHidden', 'input', 'candidateHiddenSide', 'resetHidden'],
    gates: ['reset', 'candidate'],
    layers: ['candidateHidden', 'candidate'],
    nodes: ['resetMultiply'],
    steps: [
      ['previousHiddenToCandidateHidden'],
      ['from:candidateHidden'],
      ['resetToMultiply', 'candidateHiddenToMultiply'],
      ['multiplyToResetHidden'],
      ['resetHiddenToCandidate', 'inputToCandidate'],
      ['from:candidate'],
    ],
    morphs: [{ vector: 'resetHidden', from: (e) => e.hiddenSide.candidate, step: 3 }],
    // The inputs sit at the drawing's top left and bottom; their arrows come in from the frame's edges.
    unframed: ['previousHidden', 'input'],
  },
  hidden: {
    vectors: ['previousHidden', 'oneMinusUpdate', 'kept', 'written', 'hidden'],
    gates: ['update', 'candidate'],
    layers: [],
    nodes: ['keepMultiply', 'writeMultiply', 'add'],
    steps: [
      ['previousHiddenToMultiply', 'updateToMultiply', 'oneMinusUpdateToMultiply', 'candidateToMultiply'],
      ['multiplyToKept', 'multiplyToWritten'],
      ['keptToAdd', 'writtenToAdd'],
      ['addToHidden', 'hiddenOut'],
    ],
    morphs: [
      { vector: 'kept', from: (e) => e.previousHidden, step: 1 },
      { vector: 'written', from: (e) => e.gates.candidate, step: 1 },
      { vector: 'hidden', from: (e) => e.kept, step: 3 },
    ],
    // h_{t−1} and z, at the far left, are in the frame as their product z ⊙ h_{t−1}: with them the
    // row is too wide for 24 px numbers beside the sliders at 1280×720.
    unframed: ['previousHidden', 'gate:update'],
  },
};
