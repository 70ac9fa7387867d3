import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initBackend, liveTensorCount } from '../../src/model/backend';
import { defaultConfig } from '../../src/model/config';
import { ModelInputError } from '../../src/model/errors';
import { forward } from '../../src/model/forward';
import { releaseCachedModel } from '../../src/model/modelCache';
import { pulseMemory } from '../../src/model/pulseMemory';
import { randomWeights } from '../../src/model/randomWeights';
import { createRecurrentModel } from '../../src/model/recurrentModel';
import type { CellKind, LstmGates, StateDict, TraceStep } from '../../src/model/types';

beforeAll(async () => {
  await initBackend();
});
afterAll(() => releaseCachedModel());

const config = defaultConfig(3, 4);
const pulse = Float32Array.from([1, -0.5, 0.8]);

/** `weights` with `shift` added to every unit's b_ih of packed gate `gate` (LSTM f and GRU z are both 1). */
function withBiasShift(weights: StateDict, gate: number, shift: number): StateDict {
  const bias = Float32Array.from(weights.bias_ih_l0!.data);
  const hidden = config.hiddenSize;
  for (let unit = 0; unit < hidden; unit++) bias[gate * hidden + unit]! += shift;
  return { ...weights, bias_ih_l0: { shape: [bias.length], data: bias } };
}

/** One unbatched sequence of `steps` inputs: `first` at t = 0, zeros after. */
function sequence(first: Float32Array, steps: number) {
  const data = new Float32Array(steps * config.inputSize);
  data.set(first);
  return { shape: [steps, config.inputSize], data };
}

const norm = (values: number[]) => Math.sqrt(values.reduce((sum, value) => sum + value * value, 0));

describe('pulseMemory', () => {
  for (const kind of ['LSTM', 'GRU'] as const) {
    it(`${kind}: starts at exactly 1 and matches two separate forward() runs by hand`, () => {
      const weights = randomWeights(kind, config, 7);
      const steps = 30;
      const memory = pulseMemory(kind, config, weights, pulse, steps);
      expect(memory.hidden).toHaveLength(steps);
      expect(memory.hidden[0]).toBe(1);
      // The same two sequences, each on its own and unbatched.
      const withPulse = forward({ module: kind, config, weights, input: sequence(pulse, steps) }).trace;
      const withZeros = forward({ module: kind, config, weights, input: sequence(new Float32Array(3), steps) }).trace;
      const gap = (state: 'h' | 'c', t: number) => {
        const read = (trace: TraceStep[]) => Array.from((trace[t]!.gates as LstmGates)[state].data);
        const zeros = read(withZeros);
        return norm(read(withPulse).map((value, unit) => value - zeros[unit]!));
      };
      for (const t of [1, 5, 29]) {
        expect(memory.hidden[t]).toBeCloseTo(gap('h', t) / gap('h', 0), 5);
        if (kind === 'LSTM') expect(memory.cell![t]).toBeCloseTo(gap('c', t) / gap('c', 0), 5);
      }
      if (kind === 'GRU') expect(memory.cell).toBeUndefined();
      else expect(memory.cell![0]).toBe(1);
    });
  }

  it('LSTM: a large forget bias keeps C’s footprint near 1 for 50 steps; a negative one wipes it out', () => {
    const weights = randomWeights('LSTM', config, 3);
    const kept = pulseMemory('LSTM', config, withBiasShift(weights, 1, 6), pulse, 51).cell!;
    const wiped = pulseMemory('LSTM', config, withBiasShift(weights, 1, -6), pulse, 51).cell!;
    expect(kept[50]).toBeGreaterThan(0.8);
    expect(kept[50]).toBeLessThan(1.2);
    expect(wiped[50]).toBeLessThan(1e-6);
    expect(wiped[5]).toBeLessThan(0.01);
  });

  it('GRU: a large update bias keeps h’s footprint near 1; a negative one wipes it out', () => {
    const weights = randomWeights('GRU', config, 3);
    const kept = pulseMemory('GRU', config, withBiasShift(weights, 1, 6), pulse, 51).hidden;
    const wiped = pulseMemory('GRU', config, withBiasShift(weights, 1, -6), pulse, 51).hidden;
    expect(kept[50]).toBeGreaterThan(0.8);
    expect(kept[50]).toBeLessThan(1.2);
    expect(wiped[50]).toBeLessThan(1e-3);
  });

  it('leaves the tfjs tensor count unchanged, through a model given or the cache', () => {
    const weights = randomWeights('GRU', config, 1);
    const model = createRecurrentModel('GRU', config, weights);
    const before = liveTensorCount();
    pulseMemory('GRU', config, weights, pulse, 20, model);
    expect(liveTensorCount()).toBe(before);
    model.dispose();
    const lstmWeights = randomWeights('LSTM', config, 1);
    pulseMemory('LSTM', config, lstmWeights, pulse, 5);
    const cached = liveTensorCount();
    pulseMemory('LSTM', config, lstmWeights, pulse, 60);
    expect(liveTensorCount()).toBe(cached);
  });

  it('refuses a zero, wrong-sized or non-finite pulse, bad step counts and a mismatched model', () => {
    const weights = randomWeights('LSTM', config, 1);
    const refused = (run: () => unknown) => expect(run).toThrow(ModelInputError);
    refused(() => pulseMemory('LSTM', config, weights, new Float32Array(3), 10));
    refused(() => pulseMemory('LSTM', config, weights, Float32Array.from([1, 2]), 10));
    refused(() => pulseMemory('LSTM', config, weights, Float32Array.from([1, NaN, 0]), 10));
    for (const steps of [0, 2.5, -3, 5000, NaN]) refused(() => pulseMemory('LSTM', config, weights, pulse, steps));
    refused(() => pulseMemory('RNN' as CellKind, config, weights, pulse, 10));
    refused(() => pulseMemory('GRU', config, weights, pulse, 10));
    const gru = createRecurrentModel('GRU', config, randomWeights('GRU', config, 1));
    refused(() => pulseMemory('LSTM', config, weights, pulse, 10, gru));
    gru.dispose();
  });
});
