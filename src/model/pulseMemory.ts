import { check } from './errors';
import { checkFinite } from './finite';
import { cachedRecurrentModel } from './modelCache';
import type { RecurrentModel, StateStep } from './recurrentModel';
import type { CellKind, PlainTensor, RecurrentConfig, StateDict } from './types';

/** Most steps a pulse is followed for: far past any plot, small enough to stay interactive. */
export const MAX_PULSE_STEPS = 4096;

/**
 * How much of a pulse survives, step by step, each `steps` long with index t = time step; both
 * start at exactly 1 and are ≥ 0. They may rise above 1 where the state moves further apart than
 * the pulse first pushed it.
 */
export interface PulseMemory {
  /** The footprint in h (the top layer's, forward direction). */
  hidden: Float32Array;
  /** The footprint in C (LSTM only). */
  cell?: Float32Array;
}

/** ‖row 0 − row 1‖₂ of a `(2, size)` batch: how far the pulse's run sits from the zero run. */
function distance(batch: Float32Array): number {
  const size = batch.length / 2;
  let sum = 0;
  for (let index = 0; index < size; index++) sum += (batch[index]! - batch[size + index]!) ** 2;
  return Math.sqrt(sum);
}

/** `distances` divided by their first entry, which must be positive. */
function footprint(distances: Float32Array, state: string): Float32Array {
  const start = distances[0]!;
  check(start > 0, `the pulse leaves ${state} unchanged at t = 0, so there is no footprint to follow`);
  return distances.map((value) => value / start);
}

/**
 * The footprint a pulse leaves in an `nn.LSTM` or `nn.GRU` (`kind`, built with `config` and
 * `weights`, PyTorch's names such as `weight_ih_l0`): how much of an input seen once survives.
 *
 * Two sequences of `steps` inputs run in one batch of 2: `[pulse, 0, 0, …]` and all zeros, both
 * from zero states. Even the all-zero sequence moves the state (through the biases), so the
 * pulse's footprint is the distance between the two runs, relative to where it started:
 *
 *   footprint_t = ‖s_t(pulse) − s_t(zeros)‖₂ / ‖s_0(pulse) − s_0(zeros)‖₂,  t = 0 … steps − 1
 *
 * for s = h (the top layer's forward direction) and, for an LSTM, s = C. So t = 0 is 1, a curve
 * that stays near 1 means the cell still carries what it saw at t = 0, and one that falls to 0
 * means it has forgotten it.
 *
 * Runs through `model` when given (it must be a `kind` built with these weights), else through
 * {@link cachedRecurrentModel}. Leaves the tfjs tensor count unchanged apart from the cache's
 * one model per module.
 * @param pulse x_0, `(input_size)`, finite and not all zero.
 * @param steps Sequence length, 1 … {@link MAX_PULSE_STEPS}.
 * @throws ModelInputError for another kind, a wrong or zero pulse, a bad step count, or weights
 *   the model layer refuses.
 */
export function pulseMemory(
  kind: CellKind,
  config: RecurrentConfig,
  weights: StateDict,
  pulse: Float32Array,
  steps: number,
  model?: RecurrentModel,
): PulseMemory {
  check(kind === 'LSTM' || kind === 'GRU', () => `kind must be LSTM or GRU, got ${JSON.stringify(kind)}`);
  check(
    Number.isInteger(steps) && steps >= 1 && steps <= MAX_PULSE_STEPS,
    () => `steps must be a whole number from 1 to ${MAX_PULSE_STEPS}, got ${String(steps)}`,
  );
  check(
    pulse instanceof Float32Array && pulse.length === config.inputSize,
    () => `the pulse must hold input_size (${config.inputSize}) numbers`,
  );
  checkFinite('the pulse', { shape: [pulse.length], data: pulse });
  check(
    pulse.some((value) => value !== 0),
    'the pulse is all zeros, so it cannot leave a footprint',
  );
  const runner = model ?? cachedRecurrentModel(kind, config, weights);
  check(runner.module === kind, () => `the model given is an ${runner.module}, not an ${kind}`);

  // Batch 0 is the pulse, batch 1 all zeros. The pulse is x_0 of batch 0, the first `input_size`
  // values whether the layout is (L, B, input) or batch_first (B, L, input).
  const data = new Float32Array(steps * 2 * config.inputSize);
  data.set(pulse, 0);
  const shape = config.batchFirst ? [2, steps, config.inputSize] : [steps, 2, config.inputSize];
  const input: PlainTensor = { shape, data };
  // Only the states are followed, so only they are read back (runStates, not run's every gate).
  const top = runner
    .runStates(input)
    .filter((step) => step.layer === config.numLayers - 1 && step.direction === 0)
    .sort((a, b) => a.t - b.t);

  const distances = (read: (step: StateStep) => Float32Array) => Float32Array.from(top, (step) => distance(read(step)));
  const hidden = footprint(
    distances((step) => step.h),
    'h',
  );
  if (kind === 'GRU') return { hidden };
  // An LSTM's run carries C at every step.
  const cell = footprint(
    distances((step) => step.c!),
    'C',
  );
  return { hidden, cell };
}
