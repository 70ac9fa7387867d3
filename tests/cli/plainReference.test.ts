import { beforeAll, describe, expect, it } from 'vitest';
import { benchCases } from '../../src/cli/bench/cases';
import { percentile } from '../../src/cli/bench/timing';
import { median } from '../../src/model/stepTiming';
import { plainForward } from '../../src/cli/bench/plainReference';
import { initBackend } from '../../src/model/backend';
import { forward } from '../../src/model/forward';
import { withinTolerance } from '../support/fixtures';

beforeAll(async () => {
  await initBackend();
});

describe("the benchmark's plain reference does the model layer's work", () => {
  it.each(benchCases().map((benchCase) => [benchCase.name, benchCase] as const))('%s', (_name, benchCase) => {
    const { request, kind, steps, batch } = benchCase;
    const model = forward(request);
    const plain = plainForward(kind, request.config, request.weights, request.input.data, steps, batch);
    expect(plain.trace).toHaveLength(model.trace.length);
    const gateNames = kind === 'LSTM' ? ['i', 'f', 'g', 'o', 'c', 'h'] : ['r', 'z', 'n', 'h'];
    model.trace.forEach((step, index) => {
      const gates = step.gates as unknown as Record<string, { data: Float32Array }>;
      gateNames.forEach((gate, gateIndex) => {
        const want = gates[gate]!.data;
        const got = plain.trace[index]!.gates[gateIndex]!;
        const bad = want.findIndex((value, unit) => !withinTolerance(got[unit]!, value));
        expect(bad, `step ${index} gate ${gate}`).toBe(-1);
      });
    });
    expect(Array.from(plain.output).every((value, index) => withinTolerance(value, model.output!.data[index]!))).toBe(
      true,
    );
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe('percentile', () => {
  it('takes the nearest rank', () => {
    const samples = Array.from({ length: 100 }, (_, index) => index + 1);
    expect(percentile(samples, 95)).toBe(95);
    expect(percentile(samples, 50)).toBe(50);
    expect(percentile([3, 1, 2], 100)).toBe(3);
  });
});
