import type { TourChapter } from './tourTypes';

/** Every exercise of the tour. Each belongs to exactly one step (see the store's tour script). */
export const EXERCISE_IDS = [
  'sigmoidRange',
  'whichGateForgets',
  'makeItForget',
  'holdMemory',
  'gruParameters',
  'lstmWeightShapes',
  'lstmOutputShapes',
  'gruOutputShapes',
  'gruWeightShapes',
] as const;

/** One exercise of the tour. */
export type ExerciseId = (typeof EXERCISE_IDS)[number];

/** The tour's chapters, each with its steps in the order a student meets them. */
export const tourChapters = [
  {
    id: 'idea',
    title: { en: 'What an LSTM is', zh: 'LSTM 是什么' },
    steps: ['welcome', 'origin', 'fourLayers', 'weightsLive', 'threeGates'],
  },
  {
    id: 'time',
    title: { en: 'Inputs, outputs and time', zh: '输入、输出与时间' },
    steps: ['threeInputs', 'timeSteps', 'longShortMemory'],
  },
  {
    id: 'selectors',
    title: { en: 'Gates as selectors', zh: '门：信息选择器' },
    steps: [
      'sigmoid',
      'elementWise',
      'concatenation',
      'forgetGate',
      'inputGate',
      'cellUpdate',
      'outputGate',
      'whichGate',
      'makeItForget',
      'holdMemory',
    ],
  },
  {
    id: 'gru',
    title: { en: 'The GRU', zh: '门控循环单元 GRU' },
    steps: ['gruCell', 'gruGates', 'vanishingGradient', 'gruVsLstm'],
  },
  {
    id: 'pytorch',
    title: { en: 'LSTM and GRU in PyTorch', zh: 'PyTorch 中的 LSTM 与 GRU' },
    steps: [
      'cellVsLayer',
      'constructor',
      'parameterShapes',
      'inputShape',
      'outputShapes',
      'initialStates',
      'gruInPytorch',
      'gruShapes',
    ],
  },
  {
    id: 'wrapUp',
    title: { en: 'What you can now do', zh: '学完之后' },
    steps: ['finish'],
  },
] as const satisfies readonly TourChapter<string>[];

/** One step of the guided tour. */
export type TourStepId = (typeof tourChapters)[number]['steps'][number];

/** Every step of the tour, chapter after chapter. */
export const TOUR_STEP_IDS: readonly TourStepId[] = tourChapters.flatMap((chapter) => chapter.steps);
