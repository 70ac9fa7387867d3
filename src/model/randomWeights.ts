import { parameterSpecs } from './parameterShapes';
import type { PlainTensor, RecurrentConfig, RecurrentModule, StateDict } from './types';

/**
 * A small deterministic generator (mulberry32): the same seed gives the same numbers on every
 * machine, so a preset or a shared link reproduces exactly. Returns values in [0, 1).
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

/** A tensor of `shape` filled with uniform values in [-bound, bound) drawn from `random`. */
export function uniformTensor(shape: number[], bound: number, random: () => number): PlainTensor {
  const data = new Float32Array(shape.reduce((a, b) => a * b, 1));
  for (let index = 0; index < data.length; index++) data[index] = (random() * 2 - 1) * bound;
  return { shape, data };
}

/**
 * Weights for `module` initialised as PyTorch does, every parameter uniform in
 * [-1/√hidden_size, 1/√hidden_size], but from a seeded generator so they are reproducible.
 */
export function randomWeights(module: RecurrentModule, config: RecurrentConfig, seed: number): StateDict {
  const random = seededRandom(seed);
  const bound = 1 / Math.sqrt(config.hiddenSize);
  return Object.fromEntries(
    parameterSpecs(module, config).map((spec) => [spec.name, uniformTensor(spec.shape, bound, random)]),
  );
}
