import { describe, expect, it } from 'vitest';
import { DEFAULT_COMPARISON_SETTINGS } from '../../../src/store/compare/comparisonSettings';
import {
  comparisonSettingsFromSearch,
  hasComparisonSettings,
  searchWithComparisonSettings,
} from '../../../src/store/compare/comparisonUrl';
import { explorerSettingsFromSearch, hasExplorerSettings } from '../../../src/store/lstm/lstmExplorerUrl';

const settings = {
  inputSize: 50,
  hiddenSize: 100,
  seed: 12,
  pulse: 0.5,
  steps: 180,
  forgetBiasShift: 2.25,
  updateBiasShift: -1.123456,
};

describe('comparison links', () => {
  it('writes every setting under vs… keys and keeps the other parameters', () => {
    const search = searchWithComparisonSettings('?lang=zh&view=compare&size=3x4', settings);
    const params = new URLSearchParams(search);
    expect(Object.fromEntries(params)).toEqual({
      lang: 'zh',
      view: 'compare',
      size: '3x4',
      vssize: '50x100',
      vsseed: '12',
      vsx: '0.5',
      vssteps: '180',
      vsf: '2.25',
      vsz: '-1.1235',
    });
  });

  it('reads back what it wrote', () => {
    const read = comparisonSettingsFromSearch(searchWithComparisonSettings('', settings));
    expect(read).toEqual({ ...settings, updateBiasShift: -1.1235 });
  });

  it('never clashes with the LSTM explorer’s keys', () => {
    const search = searchWithComparisonSettings('', DEFAULT_COMPARISON_SETTINGS);
    expect(hasComparisonSettings(search)).toBe(true);
    expect(hasExplorerSettings(search)).toBe(false);
    expect(explorerSettingsFromSearch(search)).toEqual({});
    expect(hasComparisonSettings('?size=3x4&x=1&seed=2&bias=f2&gsize=3x4&gseed=1')).toBe(false);
    for (const key of new URLSearchParams(search).keys()) expect(key).toMatch(/^vs/);
  });

  it('leaves malformed values out', () => {
    expect(comparisonSettingsFromSearch('?vssize=big&vsseed=-4&vsx=&vssteps=1e3&vsf=NaN&vsz=Infinity')).toEqual({});
    expect(comparisonSettingsFromSearch('?vssize=3x4&vsf=%203')).toEqual({
      inputSize: 3,
      hiddenSize: 4,
      forgetBiasShift: 3,
    });
  });
});
