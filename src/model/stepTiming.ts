import { check } from './errors';
import { isCellModule } from './parameterShapes';
import { seededRandom, uniformTensor } from './randomWeights';
import type { RecurrentModel } from './recurrentModel';
import type { PlainTensor, RecurrentConfig } from './types';

/** Longest sequence a timing runs. */
export const MAX_TIMING_STEPS = 4096;

/** How a timing runs: `runs` timed passes of a `steps`-long sequence after `warmupRuns` untimed ones. */
export interface StepTimingOptions {
  /** Sequence length T, 1 … {@link MAX_TIMING_STEPS}. */
  steps: number;
  /** Timed passes, 1 … 101; the median of an odd count is one of the samples. */
  runs: number;
  /** Untimed passes first, 0 … 20: the first runs pay for compiling kernels and filling caches. */
  warmupRuns: number;
}

/** Enough steps that the per-call overhead is a small part, few enough to stay well under a second. */
export const DEFAULT_STEP_TIMING: Readonly<StepTimingOptions> = { steps: 50, runs: 7, warmupRuns: 2 };

/** What a timing measured. */
export interface StepTiming {
  /** Median wall time of one pass divided by its steps, in milliseconds; > 0. */
  msPerStep: number;
  /** Every timed pass's wall time, in milliseconds, in the order run. */
  samplesMs: number[];
  steps: number;
}

/** Median of `samples` (the mean of the middle two for an even count). */
export function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Checks `options` and fills in the defaults. @throws ModelInputError naming the bad option. */
export function stepTimingOptions(options: Partial<StepTimingOptions> = {}): StepTimingOptions {
  const chosen = { ...DEFAULT_STEP_TIMING, ...options };
  const whole = (name: keyof StepTimingOptions, min: number, max: number) =>
    check(
      Number.isInteger(chosen[name]) && chosen[name] >= min && chosen[name] <= max,
      () => `${name} must be a whole number from ${min} to ${max}, got ${String(chosen[name])}`,
    );
  whole('steps', 1, MAX_TIMING_STEPS);
  whole('runs', 1, 101);
  whole('warmupRuns', 0, 20);
  return chosen;
}

/**
 * The sequence a timing runs through a module built with `config`: one batch of `steps` seeded
 * inputs in [−1, 1), `(steps, 1, input_size)` or `(1, steps, input_size)` with batch_first. The
 * same every time, so two modules of the same sizes time the same work.
 */
export function timingInput(config: RecurrentConfig, steps: number): PlainTensor {
  const shape = config.batchFirst ? [1, steps, config.inputSize] : [steps, 1, config.inputSize];
  return uniformTensor(shape, 1, seededRandom(steps));
}

/**
 * Wall time of one forward pass of `model` over `input`, in milliseconds, as the app runs it:
 * every gate of every step is read back out. Leaves the tfjs tensor count unchanged.
 * @throws ModelInputError if `model` is a cell or was disposed, or `input` does not fit it.
 */
export function timeForwardPass(model: RecurrentModel, input: PlainTensor): number {
  check(!isCellModule(model.module), () => `time a sequence module (LSTM, GRU or RNN), not ${model.module}`);
  const start = performance.now();
  model.run(input);
  return performance.now() - start;
}

/** Milliseconds per step from passes of `steps` steps: their median over `steps`. */
export function msPerStep(samplesMs: readonly number[], steps: number): number {
  check(samplesMs.length > 0 && steps > 0, 'a timing needs at least one pass of at least one step');
  return median(samplesMs) / steps;
}

/**
 * Time per step of `model`, measured here: after `warmupRuns` untimed passes, the median of
 * `runs` passes (`performance.now`) over a `steps`-long sequence ({@link timingInput}), divided by
 * `steps`. Blocks until done; to keep a page responsive, call {@link timeForwardPass} between
 * yields instead. Leaves the tfjs tensor count unchanged.
 * @throws ModelInputError for bad options, a cell module or a disposed model.
 */
export function measureStepTime(model: RecurrentModel, options: Partial<StepTimingOptions> = {}): StepTiming {
  const { steps, runs, warmupRuns } = stepTimingOptions(options);
  const input = timingInput(model.config, steps);
  for (let run = 0; run < warmupRuns; run++) timeForwardPass(model, input);
  const samplesMs = Array.from({ length: runs }, () => timeForwardPass(model, input));
  return { msPerStep: msPerStep(samplesMs, steps), samplesMs, steps };
}
