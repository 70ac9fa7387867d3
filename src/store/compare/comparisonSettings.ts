import { type CellKind, defaultConfig, type RecurrentConfig } from '../../model';
import { clampTo, EXPLORER_LIMITS, GRU_COURSE_SIZES, LSTM_COURSE_SIZES } from '../explorerLimits';

// The LSTM-vs-GRU view's settings: what a link carries, their ranges, and how a link's are checked.

/**
 * Everything that defines what the LSTM-vs-GRU view shows: plain, serializable data, so a link
 * restores it exactly. Both models always share the sizes and the seed.
 */
export interface ComparisonSettings {
  /** input_size of both models: one of {@link COMPARISON_SIZES}. */
  inputSize: number;
  /** hidden_size of both models. */
  hiddenSize: number;
  /** Seed of both models' PyTorch-style random weights, 0 … 2³¹ − 1. */
  seed: number;
  /** The pulse: every component of x₀, 0.1 … 3; every later input is 0. */
  pulse: number;
  /** The last time step plotted, 50 … 200: the sequence is the pulse and then `steps` zeros. */
  steps: number;
  /** Added to every unit's b_ih of the LSTM's forget gate, −6 … 6. */
  forgetBiasShift: number;
  /** Added to every unit's b_ih of the GRU's update gate, −6 … 6. */
  updateBiasShift: number;
}

/** The ranges the view's controls and links are held to. */
export const COMPARISON_LIMITS = {
  steps: { min: 50, max: 200 },
  pulse: { min: 0.1, max: 3 },
  biasShift: EXPLORER_LIMITS.biasShift,
  seed: { min: 0, max: 2 ** 31 - 1 },
} as const;

/** The sizes to compare at: the teaching size 3 → 4, the course's nn.GRU(10, 20) and nn.LSTM(50, 100). */
export const COMPARISON_SIZES: readonly { readonly inputSize: number; readonly hiddenSize: number }[] = [
  { inputSize: 3, hiddenSize: 4 },
  GRU_COURSE_SIZES,
  LSTM_COURSE_SIZES,
];

/** The course's two models as its notes build them: nn.LSTM(50, 100, num_layers=2) and nn.GRU(10, 20). */
export const COURSE_MODELS: readonly { readonly module: CellKind; readonly config: RecurrentConfig }[] = [
  {
    module: 'LSTM',
    config: { ...defaultConfig(LSTM_COURSE_SIZES.inputSize, LSTM_COURSE_SIZES.hiddenSize), numLayers: 2 },
  },
  { module: 'GRU', config: defaultConfig(GRU_COURSE_SIZES.inputSize, GRU_COURSE_SIZES.hiddenSize) },
];

/** Where the view starts: the course's GRU sizes, PyTorch's initialisation, no bias shifts. */
export const DEFAULT_COMPARISON_SETTINGS: Readonly<ComparisonSettings> = {
  inputSize: GRU_COURSE_SIZES.inputSize,
  hiddenSize: GRU_COURSE_SIZES.hiddenSize,
  seed: 1,
  pulse: 1,
  steps: 60,
  forgetBiasShift: 0,
  updateBiasShift: 0,
};

/** True for one of {@link COMPARISON_SIZES}. */
export function isComparisonSize(inputSize: unknown, hiddenSize: unknown): boolean {
  return COMPARISON_SIZES.some((size) => size.inputSize === inputSize && size.hiddenSize === hiddenSize);
}

/** `value` when it is a whole number in `range`, else undefined. */
export const wholeIn = (value: unknown, range: { min: number; max: number }) =>
  Number.isInteger(value) && (value as number) >= range.min && (value as number) <= range.max
    ? (value as number)
    : undefined;

/**
 * The valid parts of `given` laid over `current`: sizes must be one of the three, numbers are
 * clamped (steps also rounded), anything else is dropped. For links, which may be old,
 * hand-edited or hostile.
 */
export function sanitizeComparisonSettings(
  given: Partial<ComparisonSettings>,
  current: ComparisonSettings,
): ComparisonSettings {
  const sizes = isComparisonSize(given.inputSize, given.hiddenSize);
  const steps = clampTo(given.steps, COMPARISON_LIMITS.steps);
  return {
    inputSize: sizes ? given.inputSize! : current.inputSize,
    hiddenSize: sizes ? given.hiddenSize! : current.hiddenSize,
    seed: wholeIn(given.seed, COMPARISON_LIMITS.seed) ?? current.seed,
    pulse: clampTo(given.pulse, COMPARISON_LIMITS.pulse) ?? current.pulse,
    steps: steps === undefined ? current.steps : Math.round(steps),
    forgetBiasShift: clampTo(given.forgetBiasShift, COMPARISON_LIMITS.biasShift) ?? current.forgetBiasShift,
    updateBiasShift: clampTo(given.updateBiasShift, COMPARISON_LIMITS.biasShift) ?? current.updateBiasShift,
  };
}
