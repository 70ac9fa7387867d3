import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MemoryPulsePlot } from '../../../src/components/compare/MemoryPulsePlot';
import { initBackend } from '../../../src/model';
import { DEFAULT_COMPARISON_SETTINGS } from '../../../src/store/compare/comparisonSettings';
import { comparisonStore } from '../../../src/store/compare/comparisonStore';
import { DEFAULT_LANGUAGE_SETTINGS, languageStore } from '../../../src/store/languageStore';

beforeAll(async () => {
  await initBackend();
});
beforeEach(() => {
  languageStore.getState().restoreSettings(DEFAULT_LANGUAGE_SETTINGS);
  comparisonStore.getState().restoreSettings(DEFAULT_COMPARISON_SETTINGS);
});
afterEach(cleanup);

/** The summary's number for one line, e.g. "the LSTM’s C keeps 0.912". */
function summaryValue(pattern: RegExp): number {
  const text = screen.getByText(/^At t = 50, /).textContent ?? '';
  return Number(pattern.exec(text)![1]);
}

describe('MemoryPulsePlot', () => {
  it('draws three named lines in a described chart', () => {
    render(<MemoryPulsePlot />);
    const chart = screen.getByRole('img', { name: 'How much of the pulse survives, step by step' });
    expect(chart.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(chart.getAttribute('aria-describedby')!)!.textContent).toMatch(/^At t = 50, /);
    expect(chart.querySelectorAll('path.pulse-line')).toHaveLength(3);
    chart.querySelectorAll('path.pulse-line').forEach((path) => expect(path.getAttribute('d')).toMatch(/^M/));
    const legend = screen.getByRole('list', { name: 'Lines' });
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['LSTM cell state C', 'LSTM hidden state h', 'GRU hidden state h']);
  });

  it('one button makes both cells keep memory, another puts the biases back', () => {
    render(<MemoryPulsePlot />);
    const before = summaryValue(/LSTM’s C keeps ([\d.]+)/);
    fireEvent.click(screen.getByRole('button', { name: 'Both keep memory (biases +4)' }));
    expect(comparisonStore.getState().forgetBiasShift).toBe(4);
    expect(comparisonStore.getState().updateBiasShift).toBe(4);
    expect(screen.getByRole('button', { name: 'Both keep memory (biases +4)' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(summaryValue(/LSTM’s C keeps ([\d.]+)/)).toBeGreaterThan(before + 0.5);
    fireEvent.click(screen.getByRole('button', { name: 'Biases back to 0' }));
    expect(comparisonStore.getState().forgetBiasShift).toBe(0);
    expect(summaryValue(/LSTM’s C keeps ([\d.]+)/)).toBe(before);
  });

  it('raising the forget-gate bias raises C’s footprint at t = 50, live', () => {
    render(<MemoryPulsePlot />);
    const before = summaryValue(/C keeps (\d+\.\d+)/);
    const slider = screen.getByRole('slider', { name: 'LSTM forget gate bias shift' });
    act(() => {
      fireEvent.change(slider, { target: { value: '5' } });
    });
    expect(comparisonStore.getState().forgetBiasShift).toBe(5);
    expect(summaryValue(/C keeps (\d+\.\d+)/)).toBeGreaterThan(before + 0.5);
  });

  it('raising the update-gate bias raises the GRU’s footprint at t = 50', () => {
    render(<MemoryPulsePlot />);
    const before = summaryValue(/GRU’s h (\d+\.\d+)/);
    act(() => {
      fireEvent.change(screen.getByRole('slider', { name: 'GRU update gate bias shift' }), { target: { value: '5' } });
    });
    expect(summaryValue(/GRU’s h (\d+\.\d+)/)).toBeGreaterThan(before + 0.5);
  });

  it('lists every plotted value in a table once opened, and follows the step count', () => {
    render(<MemoryPulsePlot />);
    act(() => {
      fireEvent.change(screen.getByRole('slider', { name: 'Steps after the pulse' }), { target: { value: '60' } });
    });
    expect(comparisonStore.getState().steps).toBe(60);
    const details = screen.getByText('The plotted values as a table').closest('details')!;
    act(() => {
      details.open = true;
      fireEvent(details, new Event('toggle'));
    });
    const table = screen.getByRole('table', { name: 'Footprint left at each time step' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(1 + 61);
    expect(Array.from(rows[1]!.querySelectorAll('th, td'), (cell) => cell.textContent)).toEqual([
      '0',
      '1.000',
      '1.000',
      '1.000',
    ]);
    const { lstmMemory } = comparisonStore.getState();
    expect(rows[51]!.querySelector('td')!.textContent).toBe(lstmMemory!.cell![50]!.toFixed(3));
  });

  it('speaks Chinese', () => {
    languageStore.getState().restoreSettings({ ...DEFAULT_LANGUAGE_SETTINGS, language: 'zh' });
    render(<MemoryPulsePlot />);
    expect(screen.getByRole('slider', { name: 'LSTM 遗忘门的偏置平移' })).toBeTruthy();
    expect(screen.getByRole('slider', { name: 'GRU 更新门的偏置平移' })).toBeTruthy();
    expect(screen.getByRole('img', { name: '脉冲的印记逐步留存了多少' })).toBeTruthy();
  });
});
