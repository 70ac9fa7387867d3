import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initBackend, liveTensorCount } from '../../../src/model';
import { releaseCachedModel } from '../../../src/model/modelCache';
import { randomWeights } from '../../../src/model/randomWeights';
import { defaultConfig } from '../../../src/model/config';
import {
  COURSE_MODELS,
  DEFAULT_COMPARISON_SETTINGS,
  sanitizeComparisonSettings,
} from '../../../src/store/compare/comparisonSettings';
import { createComparisonStore } from '../../../src/store/compare/comparisonStore';

beforeAll(async () => {
  await initBackend();
});
afterAll(() => releaseCachedModel());

describe('comparison store', () => {
  it('computes both footprints over t = 0 … steps as soon as it is made', () => {
    const { lstmMemory, gruMemory, steps, error } = createComparisonStore().getState();
    expect(error).toBeUndefined();
    expect(lstmMemory!.hidden).toHaveLength(steps + 1);
    expect(lstmMemory!.cell).toHaveLength(steps + 1);
    expect(gruMemory!.hidden).toHaveLength(steps + 1);
    expect(gruMemory!.cell).toBeUndefined();
    expect([lstmMemory!.cell![0], lstmMemory!.hidden[0], gruMemory!.hidden[0]]).toEqual([1, 1, 1]);
  });

  it('raising the forget bias keeps the LSTM’s C longer and leaves the GRU alone', () => {
    const store = createComparisonStore();
    const before = store.getState();
    store.getState().setForgetBiasShift(5);
    const after = store.getState();
    expect(after.lstmMemory!.cell![50]).toBeGreaterThan(before.lstmMemory!.cell![50]! + 0.5);
    expect(after.gruMemory).toBe(before.gruMemory);
    expect(after.gruWeights).toBe(before.gruWeights);
    // Only the forget gate's rows (block 1 of i, f, g, o) of b_ih_l0 moved, each by exactly 5.
    const hidden = after.hiddenSize;
    const shifted = after.lstmWeights.bias_ih_l0!.data;
    const original = before.lstmWeights.bias_ih_l0!.data;
    shifted.forEach((value, row) =>
      expect(value - original[row]!).toBeCloseTo(row >= hidden && row < 2 * hidden ? 5 : 0, 5),
    );
  });

  it('raising the update bias keeps the GRU’s h longer and leaves the LSTM alone', () => {
    const store = createComparisonStore();
    const before = store.getState();
    store.getState().setUpdateBiasShift(5);
    expect(store.getState().gruMemory!.hidden[50]).toBeGreaterThan(before.gruMemory!.hidden[50]! + 0.5);
    expect(store.getState().lstmMemory).toBe(before.lstmMemory);
  });

  it('builds both models from the seed as PyTorch initialises them', () => {
    const store = createComparisonStore();
    store.getState().setSeed(42);
    const config = defaultConfig(10, 20);
    expect(store.getState().lstmWeights).toEqual(randomWeights('LSTM', config, 42));
    expect(store.getState().gruWeights).toEqual(randomWeights('GRU', config, 42));
  });

  it('clamps and rounds what the controls send, and ignores non-numbers and other sizes', () => {
    const store = createComparisonStore();
    store.getState().setSteps(1000);
    expect(store.getState().steps).toBe(200);
    expect(store.getState().gruMemory!.hidden).toHaveLength(201);
    store.getState().setSteps(60.6);
    expect(store.getState().steps).toBe(61);
    store.getState().setForgetBiasShift(-99);
    expect(store.getState().forgetBiasShift).toBe(-6);
    store.getState().setUpdateBiasShift(Number.NaN);
    store.getState().setPulse(0);
    expect(store.getState().pulse).toBe(0.1);
    store.getState().setSeed(-1);
    store.getState().setSeed(1.5);
    store.getState().setSizes(5, 5);
    const { updateBiasShift, seed, inputSize, hiddenSize } = store.getState();
    expect({ updateBiasShift, seed, inputSize, hiddenSize }).toEqual({
      updateBiasShift: 0,
      seed: 1,
      inputSize: 10,
      hiddenSize: 20,
    });
  });

  it('gives each size’s parameter counts, GRU 3/4 of the LSTM', () => {
    const store = createComparisonStore();
    expect(store.getState().parameters.GRU.count).toBe(1920);
    expect(store.getState().parameters.LSTM.count).toBe(2560);
    store.getState().setSizes(50, 100);
    expect(store.getState().parameters.LSTM.specs.map((spec) => [spec.name, spec.shape])).toEqual([
      ['weight_ih_l0', [400, 50]],
      ['weight_hh_l0', [400, 100]],
      ['bias_ih_l0', [400]],
      ['bias_hh_l0', [400]],
    ]);
    expect(store.getState().parameters.GRU.count * 4).toBe(store.getState().parameters.LSTM.count * 3);
    expect(store.getState().lstmMemory!.cell).toHaveLength(DEFAULT_COMPARISON_SETTINGS.steps + 1);
  });

  it('knows the course’s models: nn.LSTM(50, 100, num_layers=2) and nn.GRU(10, 20)', () => {
    expect(
      COURSE_MODELS.map(({ module, config }) => [module, config.inputSize, config.hiddenSize, config.numLayers]),
    ).toEqual([
      ['LSTM', 50, 100, 2],
      ['GRU', 10, 20, 1],
    ]);
  });

  it('measures both speeds in chunks, without leaving tensors behind', async () => {
    const store = createComparisonStore({ ...DEFAULT_COMPARISON_SETTINGS, inputSize: 3, hiddenSize: 4 });
    const before = liveTensorCount();
    const statuses: string[] = [];
    const unsubscribe = store.subscribe((state) => statuses.push(state.speedStatus));
    const done = store.getState().measureSpeed();
    expect(store.getState().speedStatus).toBe('measuring');
    await store.getState().measureSpeed(); // ignored while one runs
    await done;
    unsubscribe();
    const { speed, speedStatus, speedProgress } = store.getState();
    expect(speedStatus).toBe('done');
    expect(speedProgress).toBe(1);
    expect(speed!.lstmMsPerStep).toBeGreaterThan(0);
    expect(speed!.gruMsPerStep).toBeGreaterThan(0);
    expect(speed!.gruToLstm).toBeCloseTo(speed!.gruMsPerStep / speed!.lstmMsPerStep, 10);
    expect([speed!.inputSize, speed!.hiddenSize]).toEqual([3, 4]);
    // One progress update per pass, so the page was given the chance to repaint between them.
    expect(statuses.filter((status) => status === 'measuring').length).toBeGreaterThan(10);
    expect(liveTensorCount()).toBe(before);
  });

  it('cancels a measurement and clears the result when the sizes change', async () => {
    const store = createComparisonStore({ ...DEFAULT_COMPARISON_SETTINGS, inputSize: 3, hiddenSize: 4 });
    await store.getState().measureSpeed();
    expect(store.getState().speed).toBeDefined();
    store.getState().setSizes(10, 20);
    expect(store.getState().speed).toBeUndefined();
    const running = store.getState().measureSpeed();
    store.getState().setSizes(3, 4);
    await running;
    expect(store.getState().speedStatus).toBe('idle');
    expect(store.getState().speed).toBeUndefined();
  });

  it('restores valid link settings and drops or clamps hostile ones', () => {
    const current = { ...DEFAULT_COMPARISON_SETTINGS };
    expect(
      sanitizeComparisonSettings(
        { inputSize: 50, hiddenSize: 100, seed: 7, pulse: 2, steps: 150, forgetBiasShift: 3, updateBiasShift: -2 },
        current,
      ),
    ).toEqual({
      inputSize: 50,
      hiddenSize: 100,
      seed: 7,
      pulse: 2,
      steps: 150,
      forgetBiasShift: 3,
      updateBiasShift: -2,
    });
    const hostile = {
      inputSize: 4000,
      hiddenSize: 4000,
      seed: 2 ** 40,
      pulse: 1e9,
      steps: 1e9,
      forgetBiasShift: -Infinity,
      updateBiasShift: 'x' as unknown as number,
    };
    expect(sanitizeComparisonSettings(hostile, current)).toEqual({ ...current, pulse: 3, steps: 200 });
    const store = createComparisonStore();
    store.getState().restoreSettings({ inputSize: 3, hiddenSize: 4, steps: 70, forgetBiasShift: 2 });
    expect(store.getState().lstmMemory!.cell).toHaveLength(71);
    expect(store.getState().parameters.LSTM.count).toBe(4 * (4 * (3 + 4) + 2 * 4));
  });
});
