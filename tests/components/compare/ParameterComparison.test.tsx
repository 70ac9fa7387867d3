import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countFormula, ParameterComparison, shapeText } from '../../../src/components/compare/ParameterComparison';
import { defaultConfig } from '../../../src/model/config';
import { parameterCount } from '../../../src/model/parameterShapes';
import { modelParameters } from '../../../src/store/compare/comparisonModels';
import { DEFAULT_COMPARISON_SETTINGS } from '../../../src/store/compare/comparisonSettings';
import { comparisonStore } from '../../../src/store/compare/comparisonStore';
import { DEFAULT_LANGUAGE_SETTINGS, languageStore } from '../../../src/store/languageStore';

beforeEach(() => {
  languageStore.getState().restoreSettings(DEFAULT_LANGUAGE_SETTINGS);
  comparisonStore.getState().restoreSettings(DEFAULT_COMPARISON_SETTINGS);
});
afterEach(cleanup);

/** The rows of a table as text, one array of cells per row. */
function rows(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .map((row) => Array.from(row.querySelectorAll('th, td'), (cell) => cell.textContent ?? ''));
}

const courseLstm = { ...defaultConfig(50, 100), numLayers: 2 };

describe('ParameterComparison', () => {
  it('lists the course’s nn.LSTM(50, 100, num_layers=2) as PyTorch names and shapes it, 141,600 in all', () => {
    render(<ParameterComparison />);
    const table = screen.getByRole('table', { name: 'nn.LSTM(50, 100, num_layers=2)' });
    expect(rows(table)).toEqual([
      ['Parameter', 'Shape', 'Blocks in its rows', 'Numbers'],
      ['weight_ih_l0', '(4H × I) = 400 × 50', 'i, f, g, o', '20,000'],
      ['weight_hh_l0', '(4H × H) = 400 × 100', 'i, f, g, o', '40,000'],
      ['bias_ih_l0', '(4H) = 400', 'i, f, g, o', '400'],
      ['bias_hh_l0', '(4H) = 400', 'i, f, g, o', '400'],
      ['weight_ih_l1', '(4H × H) = 400 × 100', 'i, f, g, o', '40,000'],
      ['weight_hh_l1', '(4H × H) = 400 × 100', 'i, f, g, o', '40,000'],
      ['bias_ih_l1', '(4H) = 400', 'i, f, g, o', '400'],
      ['bias_hh_l1', '(4H) = 400', 'i, f, g, o', '400'],
      ['Total: 141,600 parameters'],
    ]);
    expect(parameterCount('LSTM', courseLstm)).toBe(141_600);
  });

  it('shows nn.GRU(10, 20) with its three blocks and 1,920 parameters, for the chosen sizes and the course', () => {
    render(<ParameterComparison />);
    const tables = screen.getAllByRole('table', { name: 'nn.GRU(10, 20)' });
    expect(tables).toHaveLength(2);
    for (const table of tables) {
      expect(rows(table)[1]).toEqual(['weight_ih_l0', '(3H × I) = 60 × 10', 'r, z, n', '600']);
      expect(rows(table).at(-1)).toEqual(['Total: 1,920 parameters']);
    }
    expect(screen.getByText(/the GRU has 1,920 parameters and the LSTM 2,560/)).toBeTruthy();
  });

  it('follows the chosen sizes', () => {
    comparisonStore.getState().setSizes(3, 4);
    render(<ParameterComparison />);
    const table = screen.getByRole('table', { name: 'nn.LSTM(3, 4)' });
    expect(rows(table).at(-1)).toEqual([`Total: ${parameterCount('LSTM', defaultConfig(3, 4))} parameters`]);
    expect(screen.getByRole('table', { name: 'nn.GRU(3, 4)' })).toBeTruthy();
  });

  it('writes the count formula with the numbers substituted, one term per layer', () => {
    expect(countFormula(modelParameters('GRU', defaultConfig(10, 20)))).toBe(
      String.raw`\begin{aligned} &3\,\bigl(H\,(I + H) + 2H\bigr) \\ ` +
        String.raw`&= 3\,\bigl(20\cdot(10 + 20) + 2\cdot 20\bigr) \\ &= 1{,}920 \end{aligned}`,
    );
    expect(countFormula(modelParameters('LSTM', courseLstm))).toBe(
      String.raw`\begin{aligned} &4\,\bigl(H\,(I + H) + 2H\bigr) + 4\,\bigl(H\,(H + H) + 2H\bigr) \\ ` +
        String.raw`&= 4\,\bigl(100\cdot(50 + 100) + 2\cdot 100\bigr) \\ ` +
        String.raw`&\quad + 4\,\bigl(100\cdot(100 + 100) + 2\cdot 100\bigr) \\ &= 141{,}600 \end{aligned}`,
    );
    // The formula's arithmetic gives the same totals as counting PyTorch's shapes.
    expect(4 * (100 * 150 + 200) + 4 * (100 * 200 + 200)).toBe(141_600);
    expect(3 * (20 * 30 + 40)).toBe(1920);
  });

  it('names every table and heading in Chinese', () => {
    languageStore.getState().restoreSettings({ ...DEFAULT_LANGUAGE_SETTINGS, language: 'zh' });
    render(<ParameterComparison />);
    expect(screen.getByRole('heading', { level: 3, name: '参数：三块权重，而不是四块' })).toBeTruthy();
    const table = screen.getByRole('table', { name: 'nn.LSTM(50, 100, num_layers=2)' });
    expect(rows(table)[0]).toEqual(['参数', '形状', '按行堆叠的块', '数值个数']);
    expect(rows(table).at(-1)).toEqual(['合计：141,600 个参数']);
  });

  it('writes shapes with symbols first', () => {
    const [weightIh, , bias] = modelParameters('GRU', defaultConfig(10, 20)).specs;
    expect(shapeText(weightIh!, 'GRU')).toBe('(3H × I) = 60 × 10');
    expect(shapeText(bias!, 'GRU')).toBe('(3H) = 60');
  });
});
