import { describe, expect, it } from 'vitest';
import { recallBatch, recallHeldOutSeed, recallTrainingSeed } from '../../../src/model/lab/recallTask';

describe('recallBatch', () => {
  const batch = recallBatch(7, 50, 3);
  const at = (t: number, b: number, feature: number) => batch.input.data[(t * 50 + b) * 2 + feature]!;

  it('is time-major (L, B, 2): ±1 values, the mark at t = 0 only, target (bit + 1) / 2', () => {
    expect(batch.input.shape).toEqual([7, 50, 2]);
    for (let b = 0; b < 50; b++) {
      for (let t = 0; t < 7; t++) {
        expect(Math.abs(at(t, b, 0))).toBe(1);
        expect(at(t, b, 1)).toBe(t === 0 ? 1 : 0);
      }
      expect(batch.bits[b]).toBe(at(0, b, 0));
      expect(batch.target[b]).toBe((batch.bits[b]! + 1) / 2);
    }
  });

  it('draws both bits and distractors of both signs', () => {
    const ones = batch.bits.filter((bit) => bit === 1).length;
    expect(ones).toBeGreaterThan(10);
    expect(ones).toBeLessThan(40);
    const later = Array.from({ length: 50 }, (_, b) => at(3, b, 0));
    expect(new Set(later)).toEqual(new Set([-1, 1]));
  });

  it('gives the same batch for the same seed and another for another seed', () => {
    expect(recallBatch(7, 50, 3)).toEqual(batch);
    expect(recallBatch(7, 50, 4).input.data).not.toEqual(batch.input.data);
  });

  it('never draws a training batch from the held-out seed', () => {
    const training = new Set(Array.from({ length: 10_000 }, (_, step) => recallTrainingSeed(1, step)));
    expect(training.size).toBe(10_000);
    expect(training.has(recallHeldOutSeed(1))).toBe(false);
  });
});
