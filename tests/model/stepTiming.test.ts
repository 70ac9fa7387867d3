import { beforeAll, describe, expect, it } from 'vitest';
import { initBackend, liveTensorCount } from '../../src/model/backend';
import { defaultConfig } from '../../src/model/config';
import { ModelInputError } from '../../src/model/errors';
import { randomWeights } from '../../src/model/randomWeights';
import { createRecurrentModel } from '../../src/model/recurrentModel';
import { measureStepTime, median, msPerStep, timeForwardPass, timingInput } from '../../src/model/stepTiming';

beforeAll(async () => {
  await initBackend();
});

describe('stepTiming', () => {
  it('takes the median of the passes over the step count', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(msPerStep([30, 10, 20], 10)).toBe(2);
    expect(() => msPerStep([], 10)).toThrow(ModelInputError);
  });

  it('builds the same seeded input in either layout', () => {
    const config = defaultConfig(3, 4);
    const input = timingInput(config, 5);
    expect(input.shape).toEqual([5, 1, 3]);
    expect(timingInput({ ...config, batchFirst: true }, 5)).toEqual({ shape: [1, 5, 3], data: input.data });
    input.data.forEach((value) => expect(Math.abs(value)).toBeLessThanOrEqual(1));
  });

  it('measures a positive time per step for an LSTM and a GRU, leaving no tensor behind', () => {
    const config = defaultConfig(10, 20);
    for (const module of ['LSTM', 'GRU'] as const) {
      const model = createRecurrentModel(module, config, randomWeights(module, config, 1));
      const before = liveTensorCount();
      const timing = measureStepTime(model, { steps: 20, runs: 3, warmupRuns: 1 });
      expect(liveTensorCount()).toBe(before);
      expect(timing.samplesMs).toHaveLength(3);
      expect(timing.steps).toBe(20);
      expect(timing.msPerStep).toBeGreaterThan(0);
      expect(timing.msPerStep).toBe(median(timing.samplesMs) / 20);
      model.dispose();
    }
  });

  it('refuses bad options, a cell module and a disposed model', () => {
    const config = defaultConfig(3, 4);
    const model = createRecurrentModel('LSTM', config, randomWeights('LSTM', config, 1));
    for (const options of [{ steps: 0 }, { runs: 0 }, { runs: 2.5 }, { warmupRuns: -1 }, { steps: 1e6 }]) {
      expect(() => measureStepTime(model, options)).toThrow(ModelInputError);
    }
    model.dispose();
    expect(() => measureStepTime(model, { runs: 1 })).toThrow(ModelInputError);
    const cell = createRecurrentModel('LSTMCell', config, randomWeights('LSTMCell', config, 1));
    expect(() => timeForwardPass(cell, { shape: [3], data: new Float32Array(3) })).toThrow(ModelInputError);
    cell.dispose();
  });
});
