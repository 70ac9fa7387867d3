import type { Bilingual } from '../bilingual';

/**
 * The words of one step of the guided tour. Text names glossary terms as `{termKey}` (e.g.
 * `{forgetGate}`) rather than retyping them; the tour fills them in from the glossary. Numbers that
 * depend on the live model never appear in prose: the views show them.
 */
export interface LessonStepText {
  title: Bilingual;
  /** One to three short paragraphs: what this step teaches. */
  paragraphs: readonly Bilingual[];
  /** The step's rule in KaTeX, the same for both languages. */
  formula?: string;
  /** One thing to do in the view now, and what to watch. */
  tryThis?: Bilingual;
}

/** A chapter of the tour: a title and its steps, in order. */
export interface TourChapter<StepId extends string> {
  id: string;
  title: Bilingual;
  steps: readonly StepId[];
}

/**
 * Why a shape answer is wrong, as the tour diagnoses it from the numbers given. Each has its own
 * explanation, so a wrong answer is explained, not only marked.
 */
export type ShapeMistake =
  /** Rows = hidden_size: the gates' blocks are not stacked. */
  | 'gateBlocksMissing'
  /** Rows = 4 × hidden for a GRU or 3 × hidden for an LSTM. */
  | 'wrongGateCount'
  /** Rows and columns swapped: PyTorch stores (out_features, in_features). */
  | 'transposed'
  /** weight_hh with input_size columns: h, not x, is what it multiplies. */
  | 'inputForHidden'
  /** weight_ih with hidden_size columns (layer 0): x is what it multiplies. */
  | 'hiddenForInput'
  /** weight_ih of a layer above 0 with input_size columns: that layer reads the layer below's h. */
  | 'upperLayerReadsInput'
  /** A weight with (layer input + hidden_size) columns: the course's W·[h, x] is weight_ih and weight_hh side by side. */
  | 'concatenatedInput'
  /** num_layers multiplied into a weight: every layer has its own matrices. */
  | 'layersMultiplied'
  /** out with the sequence and batch axes swapped (batch_first is False here). */
  | 'sequenceBatchSwapped'
  /** h_n / c_n with the layers × directions axis and the batch axis swapped. */
  | 'stateLayersBatchSwapped'
  /** h_n / c_n with the sequence length where the batch belongs (x read as batch-first, or a time axis put in). */
  | 'stateStepsForBatch'
  /** h_n / c_n whose first axis is not num_layers × directions. */
  | 'stateLayersWrong'
  /** out with a layer axis, or out's first axis = num_layers: out holds only the top layer, every step. */
  | 'outputHasLayers'
  /** h_n / c_n with a time axis of sequence length: they hold only the last step. */
  | 'stateHasTime'
  /** Last axis = input_size: outputs have hidden_size features. */
  | 'inputFeatures'
  /** Wrong number of axes. */
  | 'wrongRank'
  /** Anything else. */
  | 'other';

/**
 * A question answered with tensor shapes. The correct shapes are computed by the model layer from
 * the exercise's network, never written here.
 */
export interface ShapeExerciseText {
  kind: 'shapes';
  prompt: Bilingual;
  /** PyTorch code the question is about, shown as code (the same in both languages). */
  code: string;
  /** Shown once every part is right: why the shapes are what they are. */
  explanation: Bilingual;
}

/** One answer of a multiple-choice question, and what it means to choose it. */
export interface ChoiceOption {
  text: Bilingual;
  correct: boolean;
  /** Why this answer is right, or what is wrong with it. */
  feedback: Bilingual;
}

/** A multiple-choice question with exactly one correct option. */
export interface ChoiceExerciseText {
  kind: 'choice';
  prompt: Bilingual;
  options: readonly ChoiceOption[];
}

/** A task done on the live model; the tour checks the view's numbers. */
export interface TaskExerciseText {
  kind: 'task';
  prompt: Bilingual;
  /** Shown while the task is not done yet; placeholders are filled from the live numbers. */
  notYet: Bilingual;
  /** Shown once the live numbers meet the task. */
  done: Bilingual;
}

/** The words of one exercise. */
export type ExerciseText = ShapeExerciseText | ChoiceExerciseText | TaskExerciseText;
