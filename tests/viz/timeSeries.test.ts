import { describe, expect, it } from 'vitest';
import type { GruGates, LstmGates, PlainTensor, TraceStep } from '../../src/model/types';
import { gateOverTime, largestMagnitude } from '../../src/viz/timeSeries';

const tensor = (values: number[], batch: number): PlainTensor => ({
  shape: [batch, values.length / batch],
  data: Float32Array.from(values),
});

// Batch of 2, hidden size 3: the forget gate of element b, unit u at step t is t + b / 10 + u / 100.
function lstmStep(t: number): TraceStep<LstmGates> {
  const forget = [0, 1].flatMap((b) => [0, 1, 2].map((u) => t + b / 10 + u / 100));
  const zeros = tensor(new Array(6).fill(0), 2);
  return {
    layer: 0,
    direction: 0,
    t,
    gates: { i: zeros, f: tensor(forget, 2), g: zeros, o: zeros, c: zeros, h: zeros },
  };
}

describe('gateOverTime', () => {
  it('lays one batch element out [t][unit]', () => {
    const values = gateOverTime([lstmStep(0), lstmStep(1)], 'f', 1, 3);
    expect(Array.from(values)).toEqual([0.1, 0.11, 0.12, 1.1, 1.11, 1.12].map((value) => Math.fround(value)));
  });

  it('leaves NaN where the trace has nothing: a missing step, another cell’s gate, a batch element out of range', () => {
    const steps = [lstmStep(0), undefined, lstmStep(2)];
    expect(Array.from(gateOverTime(steps, 'f', 0, 3).subarray(3, 6))).toEqual([NaN, NaN, NaN]);
    expect(gateOverTime(steps, 'f', 0, 3)[6]).toBe(2);
    expect(gateOverTime(steps, 'z', 0, 3).every(Number.isNaN)).toBe(true);
    expect(gateOverTime(steps, 'f', 2, 3).every(Number.isNaN)).toBe(true);
  });

  it('reads a GRU’s gates by their letters', () => {
    const h = tensor([0.5, -0.25], 1);
    const step: TraceStep<GruGates> = { layer: 0, direction: 1, t: 0, gates: { r: h, z: h, n: h, h } };
    expect(Array.from(gateOverTime([step], 'h', 0, 2))).toEqual([0.5, -0.25]);
  });
});

describe('largestMagnitude', () => {
  it('finds the largest |value|, skipping NaN', () => {
    expect(largestMagnitude(Float32Array.from([0.5, -2.5, NaN, 1]))).toBe(2.5);
    expect(largestMagnitude([])).toBe(0);
  });
});
