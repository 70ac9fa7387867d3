import { beforeAll, describe, expect, it } from 'vitest';
import { initBackend, liveTensorCount } from '../../src/model/backend';
import { defaultConfig } from '../../src/model/config';
import { forward } from '../../src/model/forward';
import { randomWeights } from '../../src/model/randomWeights';
import { createRecurrentModel } from '../../src/model/recurrentModel';
import type { GruGates, PlainTensor } from '../../src/model/types';

beforeAll(async () => {
  await initBackend();
});

const vector = (values: number[]): PlainTensor => ({ shape: [values.length], data: Float32Array.from(values) });
const config = defaultConfig(3, 4);
const x = vector([0.8, -0.5, 1.2]);
const h = vector([0.1, -0.3, 0.5, 0]);
const sigmoid = (value: number) => 1 / (1 + Math.exp(-value));

describe('explainGruCell', () => {
  it("gives the GRUCell forward pass's gates and h, and intermediates that compose into them", () => {
    const weights = randomWeights('GRUCell', config, 4);
    const model = createRecurrentModel('GRUCell', config, weights);
    const before = liveTensorCount();
    const explained = model.explainGruCell(x, h);
    expect(liveTensorCount()).toBe(before);
    model.dispose();
    const result = forward({ module: 'GRUCell', config, weights, input: x, h0: h });
    const gates = result.trace[0]!.gates as GruGates;
    expect(Array.from(explained.gates.reset)).toEqual(Array.from(gates.r.data));
    expect(Array.from(explained.gates.update)).toEqual(Array.from(gates.z.data));
    expect(Array.from(explained.gates.candidate)).toEqual(Array.from(gates.n.data));
    expect(Array.from(explained.hidden)).toEqual(Array.from(result.hN.data));
    explained.hidden.forEach((value, unit) => {
      const r = sigmoid(explained.inputSide.reset[unit]! + explained.hiddenSide.reset[unit]!);
      const z = explained.gates.update[unit]!;
      const n = explained.gates.candidate[unit]!;
      expect(explained.gates.reset[unit]).toBeCloseTo(r, 6);
      // Reset after: r scales the hidden side, bias b_hn included, before tanh.
      expect(explained.resetHidden[unit]).toBeCloseTo(r * explained.hiddenSide.candidate[unit]!, 6);
      expect(n).toBeCloseTo(Math.tanh(explained.inputSide.candidate[unit]! + explained.resetHidden[unit]!), 6);
      expect(value).toBeCloseTo((1 - z) * n + z * h.data[unit]!, 6);
      expect(explained.kept[unit]).toBeCloseTo(z * h.data[unit]!, 6);
      expect(explained.written[unit]).toBeCloseTo((1 - z) * n, 6);
      // 1 − z in float32, as the panels show it: exactly the rounding of the double 1 − z.
      expect(explained.oneMinusUpdate[unit]).toBe(Math.fround(1 - explained.gates.update[unit]!));
    });
  });

  it('also gives the reset-before candidate (r applied to h before W_hn), from the same weights', () => {
    const weights = randomWeights('GRUCell', config, 4);
    const model = createRecurrentModel('GRUCell', config, weights);
    const explained = model.explainGruCell(x, h);
    model.dispose();
    const hidden = 4;
    const weightHh = weights.weight_hh!.data;
    const biasHh = weights.bias_hh!.data;
    explained.hidden.forEach((_, unit) => {
      const row = 2 * hidden + unit;
      let resetHidden = biasHh[row]!;
      for (let k = 0; k < hidden; k++)
        resetHidden += weightHh[row * hidden + k]! * explained.gates.reset[k]! * h.data[k]!;
      const z = explained.gates.update[unit]!;
      const n = Math.tanh(explained.inputSide.candidate[unit]! + resetHidden);
      expect(explained.resetBefore.resetHidden[unit]).toBeCloseTo(resetHidden, 6);
      expect(explained.resetBefore.candidate[unit]).toBeCloseTo(n, 6);
      expect(explained.resetBefore.hidden[unit]).toBeCloseTo((1 - z) * n + z * h.data[unit]!, 6);
    });
    // With these weights and h ≠ 0 the two conventions disagree: the comparison shows something.
    expect(Array.from(explained.resetBefore.candidate)).not.toEqual(Array.from(explained.gates.candidate));
  });

  it('refuses other modules', () => {
    const model = createRecurrentModel('LSTMCell', config, randomWeights('LSTMCell', config, 1));
    expect(() => model.explainGruCell(x, h)).toThrow(/only a GRUCell/);
    model.dispose();
  });
});
