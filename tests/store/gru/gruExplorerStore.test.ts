import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initBackend, liveTensorCount } from '../../../src/model';
import { defaultConfig } from '../../../src/model/config';
import { forward } from '../../../src/model/forward';
import { releaseCachedModel } from '../../../src/model/modelCache';
import type { GruGates } from '../../../src/model/types';
import { createGruExplorerStore, DEFAULT_GRU_EXPLORER_SETTINGS } from '../../../src/store/gru/gruExplorerStore';
import { gruExplorerLink } from '../../../src/store/gru/gruExplorerUrl';
import { createLstmExplorerStore } from '../../../src/store/lstm/lstmExplorerStore';
import { lstmExplorerLink } from '../../../src/store/lstm/lstmExplorerUrl';

beforeAll(async () => {
  await initBackend();
});
afterAll(() => releaseCachedModel());

const vector = (values: number[]) => ({ shape: [values.length], data: Float32Array.from(values) });

describe('GRU explorer store', () => {
  it("computes the step on nn.GRUCell: r, z, n and h equal a plain forward pass's", () => {
    const store = createGruExplorerStore();
    const state = store.getState();
    const result = forward({
      module: 'GRUCell',
      config: defaultConfig(state.inputSize, state.hiddenSize),
      weights: state.weights,
      input: vector(state.input),
      h0: vector(state.previousHidden),
    });
    const gates = result.trace[0]!.gates as GruGates;
    expect(Array.from(state.explanation!.gates.reset)).toEqual(Array.from(gates.r.data));
    expect(Array.from(state.explanation!.gates.update)).toEqual(Array.from(gates.z.data));
    expect(Array.from(state.explanation!.gates.candidate)).toEqual(Array.from(gates.n.data));
    expect(Array.from(state.explanation!.hidden)).toEqual(Array.from(result.hN.data));
    expect(state.previousCell).toEqual([]);
  });

  it('raising the update bias raises every z and pulls h towards h_{t−1}', () => {
    const store = createGruExplorerStore();
    const before = store.getState().explanation!;
    store.getState().setBiasShift('update', 6);
    const after = store.getState().explanation!;
    before.gates.update.forEach((value, unit) => expect(after.gates.update[unit]).toBeGreaterThan(value));
    const previous = DEFAULT_GRU_EXPLORER_SETTINGS.previousHidden;
    after.hidden.forEach((value, unit) =>
      expect(Math.abs(value - previous[unit]!)).toBeLessThan(Math.abs(before.hidden[unit]! - previous[unit]!)),
    );
  });

  it('the keeps-memory preset makes z ≈ 0.98 for every unit', () => {
    const store = createGruExplorerStore();
    store.getState().choosePreset('keepsMemory');
    for (const z of store.getState().explanation!.gates.update) expect(z).toBeGreaterThan(0.95);
  });

  it('takes the course size nn.GRU(10, 20) but not the LSTM course size, and has no C to set', () => {
    const store = createGruExplorerStore();
    store.getState().setSizes(50, 100);
    expect(store.getState().hiddenSize).toBe(4);
    store.getState().setSizes(10, 20);
    expect(store.getState().explanation!.hidden).toHaveLength(20);
    store.getState().setPreviousCell(0, 1);
    expect(store.getState().previousCell).toEqual([]);
  });

  it('edits a weight of the candidate and ignores edits of gates a GRU does not have', () => {
    const store = createGruExplorerStore();
    const before = store.getState().explanation!.gates.candidate[1];
    store.getState().editWeight({ gate: 'candidate', unit: 1, column: 5, value: 2.5 });
    expect(store.getState().explanation!.gates.candidate[1]).not.toBe(before);
    store.getState().editWeight({ gate: 'forget' as 'reset', unit: 0, column: 0, value: 1 });
    expect(store.getState().weightEdits).toHaveLength(1);
  });

  it('recomputes with no tensor left behind', () => {
    const store = createGruExplorerStore();
    store.getState().setInput(0, 1);
    const before = liveTensorCount();
    for (let step = 0; step < 20; step++) store.getState().setInput(0, step / 10);
    expect(liveTensorCount()).toBe(before);
  });
});

describe('GRU explorer link', () => {
  it('round-trips the settings under g-prefixed keys, beside the LSTM explorer’s own', () => {
    const gru = createGruExplorerStore();
    gru.getState().setSizes(2, 3);
    gru.getState().setBiasShift('update', 2.5);
    gru.getState().editWeight({ gate: 'reset', unit: 2, column: 4, value: -1.25 });
    gru.getState().goToStage(3);
    const lstm = createLstmExplorerStore();
    const search = gruExplorerLink.write(lstmExplorerLink.write('?lang=zh', lstm.getState()), gru.getState());
    const params = new URLSearchParams(search);
    expect(params.get('gsize')).toBe('2x3');
    expect(params.get('gbias')).toBe('z2.5');
    expect(params.get('gw')).toBe('r.2.4:-1.25');
    expect(params.get('size')).toBe('3x4');
    expect(params.get('lang')).toBe('zh');

    const restored = createGruExplorerStore();
    restored.getState().restoreSettings(gruExplorerLink.read(search));
    const { inputSize, hiddenSize, biasShifts, weightEdits, stage } = restored.getState();
    expect({ inputSize, hiddenSize, biasShifts, weightEdits, stage }).toEqual({
      inputSize: 2,
      hiddenSize: 3,
      biasShifts: { reset: 0, update: 2.5, candidate: 0 },
      weightEdits: [{ gate: 'reset', unit: 2, column: 4, value: -1.25 }],
      stage: 3,
    });
    expect(Array.from(restored.getState().explanation!.hidden)).toEqual(Array.from(gru.getState().explanation!.hidden));
  });

  it('restores what it can from a hostile link and nothing else', () => {
    const store = createGruExplorerStore();
    const hostile =
      '?gsize=999x999&gx=1e308,NaN&gh=0.5,0.5,0.5,0.5&gbias=z99,q1&gw=f.0.0:1;n.99.0:1;n.0.0:1e9&gstage=12&gunit=-1&gseed=abc';
    expect(gruExplorerLink.has(hostile)).toBe(true);
    store.getState().restoreSettings(gruExplorerLink.read(hostile));
    const state = store.getState();
    expect([state.inputSize, state.hiddenSize]).toEqual([3, 4]);
    expect(state.previousHidden).toEqual([0.5, 0.5, 0.5, 0.5]);
    expect(state.biasShifts.update).toBe(6);
    expect(state.weightEdits).toEqual([{ gate: 'candidate', unit: 0, column: 0, value: 3 }]);
    expect(state.stage).toBe(0);
    expect(state.seed).toBe(1);
    expect(state.explanation).toBeDefined();
    expect(gruExplorerLink.has('?size=3x4&x=1,2,3')).toBe(false);
  });
});
