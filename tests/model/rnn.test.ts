import { beforeAll, describe, expect, it } from 'vitest';
import { initBackend, liveTensorCount } from '../../src/model/backend';
import { defaultConfig } from '../../src/model/config';
import { forward } from '../../src/model/forward';
import { describeModule, resolveModule } from '../../src/model/inferModule';
import { readModelFile } from '../../src/model/modelFile';
import { cellOfModule, explorerRefusal } from '../../src/model/moduleCell';
import { parameterCount, parameterSpecs } from '../../src/model/parameterShapes';
import { randomWeights, seededRandom, uniformTensor } from '../../src/model/randomWeights';
import { createRecurrentModel } from '../../src/model/recurrentModel';
import { parseForwardRequest } from '../../src/model/request';
import { serializeSafetensors } from '../../src/model/safetensors';
import type { PlainTensor, RecurrentConfig, RnnGates } from '../../src/model/types';
import { fixtureRequest, readFixtureFile } from '../support/fixtures';
import { fixtureBytes, fixtureStateDict, messageOf } from './weightFixtures';

beforeAll(async () => {
  await initBackend();
});

const tensor = (shape: number[], values: number[]): PlainTensor => ({ shape, data: Float32Array.from(values) });
const values = (plain: PlainTensor | undefined) => Array.from(plain?.data ?? []);

describe('a two-unit nn.RNN computed by hand', () => {
  // h' = act(W_ih x + b_ih + W_hh h + b_hh), one block of rows, no gates.
  const weights = {
    weight_ih_l0: tensor([2, 2], [1, 0, 0, 1]),
    weight_hh_l0: tensor([2, 2], [0.5, 0, 0, -1]),
    bias_ih_l0: tensor([2], [0, 0.5]),
    bias_hh_l0: tensor([2], [-1, 0]),
  };
  // Unbatched, L = 2: x_0 = (2, -2), x_1 = (1, 1).
  const input = tensor([2, 2], [2, -2, 1, 1]);
  const run = (config: RecurrentConfig) => forward({ module: 'RNN', config, weights, input });

  it("with nonlinearity='relu' cuts the negative pre-activations to 0", () => {
    // t = 0: pre = (2 − 1, −2 + 0.5) = (1, −1.5), h = (1, 0).
    // t = 1: pre = (1 + 0.5·1 − 1, 1 + 0.5 − 1·0) = (0.5, 1.5), h = (0.5, 1.5).
    const result = run({ ...defaultConfig(2, 2), nonlinearity: 'relu' });
    const steps = result.trace.map((step) => step.gates as RnnGates);
    expect(steps.map((gates) => values(gates.preActivation))).toEqual([
      [1, -1.5],
      [0.5, 1.5],
    ]);
    expect(steps.map((gates) => values(gates.h))).toEqual([
      [1, 0],
      [0.5, 1.5],
    ]);
    expect(values(result.output)).toEqual([1, 0, 0.5, 1.5]);
    expect(result.hN).toEqual(tensor([1, 2], [0.5, 1.5]));
    expect(result.cN).toBeUndefined();
  });

  it('with the default tanh squashes the same sums, each step reading the last h', () => {
    const result = run(defaultConfig(2, 2));
    const h0 = [Math.tanh(1), Math.tanh(-1.5)];
    const h1 = [Math.tanh(1 + 0.5 * h0[0]! - 1), Math.tanh(1 + 0.5 - h0[1]!)];
    const got = values(result.output);
    [...h0, ...h1].forEach((want, index) => expect(got[index]).toBeCloseTo(want, 6));
  });

  it('nn.RNNCell runs one step per batch row, from h0', () => {
    const cell = {
      weight_ih: weights.weight_ih_l0,
      weight_hh: weights.weight_hh_l0,
      bias_ih: weights.bias_ih_l0,
      bias_hh: weights.bias_hh_l0,
    };
    const result = forward({
      module: 'RNNCell',
      config: { ...defaultConfig(2, 2), nonlinearity: 'relu' },
      weights: cell,
      input: tensor([2, 2], [2, -2, 1, 1]),
      h0: tensor([2, 2], [0, 0, 1, 0]),
    });
    // Row 0 from h = 0: (1, 0). Row 1 from h = (1, 0): pre = (1 + 0.5 − 1, 1.5) = (0.5, 1.5).
    expect(result.hN).toEqual(tensor([2, 2], [1, 0, 0.5, 1.5]));
    expect(result.output).toBeUndefined();
  });
});

describe('nn.RNN in requests and inference', () => {
  it('reads config.nonlinearity, and refuses another value or another module', () => {
    const request = fixtureRequest('rnn_relu') as { config: Record<string, unknown> };
    expect(parseForwardRequest(request, readFixtureFile).config.nonlinearity).toBe('relu');
    const withConfig = (config: Record<string, unknown>) => ({ ...request, config: { ...request.config, ...config } });
    expect(messageOf(() => parseForwardRequest(withConfig({ nonlinearity: 'sigmoid' }), readFixtureFile))).toBe(
      'config.nonlinearity must be "tanh" or "relu", got "sigmoid"',
    );
    expect(messageOf(() => parseForwardRequest(withConfig({ nonlinearity: 1 }), readFixtureFile))).toBe(
      'config.nonlinearity must be a string, got 1',
    );
    const lstm = { ...(fixtureRequest('lstm_tiny') as object), config: { nonlinearity: 'tanh' } };
    expect(messageOf(() => parseForwardRequest(lstm, readFixtureFile))).toBe(
      'config.nonlinearity is an argument of RNN and RNNCell only, not of LSTM',
    );
  });

  it('runs an RNN whose weights alone say nothing of relu with tanh, as PyTorch would', () => {
    const { module, config } = resolveModule({}, fixtureStateDict('rnn_relu'));
    expect(module).toBe('RNN');
    expect(config.nonlinearity).toBeUndefined();
    expect(describeModule(module, config)).toBe('nn.RNN(3, 4)');
    expect(describeModule(module, { ...config, nonlinearity: 'relu', numLayers: 2 })).toBe(
      "nn.RNN(3, 4, num_layers=2, nonlinearity='relu')",
    );
    expect(describeModule('RNNCell', { ...defaultConfig(5, 7), bias: false, nonlinearity: 'relu' })).toBe(
      "nn.RNNCell(5, 7, bias=False, nonlinearity='relu')",
    );
  });

  it('names the rows that make the weights an RNN when the request says otherwise', () => {
    expect(messageOf(() => resolveModule({ module: 'GRU' }, fixtureStateDict('rnn_relu')))).toBe(
      'module is "GRU" but the weights are an RNN\'s: weight_ih_l0 has 4 rows, as many as the columns (hidden_size) of weight_hh_l0',
    );
    expect(messageOf(() => resolveModule({ module: 'RNN' }, fixtureStateDict('gru_course')))).toBe(
      'module is "RNN" but the weights are a GRU\'s: weight_ih_l0 has 60 rows, 3 × the 20 columns (hidden_size) of weight_hh_l0',
    );
  });

  it("counts nn.RNN(50, 100, num_layers=2)'s parameters and initialises them within ±1/√hidden_size", () => {
    const config = { ...defaultConfig(50, 100), numLayers: 2 };
    expect(parameterCount('RNN', config)).toBe(100 * 50 + 100 * 100 + 200 + 100 * 100 + 100 * 100 + 200);
    const weights = randomWeights('RNN', config, 7);
    expect(Object.keys(weights)).toEqual(parameterSpecs('RNN', config).map((spec) => spec.name));
    const all = Object.values(weights).flatMap((weight) => Array.from(weight.data));
    expect(Math.max(...all.map(Math.abs))).toBeLessThanOrEqual(0.1);
    expect(Math.max(...all.map(Math.abs))).toBeGreaterThan(0.09);
  });
});

describe('nn.RNN in model files', () => {
  it('reads rnn_tanh_course.safetensors as the nn.RNN(50, 100, num_layers=2) it holds', () => {
    const [rnn] = readModelFile(fixtureBytes('rnn_tanh_course.safetensors'), 'rnn.safetensors').modules;
    expect(rnn && describeModule(rnn.module, rnn.config)).toBe('nn.RNN(50, 100, num_layers=2)');
  });

  it('finds an RNN beside other layers, and the cell explorers refuse it in one sentence', () => {
    const rnn = Object.entries(fixtureStateDict('rnn_relu')).map(([name, value]) => [`rnn.${name}`, value]);
    const dict = { ...Object.fromEntries(rnn), 'head.weight': tensor([1, 4], [1, 2, 3, 4]) };
    const [found] = readModelFile(serializeSafetensors(dict), 'lab.safetensors').modules;
    expect(found).toMatchObject({ prefix: 'rnn.', module: 'RNN' });
    const why = 'nn.RNN(3, 4) is a plain RNN, and the cell explorers show LSTM and GRU cells only';
    expect(explorerRefusal(found!)).toBe(why);
    expect(messageOf(() => cellOfModule(found!))).toBe(why);
  });
});

describe('nn.RNN leaves no tensor behind', () => {
  it('in forward, run, runStates and dispose, batched and bidirectional', () => {
    const config: RecurrentConfig = { ...defaultConfig(3, 4), numLayers: 2, bidirectional: true, nonlinearity: 'relu' };
    const weights = randomWeights('RNN', config, 3);
    const input = uniformTensor([5, 2, 3], 1, seededRandom(4));
    const before = liveTensorCount();
    forward({ module: 'RNN', config, weights, input });
    expect(liveTensorCount()).toBe(before);
    const model = createRecurrentModel('RNN', config, weights);
    const held = liveTensorCount();
    const result = model.run(input);
    const states = model.runStates(input);
    expect(liveTensorCount()).toBe(held);
    // runStates gives run()'s h at every step, and no c.
    expect(states).toHaveLength(result.trace.length);
    states.forEach((state, index) => {
      expect(Array.from(state.h)).toEqual(values((result.trace[index]!.gates as RnnGates).h));
      expect(state.c).toBeUndefined();
    });
    model.dispose();
    expect(liveTensorCount()).toBe(before);
  });
});
