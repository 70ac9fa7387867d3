import { beforeAll, describe, expect, it } from 'vitest';
import { initBackend, liveTensorCount } from '../../src/model/backend';
import { defaultConfig } from '../../src/model/config';
import { forward, type ForwardRequest } from '../../src/model/forward';
import { createRecurrentModel } from '../../src/model/recurrentModel';
import { randomWeights, seededRandom, uniformTensor } from '../../src/model/randomWeights';
import type { GruGates, LstmGates, PlainTensor } from '../../src/model/types';

beforeAll(async () => {
  await initBackend();
});

const tensor = (shape: number[], values: number[]): PlainTensor => ({ shape, data: Float32Array.from(values) });
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

function lstmRequest(overrides: Partial<ForwardRequest> = {}): ForwardRequest {
  const config = defaultConfig(3, 4);
  return {
    module: 'LSTM',
    config,
    weights: randomWeights('LSTM', config, 1),
    input: uniformTensor([5, 2, 3], 2, seededRandom(3)),
    ...overrides,
  };
}

describe('a one-unit LSTM cell computed by hand', () => {
  // weight rows are the gates i, f, g, o; one input, one hidden unit.
  const weights = {
    weight_ih: tensor([4, 1], [0.5, -1, 2, 0.25]),
    weight_hh: tensor([4, 1], [0.1, 0.2, -0.3, 0.4]),
    bias_ih: tensor([4], [0, 1, 0, -1]),
    bias_hh: tensor([4], [0.5, 0, 0, 0]),
  };
  it('gives the gates, c and h of the textbook equations', () => {
    const x = 2;
    const h = 0.5;
    const c = -1;
    const result = forward({
      module: 'LSTMCell',
      config: defaultConfig(1, 1),
      weights,
      input: tensor([1], [x]),
      h0: tensor([1], [h]),
      c0: tensor([1], [c]),
    });
    const i = sigmoid(0.5 * x + 0.1 * h + 0.5);
    const f = sigmoid(-1 * x + 0.2 * h + 1);
    const g = Math.tanh(2 * x - 0.3 * h);
    const o = sigmoid(0.25 * x + 0.4 * h - 1);
    const cNew = f * c + i * g;
    const gates = result.trace[0]!.gates as LstmGates;
    expect(gates.i.data[0]).toBeCloseTo(i, 6);
    expect(gates.f.data[0]).toBeCloseTo(f, 6);
    expect(gates.g.data[0]).toBeCloseTo(g, 6);
    expect(gates.o.data[0]).toBeCloseTo(o, 6);
    expect(result.cN!.data[0]).toBeCloseTo(cNew, 6);
    expect(result.hN.data[0]).toBeCloseTo(o * Math.tanh(cNew), 6);
    expect(result.hN.shape).toEqual([1]);
    expect(result.output).toBeUndefined();
  });
});

describe('a one-unit GRU cell computed by hand', () => {
  it('applies the reset gate after the hidden matmul and bias, and h = (1 − z)·n + z·h', () => {
    const weights = {
      weight_ih: tensor([3, 1], [1, -0.5, 0.75]),
      weight_hh: tensor([3, 1], [0.5, 0.25, -2]),
      bias_ih: tensor([3], [0.1, 0.2, 0.3]),
      bias_hh: tensor([3], [-0.1, 0, 0.4]),
    };
    const x = 1.5;
    const h = -0.6;
    const result = forward({
      module: 'GRUCell',
      config: defaultConfig(1, 1),
      weights,
      input: tensor([1, 1], [x]),
      h0: tensor([1, 1], [h]),
    });
    const r = sigmoid(x + 0.1 + 0.5 * h - 0.1);
    const z = sigmoid(-0.5 * x + 0.2 + 0.25 * h);
    const n = Math.tanh(0.75 * x + 0.3 + r * (-2 * h + 0.4));
    const gates = result.trace[0]!.gates as GruGates;
    expect(gates.r.data[0]).toBeCloseTo(r, 6);
    expect(gates.z.data[0]).toBeCloseTo(z, 6);
    expect(gates.n.data[0]).toBeCloseTo(n, 6);
    expect(result.hN.data[0]).toBeCloseTo((1 - z) * n + z * h, 6);
    expect(result.hN.shape).toEqual([1, 1]);
    expect(result.cN).toBeUndefined();
  });
});

describe('invariants', () => {
  it('keeps every selector in (0, 1), the candidate and h in (-1, 1)', () => {
    const result = forward(lstmRequest({ input: uniformTensor([6, 2, 3], 50, seededRandom(9)) }));
    for (const step of result.trace) {
      const { i, f, o, g, h } = step.gates as LstmGates;
      const selectors = [...i.data, ...f.data, ...o.data];
      expect(Math.min(...selectors)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...selectors)).toBeLessThanOrEqual(1);
      for (const value of [...g.data, ...h.data]) expect(Math.abs(value)).toBeLessThanOrEqual(1);
    }
  });

  it('is deterministic: the same request gives the same numbers', () => {
    const first = forward(lstmRequest());
    const second = forward(lstmRequest());
    expect(Array.from(second.output!.data)).toEqual(Array.from(first.output!.data));
  });

  it('reads a reverse direction from the last step to the first', () => {
    const config = { ...defaultConfig(3, 4), bidirectional: true };
    const result = forward(lstmRequest({ config, weights: randomWeights('LSTM', config, 2) }));
    expect(result.trace.filter((step) => step.direction === 1).map((step) => step.t)).toEqual([4, 3, 2, 1, 0]);
    expect(result.output!.shape).toEqual([5, 2, 8]);
    expect(result.hN.shape).toEqual([2, 2, 4]);
  });

  it('raising the forget bias raises every forget gate value', () => {
    const low = forward(lstmRequest());
    const weights = randomWeights('LSTM', defaultConfig(3, 4), 1);
    const bias = weights.bias_ih_l0!.data;
    for (let unit = 4; unit < 8; unit++) bias[unit] = bias[unit]! + 3;
    const high = forward(lstmRequest({ weights }));
    low.trace.forEach((step, index) => {
      const before = (step.gates as LstmGates).f.data;
      const after = (high.trace[index]!.gates as LstmGates).f.data;
      before.forEach((value, unit) => expect(after[unit]).toBeGreaterThan(value));
    });
  });
});

describe('bad input is refused with a message naming it, and nothing leaks', () => {
  const cases: [string, Partial<ForwardRequest>, RegExp][] = [
    ['non-number in the input', { input: tensor([1, 1, 3], [1, Number.NaN, 2]) }, /input holds NaN at flat index 1/],
    ['wrong input size', { input: tensor([2, 1, 2], [1, 2, 3, 4]) }, /input's last axis is 2 but input_size is 3/],
    ['wrong input rank', { input: tensor([3], [1, 2, 3]) }, /input of LSTM must be/],
    ['empty sequence', { input: tensor([0, 1, 3], []) }, /empty axis/],
    ['h0 of the wrong shape', { h0: tensor([1, 1, 4], [0, 0, 0, 0]) }, /h0 must have shape \(1, 2, 4\)/],
    ['c0 of the wrong shape', { c0: tensor([2, 4], new Array(8).fill(0)) }, /c0 must have shape \(1, 2, 4\)/],
    ['infinite h0', { h0: tensor([1, 2, 4], [0, 0, 0, Infinity, 0, 0, 0, 0]) }, /h0 holds Infinity/],
    ['a missing weight', { weights: {} }, /weight_ih_l0/],
    [
      'a config PyTorch refuses',
      { config: { ...defaultConfig(3, 4), projSize: 4 } },
      /proj_size \(4\) must be smaller than hidden_size \(4\)/,
    ],
    [
      'a huge model',
      { config: { ...defaultConfig(3, 8192), numLayers: 64 } },
      /parameters; the most Gatescope computes is/,
    ],
  ];
  it.each(cases)('%s', (_label, overrides, message) => {
    const before = liveTensorCount();
    expect(() => forward(lstmRequest(overrides))).toThrow(message);
    expect(liveTensorCount()).toBe(before);
  });

  it('refuses c0 for a GRU', () => {
    const config = defaultConfig(3, 4);
    expect(() =>
      forward({
        module: 'GRU',
        config,
        weights: randomWeights('GRU', config, 1),
        input: uniformTensor([2, 3], 1, seededRandom(1)),
        c0: tensor([1, 4], [0, 0, 0, 0]),
      }),
    ).toThrow(/GRU has no cell state: remove c0/);
  });

  it('leaves the tensor count unchanged after a successful call', () => {
    forward(lstmRequest());
    const before = liveTensorCount();
    forward(lstmRequest());
    expect(liveTensorCount()).toBe(before);
  });
});

describe('weights with a non-number', () => {
  it('are refused naming the tensor and the index', () => {
    const weights = randomWeights('LSTM', defaultConfig(3, 4), 1);
    weights.weight_hh_l0!.data[5] = Number.NaN;
    expect(() => forward(lstmRequest({ weights }))).toThrow(
      /weight_hh_l0 holds NaN at flat index 5; weights must be finite numbers/,
    );
  });
});

describe('a prepared model', () => {
  it('holds its weights until disposed, runs without leaking, and refuses after dispose', () => {
    const before = liveTensorCount();
    const config = defaultConfig(3, 4);
    const model = createRecurrentModel('LSTM', config, randomWeights('LSTM', config, 1));
    const held = liveTensorCount();
    expect(held).toBeGreaterThan(before);
    const first = model.run(uniformTensor([5, 2, 3], 2, seededRandom(3)));
    model.run(uniformTensor([5, 2, 3], 2, seededRandom(3)));
    expect(liveTensorCount()).toBe(held);
    expect(first.hN.shape).toEqual([1, 2, 4]);
    model.dispose();
    expect(liveTensorCount()).toBe(before);
    expect(() => model.run(uniformTensor([5, 2, 3], 2, seededRandom(3)))).toThrow(/disposed/);
  });

  it('gives the same numbers as the one-shot forward', () => {
    const request = lstmRequest();
    const model = createRecurrentModel(request.module, request.config, request.weights);
    expect(Array.from(model.run(request.input).output!.data)).toEqual(Array.from(forward(request).output!.data));
    model.dispose();
  });

  // The pulse plot follows h and C alone: they must be run()'s numbers, every layer and direction.
  for (const kind of ['LSTM', 'GRU'] as const) {
    it(`${kind}: runStates gives run()'s h and c at every step of a 2-layer bidirectional stack, without leaking`, () => {
      const config = { ...defaultConfig(3, 4), numLayers: 2, bidirectional: true };
      const model = createRecurrentModel(kind, config, randomWeights(kind, config, 5));
      const input = uniformTensor([6, 2, 3], 2, seededRandom(8));
      const h0 = uniformTensor([4, 2, 4], 1, seededRandom(9));
      const c0 = kind === 'LSTM' ? uniformTensor([4, 2, 4], 1, seededRandom(10)) : undefined;
      const { trace } = model.run(input, h0, c0);
      const held = liveTensorCount();
      const states = model.runStates(input, h0, c0);
      expect(liveTensorCount()).toBe(held);
      expect(states.map(({ layer, direction, t }) => [layer, direction, t])).toEqual(
        trace.map(({ layer, direction, t }) => [layer, direction, t]),
      );
      states.forEach((step, index) => {
        const gates = trace[index]!.gates as LstmGates;
        expect(Array.from(step.h)).toEqual(Array.from(gates.h.data));
        if (kind === 'LSTM') expect(Array.from(step.c!)).toEqual(Array.from(gates.c.data));
        else expect(step.c).toBeUndefined();
      });
      model.dispose();
    });
  }

  it('allocates nothing when its weights are refused', () => {
    const before = liveTensorCount();
    const config = defaultConfig(3, 4);
    expect(() => createRecurrentModel('GRU', config, randomWeights('LSTM', config, 1))).toThrow(/weight_ih_l0/);
    expect(liveTensorCount()).toBe(before);
  });
});
