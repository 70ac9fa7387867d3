import { seededRandom } from '../randomWeights';
import type { PlainTensor } from '../types';
import { LAB_INPUT_SIZE } from './labShapes';

/**
 * The training lab's task, "recall the first value": a sequence of ±1 values whose first step is
 * marked; at the last step, say the marked value. Every other value is a random distractor, so
 * the answer must be carried the whole length of the sequence: the longer the sequence, the
 * longer the memory it takes.
 */

/** Shortest and longest sequence the lab offers. */
export const RECALL_MIN_LENGTH = 5;
export const RECALL_MAX_LENGTH = 100;

/** A batch of the task, time-major as `nn.RNN/LSTM/GRU(2, H)` (batch_first=False) reads it. */
export interface RecallBatch {
  /**
   * `(L, B, 2)`: feature 0 the value, −1 or +1; feature 1 the mark, 1 at t = 0 and 0 elsewhere.
   * Step 0 carries the bit to remember, steps 1 … L−1 random distractors.
   */
  input: PlainTensor;
  /** `(B)`: the target of `BCEWithLogitsLoss`, (bit + 1) / 2, so 0 or 1. */
  target: Float32Array;
  /** `(B)`: the bit to remember, −1 or +1. */
  bits: Float32Array;
}

/**
 * `batchSize` sequences of `length` steps drawn from a generator seeded with `seed` (mulberry32):
 * the same arguments give the same batch on every machine. Each sequence draws its bit, then its
 * distractors in time order; each value is −1 or +1 with probability ½.
 */
export function recallBatch(length: number, batchSize: number, seed: number): RecallBatch {
  const random = seededRandom(seed);
  const features = LAB_INPUT_SIZE;
  const data = new Float32Array(length * batchSize * features);
  const target = new Float32Array(batchSize);
  const bits = new Float32Array(batchSize);
  for (let b = 0; b < batchSize; b++) {
    for (let t = 0; t < length; t++) {
      const at = (t * batchSize + b) * features;
      data[at] = random() < 0.5 ? -1 : 1;
      data[at + 1] = t === 0 ? 1 : 0;
    }
    bits[b] = data[b * features]!;
    target[b] = (bits[b]! + 1) / 2;
  }
  return { input: { shape: [length, batchSize, features], data }, target, bits };
}

/** Mixes `seed` with a stream number and an index into one 32-bit seed (a murmur-style finaliser). */
function mixSeed(seed: number, stream: number, index: number): number {
  let mixed = Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul(stream + 1, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35);
  mixed = Math.imul(mixed ^ (mixed >>> 16), 0x7feb352d);
  mixed = Math.imul(mixed ^ (mixed >>> 15), 0x846ca68b);
  return (mixed ^ (mixed >>> 16)) >>> 0;
}

/** Seed of training batch `step` of a run seeded with `seed`: a new batch every step. */
export const recallTrainingSeed = (seed: number, step: number): number => mixSeed(seed, 0, step);

/** Seed of the run's held-out batch, from a stream the training batches never draw. */
export const recallHeldOutSeed = (seed: number): number => mixSeed(seed, 1, 0);

/** Seed of the initial weights of the run's `kind` network (index 0 RNN, 1 LSTM, 2 GRU). */
export const labWeightSeed = (seed: number, kindIndex: number): number => mixSeed(seed, 2, kindIndex);
