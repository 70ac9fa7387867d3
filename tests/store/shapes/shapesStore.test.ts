import { describe, expect, it } from 'vitest';
import { fillText } from '../../../src/components/shared/fillText';
import { shapesFieldErrors } from '../../../src/content/shapes/shapes';
import { readField, DEFAULT_SHAPES_SETTINGS, SHAPES_PRESETS } from '../../../src/store/shapes/shapesSettings';
import { createShapesStore } from '../../../src/store/shapes/shapesStore';
import { shapesLink, searchWithShapesSettings, shapesSettingsFromSearch } from '../../../src/store/shapes/shapesUrl';
import { keysNotKept } from '../../../src/store/connectSettingsToPage';
import { gateStage } from '../../../src/store/shapes/openGateStage';

describe('readField', () => {
  const settings = { ...DEFAULT_SHAPES_SETTINGS };
  const problemOf = (field: Parameters<typeof readField>[1], text: string, over = settings) => {
    const reading = readField(over, field, text);
    return 'problem' in reading
      ? fillText(shapesFieldErrors[reading.problem.rule], reading.problem.values).en
      : undefined;
  };

  it('takes a whole number in range', () => {
    expect(readField(settings, 'hiddenSize', '64')).toEqual({ value: 64 });
    expect(readField(settings, 'dropout', '0.5')).toEqual({ value: 0.5 });
  });

  it('names what is wrong with 0, 10^9, a letter, and keeps the value in use', () => {
    expect(problemOf('hiddenSize', '0')).toMatch(/^Enter a whole number from 1 to 8,192\. The page keeps using 100\.$/);
    expect(problemOf('hiddenSize', '1000000000')).toMatch(/from 1 to 8,192/);
    expect(problemOf('inputSize', 'a')).toMatch(/whole number/);
    expect(problemOf('dropout', '2')).toMatch(/from 0 to 1/);
  });

  it('refuses proj_size ≥ hidden_size, from either field, and too many parameters', () => {
    expect(problemOf('projSize', '100')).toMatch(/proj_size must be smaller than hidden_size \(100\)/);
    expect(problemOf('hiddenSize', '20', { ...settings, projSize: 30 })).toMatch(/larger than proj_size \(30\)/);
    expect(problemOf('projSize', '100', { ...settings, module: 'GRU' })).toBeUndefined();
    expect(problemOf('hiddenSize', '8000')).toMatch(
      /would make 769,728,000 parameters; Gatescope goes up to 33,554,432/,
    );
  });
});

describe('shapesStore', () => {
  it('loads the course’s presets and keeps what a module does not take', () => {
    const store = createShapesStore();
    store.getState().setNumber('projSize', 30);
    expect(store.getState().chooseModule('GRU')).toBeUndefined();
    expect(store.getState().projSize).toBe(30);
    store.getState().loadPreset('courseGru');
    expect(store.getState()).toMatchObject(SHAPES_PRESETS.courseGru);
  });

  it('refuses a flag that would pass the parameter limit, and says so', () => {
    const store = createShapesStore({ ...DEFAULT_SHAPES_SETTINGS, inputSize: 2000, hiddenSize: 1000, numLayers: 4 });
    expect(store.getState().setFlag('bidirectional', true)?.rule).toBe('tooManyParameters');
    expect(store.getState().bidirectional).toBe(false);
  });
});

describe('the shapes link', () => {
  it('round-trips every setting, unbatched included', () => {
    const settings = {
      ...DEFAULT_SHAPES_SETTINGS,
      module: 'LSTM' as const,
      projSize: 7,
      dropout: 0.25,
      batched: false,
    };
    const search = searchWithShapesSettings('?lang=zh', settings);
    expect(search).toContain('lang=zh');
    expect(search).toContain('shbatch=none');
    const store = createShapesStore();
    store.getState().restoreSettings(shapesSettingsFromSearch(search));
    expect(store.getState()).toMatchObject({ ...settings, batch: DEFAULT_SHAPES_SETTINGS.batch });
  });

  it('clamps or drops hostile values and names them as unread', () => {
    const search = '?shmod=RNN&shsize=0x500&shlayers=1e9&shproj=5000&shdrop=<script>&shlen=7';
    const given = shapesLink.read(search);
    const store = createShapesStore();
    store.getState().restoreSettings(given);
    const state = store.getState();
    expect(state.module).toBe('LSTM');
    expect(state.inputSize).toBe(1);
    expect(state.hiddenSize).toBe(500);
    expect(state.steps).toBe(7);
    expect(state.projSize).toBe(0);
    expect(keysNotKept(shapesLink, search, given, state).sort()).toEqual(
      ['shdrop', 'shlayers', 'shmod', 'shproj', 'shsize'].sort(),
    );
  });

  it('falls back to the sizes it had when the link’s would pass the parameter limit', () => {
    const search = '?shsize=8192x8192&shlayers=64';
    const given = shapesLink.read(search);
    const store = createShapesStore();
    store.getState().restoreSettings(given);
    expect(store.getState()).toMatchObject({ inputSize: 50, hiddenSize: 100, numLayers: 2 });
    expect(keysNotKept(shapesLink, search, given, store.getState()).sort()).toEqual(['shlayers', 'shsize']);
  });
});

describe('gateStage', () => {
  it('opens each gate on its own walkthrough stage', () => {
    expect(gateStage('LSTM', 'forget')).toEqual({ view: 'lstm', stage: 1 });
    expect(gateStage('LSTMCell', 'input')).toEqual({ view: 'lstm', stage: 2 });
    expect(gateStage('LSTM', 'output')).toEqual({ view: 'lstm', stage: 4 });
    expect(gateStage('GRU', 'update')).toEqual({ view: 'gru', stage: 2 });
    expect(gateStage('GRUCell', 'candidate')).toEqual({ view: 'gru', stage: 3 });
  });
});
