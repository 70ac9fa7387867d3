import type { FigureId } from '../../content/tour/figures';
import type { ExerciseId, TourStepId } from '../../content/tour/tourOutline';
import { DEFAULT_GRU_EXPLORER_SETTINGS, type GruExplorerSettings } from '../gru/gruExplorerStore';
import { DEFAULT_LSTM_EXPLORER_SETTINGS, type LstmExplorerSettings } from '../lstm/lstmExplorerStore';
import { COURSE_SEQUENCES, DEFAULT_SEQUENCE_SETTINGS, type SequenceSettings } from '../sequence/sequenceSettings';
import type { ConcealedFigure } from '../concealedFigures';
import type { LabSettings } from '../lab/labStore';
import type { View } from '../viewStore';

/**
 * The parts of the app a tour step can point at. Components mark them with `data-tour="…"`; only
 * the current view's are on the page, so the names are shared between the two cell explorers.
 */
export type TourTarget =
  | 'contents'
  | 'glossary'
  | 'figure'
  | 'diagram'
  | 'stage'
  | 'state'
  | 'biases'
  | 'weights'
  | 'timeline'
  | 'network'
  | 'code'
  | 'inputs'
  | 'initialState'
  | 'outputs'
  | 'parameters';

/**
 * What one step of the tour sets up: the view, what it highlights, and settings laid over the
 * stores' current ones (a step that needs a known scene spreads the defaults in first). Plain data,
 * applied by the tour store's actions.
 */
export interface TourStaging {
  view: View;
  highlight: TourTarget;
  /** A figure the course page shows (only with view `learn`). */
  figure?: FigureId;
  exercise?: ExerciseId;
  /** What the views hide (a "?") while the step's exercise is unsolved, since it gives the answer away. */
  conceal?: readonly ConcealedFigure[];
  lstm?: Partial<LstmExplorerSettings>;
  gru?: Partial<GruExplorerSettings>;
  sequence?: Partial<SequenceSettings>;
  /** The training lab's setting the step offers to open it at (its button, not the step's own view). */
  lab?: LabSettings;
}

const lstmFresh = (stage: number): Partial<LstmExplorerSettings> => ({ ...DEFAULT_LSTM_EXPLORER_SETTINGS, stage });

/** The course's nn.LSTM(50, 100, num_layers=2) on (10, 3, 50), as the course runs it. */
const courseLstm: Partial<SequenceSettings> = {
  ...DEFAULT_SEQUENCE_SETTINGS,
  ...COURSE_SEQUENCES.LSTM,
  biasShifts: {},
  inputPreset: 'random',
};

/** The course's nn.GRU(10, 20) on (3, 32, 10), as the course runs it. */
const courseGru: Partial<SequenceSettings> = {
  ...DEFAULT_SEQUENCE_SETTINGS,
  ...COURSE_SEQUENCES.GRU,
  biasShifts: {},
  inputPreset: 'random',
};

/** What each step of the tour shows. Keyed by step id, so a step without staging does not compile. */
export const TOUR_STAGING: Readonly<Record<TourStepId, TourStaging>> = {
  welcome: { view: 'learn', highlight: 'contents' },
  origin: { view: 'lstm', highlight: 'diagram', lstm: lstmFresh(0) },
  fourLayers: { view: 'learn', highlight: 'figure', figure: 'fourLayers' },
  weightsLive: { view: 'lstm', highlight: 'weights', lstm: lstmFresh(0) },
  threeGates: { view: 'lstm', highlight: 'diagram', lstm: lstmFresh(0) },
  threeInputs: { view: 'lstm', highlight: 'state', lstm: lstmFresh(0) },
  timeSteps: { view: 'learn', highlight: 'figure', figure: 'unrolled' },
  longShortMemory: { view: 'sequence', highlight: 'timeline', sequence: DEFAULT_SEQUENCE_SETTINGS },
  sigmoid: { view: 'learn', highlight: 'figure', figure: 'sigmoid', exercise: 'sigmoidRange' },
  elementWise: { view: 'learn', highlight: 'figure', figure: 'selector' },
  concatenation: { view: 'lstm', highlight: 'stage', lstm: { stage: 0 } },
  // Its task sets every C slider by hand: a known four units, not whatever an earlier view left
  // (a cell opened from the sequence view has eight).
  forgetGate: { view: 'lstm', highlight: 'diagram', lstm: lstmFresh(1) },
  inputGate: { view: 'lstm', highlight: 'diagram', lstm: { stage: 2 } },
  cellUpdate: { view: 'lstm', highlight: 'diagram', lstm: { stage: 3 } },
  outputGate: { view: 'lstm', highlight: 'diagram', lstm: { stage: 4 } },
  whichGate: { view: 'lstm', highlight: 'biases', exercise: 'whichGateForgets', lstm: lstmFresh(1) },
  makeItForget: { view: 'lstm', highlight: 'biases', exercise: 'makeItForget', lstm: lstmFresh(1) },
  holdMemory: {
    view: 'sequence',
    highlight: 'biases',
    exercise: 'holdMemory',
    sequence: {
      ...DEFAULT_SEQUENCE_SETTINGS,
      numLayers: 1,
      // Every gate named: a shift left out keeps the view's current one (its default b_f = 4), and
      // this step asks the student to open f and shut i from none.
      biasShifts: { forget: 0, input: 0, candidate: 0, output: 0 },
      inputPreset: 'random',
      initialState: 'random',
      t: 20,
    },
  },
  gruCell: { view: 'gru', highlight: 'diagram', gru: { ...DEFAULT_GRU_EXPLORER_SETTINGS, stage: 0 } },
  gruGates: { view: 'gru', highlight: 'stage', gru: { stage: 1 } },
  vanishingGradient: {
    view: 'learn',
    highlight: 'figure',
    figure: 'vanishing',
    lab: { sequenceLength: 50, carryOpen: true },
  },
  gruVsLstm: { view: 'compare', highlight: 'parameters', exercise: 'gruParameters', conceal: ['parameterRatio'] },
  cellVsLayer: { view: 'sequence', highlight: 'code', sequence: courseLstm },
  constructor: { view: 'sequence', highlight: 'network', sequence: courseLstm },
  parameterShapes: { view: 'sequence', highlight: 'code', exercise: 'lstmWeightShapes', sequence: courseLstm },
  inputShape: { view: 'sequence', highlight: 'inputs', sequence: courseLstm },
  outputShapes: {
    view: 'sequence',
    highlight: 'outputs',
    exercise: 'lstmOutputShapes',
    conceal: ['outputShapes'],
    sequence: courseLstm,
  },
  initialStates: {
    view: 'sequence',
    highlight: 'initialState',
    sequence: { ...courseLstm, initialState: 'random' },
  },
  gruInPytorch: {
    view: 'sequence',
    highlight: 'outputs',
    exercise: 'gruOutputShapes',
    conceal: ['outputShapes'],
    sequence: courseGru,
  },
  gruShapes: { view: 'sequence', highlight: 'code', exercise: 'gruWeightShapes', sequence: courseGru },
  finish: { view: 'learn', highlight: 'glossary' },
};

const NOTHING_CONCEALED: readonly ConcealedFigure[] = [];

/**
 * What the views hide now: the current step's {@link TourStaging.conceal} while the tour is open
 * (its dock shown or folded to a bar) and the step's exercise is unsolved; nothing otherwise. The
 * same array for the same state, so a component can select it.
 */
export function concealedFigures(tour: {
  active: boolean;
  step: TourStepId;
  solved: readonly ExerciseId[];
}): readonly ConcealedFigure[] {
  const { conceal, exercise } = TOUR_STAGING[tour.step];
  if (!tour.active || !conceal || (exercise && tour.solved.includes(exercise))) return NOTHING_CONCEALED;
  return conceal;
}
