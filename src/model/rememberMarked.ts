import { seededRandom } from './randomWeights';
import type { PlainTensor } from './types';

/**
 * The "remember the marked value" task of the shipped trained example
 * (public/models/remember-marked.safetensors): a sequence of random values, one of them marked;
 * at the last step, say the marked value. The training script (src/cli/trainExample.ts) and the
 * tests that check the trained model draw their sequences here, from different seeds.
 */

/** Steps in one sequence. */
export const REMEMBER_MARKED_STEPS = 20;

/** The mark falls on a step in [0, this): the value then has to be carried at least 10 steps. */
export const REMEMBER_MARKED_LAST_MARK = 10;

/** Features per step: the value, then the mark (1 at the marked step, 0 elsewhere). */
export const REMEMBER_MARKED_FEATURES = 2;

/** A batch of the task's sequences, time-major as `nn.LSTM(2, H)` (batch_first=False) reads them. */
export interface RememberMarkedBatch {
  /** `(L, B, 2)`: feature 0 the value, uniform in [-1, 1); feature 1 the mark, 0 or 1. */
  input: PlainTensor;
  /** `(B)`: the value at each sequence's marked step, what the model should output at the end. */
  target: Float32Array;
  /** `(B)`: the marked step of each sequence, in [0, {@link REMEMBER_MARKED_LAST_MARK}). */
  markedAt: number[];
}

/**
 * `count` sequences of the task, drawn from a generator seeded with `seed` (mulberry32), so the
 * same seed gives the same sequences on every machine.
 */
export function rememberMarkedBatch(count: number, seed: number): RememberMarkedBatch {
  const random = seededRandom(seed);
  const steps = REMEMBER_MARKED_STEPS;
  const features = REMEMBER_MARKED_FEATURES;
  const data = new Float32Array(steps * count * features);
  const target = new Float32Array(count);
  const markedAt: number[] = [];
  for (let b = 0; b < count; b++) {
    const marked = Math.floor(random() * REMEMBER_MARKED_LAST_MARK);
    markedAt.push(marked);
    for (let t = 0; t < steps; t++) {
      const at = (t * count + b) * features;
      data[at] = random() * 2 - 1;
      data[at + 1] = t === marked ? 1 : 0;
    }
    target[b] = data[(marked * count + b) * features]!;
  }
  return { input: { shape: [steps, count, features], data }, target, markedAt };
}
