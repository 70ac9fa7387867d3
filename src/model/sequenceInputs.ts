import { seededRandom } from './randomWeights';

/** The ready-made input sequences a student can start from. */
export const SEQUENCE_INPUT_PRESETS = ['pulse', 'sine', 'word', 'random'] as const;

/** One of {@link SEQUENCE_INPUT_PRESETS}. */
export type SequenceInputPreset = (typeof SEQUENCE_INPUT_PRESETS)[number];

/** The word each batch element spells in the `word` preset (batch b spells `WORDS[b % 4]`). */
export const SEQUENCE_WORDS = ['hello', 'gates', 'learn', 'cells'] as const;

/** Height of the `pulse` preset's one non-zero step, on every feature. */
export const PULSE_HEIGHT = 3;

/** Steps in one period of the `sine` preset. */
export const SINE_PERIOD = 12;

/** Largest magnitude of any input the presets produce (the explorers' x range). */
export const INPUT_LIMIT = 3;

/** Sizes of a time-major input `(steps, batch, inputSize)`. */
export interface SequenceShape {
  steps: number;
  batch: number;
  inputSize: number;
}

/**
 * The letters the `word` preset encodes, in order of first appearance over the batch's words:
 * letter k is one-hot on feature `k % inputSize` (letters share a feature when there are more
 * letters than features, and the view says so).
 */
export function wordAlphabet(batch: number): string[] {
  const letters: string[] = [];
  for (let b = 0; b < batch; b++) {
    for (const letter of SEQUENCE_WORDS[b % SEQUENCE_WORDS.length]!)
      if (!letters.includes(letter)) letters.push(letter);
  }
  return letters;
}

/** A standard normal sample (Box–Muller) from `random`, as torch.randn draws them. */
function normal(random: () => number): number {
  const u = 1 - random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/**
 * The input a preset gives, time-major `(steps, batch, inputSize)` as plain row-major data:
 * - `pulse`: batch element b sees {@link PULSE_HEIGHT} on every feature at t = b (the last step
 *   at most), zeros everywhere else: one event to remember;
 * - `sine`: sin(2π t / {@link SINE_PERIOD} + phase), the phase shifting with feature and batch;
 * - `word`: batch element b spells {@link SEQUENCE_WORDS}[b] one-hot, a letter a step, then zeros;
 * - `random`: torch.randn-like values from `seed`, clipped to ±{@link INPUT_LIMIT}.
 */
export function presetSequence(preset: SequenceInputPreset, shape: SequenceShape, seed: number): Float32Array {
  const { steps, batch, inputSize } = shape;
  const data = new Float32Array(steps * batch * inputSize);
  const at = (t: number, b: number, feature: number) => (t * batch + b) * inputSize + feature;
  if (preset === 'pulse') {
    for (let b = 0; b < batch; b++)
      data.fill(PULSE_HEIGHT, at(Math.min(b, steps - 1), b, 0), at(Math.min(b, steps - 1), b, inputSize));
  } else if (preset === 'sine') {
    for (let t = 0; t < steps; t++)
      for (let b = 0; b < batch; b++)
        for (let f = 0; f < inputSize; f++)
          data[at(t, b, f)] = Math.sin(
            (2 * Math.PI * t) / SINE_PERIOD + (2 * Math.PI * f) / inputSize + (Math.PI * b) / 3,
          );
  } else if (preset === 'word') {
    const alphabet = wordAlphabet(batch);
    for (let b = 0; b < batch; b++) {
      const word = SEQUENCE_WORDS[b % SEQUENCE_WORDS.length]!;
      for (let t = 0; t < Math.min(steps, word.length); t++) data[at(t, b, alphabet.indexOf(word[t]!) % inputSize)] = 1;
    }
  } else {
    const random = seededRandom(seed);
    for (let index = 0; index < data.length; index++)
      data[index] = Math.max(-INPUT_LIMIT, Math.min(INPUT_LIMIT, normal(random)));
  }
  return data;
}

/**
 * An initial state like the course's `torch.randn(num_layers, batch, hidden)` from `seed`, scaled
 * by `scale` and clipped to ±`limit` (an LSTM's h never leaves (−1, 1), so a realistic h0 does not either).
 */
export function randomState(size: number, seed: number, scale: number, limit: number): Float32Array {
  const random = seededRandom(seed);
  return Float32Array.from({ length: size }, () => Math.max(-limit, Math.min(limit, normal(random) * scale)));
}
