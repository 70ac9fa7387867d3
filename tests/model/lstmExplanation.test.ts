import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initBackend, liveTensorCount } from '../../src/model/backend';
import { defaultConfig } from '../../src/model/config';
import { forward } from '../../src/model/forward';
import {
  gateWeightBlock,
  gateWeightBlocks,
  lstmCellPreset,
  withGateBiasShifts,
  withGateWeight,
  LSTM_GATE_NAMES,
} from '../../src/model/lstmGates';
import { cachedRecurrentModel, releaseCachedModel } from '../../src/model/modelCache';
import { createRecurrentModel } from '../../src/model/recurrentModel';
import type { LstmGates, PlainTensor } from '../../src/model/types';

beforeAll(async () => {
  await initBackend();
});
afterAll(() => releaseCachedModel());

const vector = (values: number[]): PlainTensor => ({ shape: [values.length], data: Float32Array.from(values) });
const config = defaultConfig(3, 4);
const x = vector([0.8, -0.5, 1.2]);
const h = vector([0.1, -0.3, 0.5, 0]);
const c = vector([0.6, -1, 0.2, 1.5]);

describe('explainLstmCell', () => {
  it("gives the same gates, c and h as the LSTMCell's forward pass, and consistent intermediates", () => {
    const weights = lstmCellPreset('random', config, 5);
    const model = createRecurrentModel('LSTMCell', config, weights);
    const explained = model.explainLstmCell(x, h, c);
    model.dispose();
    const result = forward({ module: 'LSTMCell', config, weights, input: x, h0: h, c0: c });
    const gates = result.trace[0]!.gates as LstmGates;
    expect(Array.from(explained.gates.forget)).toEqual(Array.from(gates.f.data));
    expect(Array.from(explained.gates.input)).toEqual(Array.from(gates.i.data));
    expect(Array.from(explained.gates.candidate)).toEqual(Array.from(gates.g.data));
    expect(Array.from(explained.gates.output)).toEqual(Array.from(gates.o.data));
    expect(Array.from(explained.cell)).toEqual(Array.from(result.cN!.data));
    expect(Array.from(explained.hidden)).toEqual(Array.from(result.hN.data));
    explained.cell.forEach((value, unit) => {
      expect(explained.kept[unit]).toBeCloseTo(explained.gates.forget[unit]! * c.data[unit]!, 6);
      expect(explained.written[unit]).toBeCloseTo(explained.gates.input[unit]! * explained.gates.candidate[unit]!, 6);
      expect(value).toBeCloseTo(explained.kept[unit]! + explained.written[unit]!, 6);
      expect(explained.gates.forget[unit]).toBeCloseTo(1 / (1 + Math.exp(-explained.preActivation.forget[unit]!)), 6);
    });
  });

  it("matches a gate's weight block: W·[h, x] + b is the pre-activation", () => {
    const weights = lstmCellPreset('random', config, 9);
    const model = createRecurrentModel('LSTMCell', config, weights);
    const explained = model.explainLstmCell(x, h, c);
    model.dispose();
    const concat = [...h.data, ...x.data];
    for (const gate of LSTM_GATE_NAMES) {
      const block = gateWeightBlock(weights, gate);
      expect([block.rows, block.cols]).toEqual([4, 7]);
      for (let unit = 0; unit < 4; unit++) {
        const sum = concat.reduce(
          (total, value, column) => total + block.data[unit * 7 + column]! * value,
          block.bias[unit]!,
        );
        expect(explained.preActivation[gate][unit]).toBeCloseTo(sum, 5);
      }
    }
  });

  it('refuses modules other than LSTMCell and batched input', () => {
    const model = createRecurrentModel('LSTMCell', config, lstmCellPreset('random', config, 1));
    expect(() => model.explainLstmCell({ shape: [1, 3], data: new Float32Array(3) })).toThrow(/unbatched/);
    model.dispose();
  });
});

describe('gate weight edits and presets', () => {
  it('edits the W_hh column for h and the W_ih column for x, leaving the original untouched', () => {
    const weights = lstmCellPreset('random', config, 2);
    const onH = withGateWeight(weights, 'forget', 2, 1, 2.5);
    const onX = withGateWeight(weights, 'output', 0, 5, -1.25);
    expect(gateWeightBlock(onH, 'forget').data[2 * 7 + 1]).toBe(2.5);
    expect(onH.weight_hh!.data[(4 + 2) * 4 + 1]).toBe(2.5);
    expect(gateWeightBlock(onX, 'output').data[5]).toBe(-1.25);
    expect(onX.weight_ih!.data[12 * 3 + 1]).toBe(-1.25);
    expect(gateWeightBlock(weights, 'forget').data[2 * 7 + 1]).not.toBe(2.5);
  });

  it('computes every gate’s block once per weights object', () => {
    const weights = lstmCellPreset('random', config, 2);
    const blocks = gateWeightBlocks(weights);
    expect(gateWeightBlocks(weights)).toBe(blocks);
    expect(blocks.candidate).toEqual(gateWeightBlock(weights, 'candidate'));
    expect(gateWeightBlocks(withGateWeight(weights, 'forget', 0, 0, 1))).not.toBe(blocks);
  });

  it('shifts only the chosen gate’s biases', () => {
    const weights = lstmCellPreset('random', config, 2);
    const shifted = withGateBiasShifts(weights, { forget: 2, input: 0, candidate: 0, output: 0 });
    expect(gateWeightBlock(shifted, 'forget').bias[0]).toBeCloseTo(gateWeightBlock(weights, 'forget').bias[0]! + 2, 6);
    expect(Array.from(gateWeightBlock(shifted, 'input').bias)).toEqual(
      Array.from(gateWeightBlock(weights, 'input').bias),
    );
  });

  it('the "keeps memory" preset keeps C: f near 1 and i near 0 for any input', () => {
    const weights = lstmCellPreset('keepsMemory', config, 1);
    const explained = cachedRecurrentModel('LSTMCell', config, weights).explainLstmCell(x, h, c);
    explained.gates.forget.forEach((value) => expect(value).toBeGreaterThan(0.9));
    explained.gates.input.forEach((value) => expect(value).toBeLessThan(0.1));
    explained.cell.forEach((value, unit) => expect(Math.abs(value - c.data[unit]!)).toBeLessThan(0.25));
  });
});

describe('the cached model', () => {
  it('reuses one upload while the weights object is the same and keeps tfjs memory bounded', () => {
    const weights = lstmCellPreset('random', config, 3);
    const first = cachedRecurrentModel('LSTMCell', config, weights);
    const held = liveTensorCount();
    expect(cachedRecurrentModel('LSTMCell', config, weights)).toBe(first);
    for (let seed = 10; seed < 30; seed++)
      cachedRecurrentModel('LSTMCell', config, lstmCellPreset('random', config, seed));
    expect(liveTensorCount()).toBe(held);
  });

  it('keeps the previous model when new weights are refused', () => {
    const weights = lstmCellPreset('random', config, 3);
    const model = cachedRecurrentModel('LSTMCell', config, weights);
    expect(() => cachedRecurrentModel('LSTMCell', defaultConfig(3, 5), weights)).toThrow(/weight_ih/);
    expect(cachedRecurrentModel('LSTMCell', config, weights)).toBe(model);
  });
});
