import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initBackend, liveTensorCount } from '../../../src/model';
import { releaseCachedModel } from '../../../src/model/modelCache';
import {
  createLstmExplorerStore,
  DEFAULT_LSTM_EXPLORER_SETTINGS,
  sanitizeSettings,
} from '../../../src/store/lstm/lstmExplorerStore';
import { explorerSettingsFromSearch, searchWithExplorerSettings } from '../../../src/store/lstm/lstmExplorerUrl';

beforeAll(async () => {
  await initBackend();
});
afterAll(() => releaseCachedModel());

describe('LSTM explorer store', () => {
  it('computes the step from its settings as soon as it is made', () => {
    const store = createLstmExplorerStore();
    const { explanation, hiddenSize } = store.getState();
    expect(explanation?.gates.forget).toHaveLength(hiddenSize);
    expect(Array.from(explanation!.input)).toEqual(DEFAULT_LSTM_EXPLORER_SETTINGS.input.map(Math.fround));
  });

  it('raising the forget bias raises every forget gate value', () => {
    const store = createLstmExplorerStore();
    const before = store.getState().explanation!.gates.forget;
    store.getState().setBiasShift('forget', 3);
    const after = store.getState().explanation!.gates.forget;
    before.forEach((value, unit) => expect(after[unit]).toBeGreaterThan(value));
  });

  it('clamps a slider dragged past its end and ignores non-numbers and bad indices', () => {
    const store = createLstmExplorerStore();
    store.getState().setInput(0, 99);
    expect(store.getState().input[0]).toBe(3);
    store.getState().setPreviousHidden(1, -5);
    expect(store.getState().previousHidden[1]).toBe(-1);
    store.getState().setPreviousCell(2, Number.NaN);
    store.getState().setInput(7, 1);
    store.getState().setBiasShift('forget', Infinity);
    expect(store.getState().previousCell[2]).toBe(DEFAULT_LSTM_EXPLORER_SETTINGS.previousCell[2]);
    expect(store.getState().input).toHaveLength(3);
    expect(store.getState().biasShifts.forget).toBe(0);
  });

  it('keeps the values that still fit when the sizes change, and refuses unsupported sizes', () => {
    const store = createLstmExplorerStore();
    store.getState().setSizes(2, 6);
    expect(store.getState().input).toEqual([0.8, -0.5]);
    expect(store.getState().previousCell).toEqual([0.6, -1, 0.2, 1.5, 0, 0]);
    expect(store.getState().explanation!.hidden).toHaveLength(6);
    store.getState().setSizes(9, 4);
    store.getState().setSizes(50, 50);
    expect([store.getState().inputSize, store.getState().hiddenSize]).toEqual([2, 6]);
    store.getState().setSizes(50, 100);
    expect(store.getState().explanation!.hidden).toHaveLength(100);
  });

  it('applies a weight edit to the computation and drops edits on a new preset', () => {
    const store = createLstmExplorerStore();
    const before = store.getState().explanation!.preActivation.forget[1]!;
    // Column 4 of [h, x] is x_0 (hidden_size is 4); x_0 = 0.8, so +1 on that weight adds about 0.8.
    const old = store.getState().weights.weight_ih!.data[(4 + 1) * 3 + 0]!;
    store.getState().editWeight({ gate: 'forget', unit: 1, column: 4, value: old + 1 });
    expect(store.getState().explanation!.preActivation.forget[1]).toBeCloseTo(before + 0.8, 4);
    store.getState().choosePreset('keepsMemory');
    expect(store.getState().weightEdits).toEqual([]);
    store.getState().explanation!.gates.forget.forEach((value) => expect(value).toBeGreaterThan(0.9));
  });

  it('walks the stages within bounds', () => {
    const store = createLstmExplorerStore();
    store.getState().previousStage();
    expect(store.getState().stage).toBe(0);
    for (let step = 0; step < 10; step++) store.getState().nextStage();
    expect(store.getState().stage).toBe(5);
    store.getState().goToStage(2);
    store.getState().goToStage(17);
    expect(store.getState().stage).toBe(2);
  });

  it('does not grow tfjs memory over 500 slider moves', () => {
    const store = createLstmExplorerStore();
    store.getState().setInput(0, 0);
    const before = liveTensorCount();
    for (let move = 0; move < 500; move++) store.getState().setInput(move % 3, Math.sin(move));
    expect(liveTensorCount()).toBe(before);
  });
});

describe('explorer links', () => {
  it('round-trip every setting, keeping other parameters', () => {
    const store = createLstmExplorerStore();
    const state = store.getState();
    state.setSizes(2, 3);
    state.setInput(1, -1.25);
    state.setBiasShift('forget', 2.5);
    state.editWeight({ gate: 'output', unit: 2, column: 4, value: -0.75 });
    state.goToStage(3);
    state.focusUnit(2);
    const search = searchWithExplorerSettings('?lang=zh', store.getState());
    expect(new URLSearchParams(search).get('lang')).toBe('zh');
    const restored = createLstmExplorerStore();
    restored.getState().restoreSettings(explorerSettingsFromSearch(search));
    const pick = (s: ReturnType<typeof store.getState>) => ({
      sizes: [s.inputSize, s.hiddenSize],
      x: s.input,
      shifts: s.biasShifts,
      edits: s.weightEdits,
      stage: s.stage,
      unit: s.focusedUnit,
    });
    expect(pick(restored.getState())).toEqual(pick(store.getState()));
    expect(Array.from(restored.getState().explanation!.hidden)).toEqual(
      Array.from(store.getState().explanation!.hidden),
    );
  });

  it('restore what they can from a hostile or truncated link, and nothing else', () => {
    const given = explorerSettingsFromSearch(
      '?size=999x4&x=1,2,<script>&h=0.5,9,-9,0&preset=evil&seed=-4&bias=f1e308,zz,i-2&w=f.1.2:0.5;x.1.1:1;f.99.0:1&stage=9&unit=2',
    );
    const settings = sanitizeSettings(given, DEFAULT_LSTM_EXPLORER_SETTINGS);
    expect([settings.inputSize, settings.hiddenSize]).toEqual([3, 4]);
    expect(settings.input).toEqual(DEFAULT_LSTM_EXPLORER_SETTINGS.input);
    expect(settings.previousHidden).toEqual([0.5, 1, -1, 0]);
    expect(settings.preset).toBe('random');
    expect(settings.seed).toBe(1);
    expect(settings.biasShifts).toEqual({ forget: 6, input: -2, candidate: 0, output: 0 });
    expect(settings.weightEdits).toEqual([{ gate: 'forget', unit: 1, column: 2, value: 0.5 }]);
    expect(settings.stage).toBe(0);
    expect(settings.focusedUnit).toBe(2);
  });
});
