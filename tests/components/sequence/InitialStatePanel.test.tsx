import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InitialStatePanel } from '../../../src/components/sequence/InitialStatePanel';
import { DEFAULT_LANGUAGE_SETTINGS, languageStore } from '../../../src/store/languageStore';
import { createSequenceStore } from '../../../src/store/sequence/sequenceStore';

// No tfjs backend here, so `run` stays undefined: the panel reads h0 and c0 from the settings.

beforeEach(() => languageStore.getState().restoreSettings(DEFAULT_LANGUAGE_SETTINGS));
afterEach(cleanup);

function renderPanel() {
  const store = createSequenceStore();
  render(<InitialStatePanel store={store} />);
  return store;
}

const pressed = (name: RegExp | string) => screen.getByRole('button', { name }).getAttribute('aria-pressed');
const sliderValues = (name: string) =>
  screen
    .getAllByRole('slider', { name: new RegExp(`^${name.replace(/[[\]]/g, '\\$&')}, \\d+$`) })
    .map((slider) => Number((slider as HTMLInputElement).value));

describe('InitialStatePanel', () => {
  it('states h0’s and c0’s shape with the current sizes, and that PyTorch starts from zeros', () => {
    renderPanel();
    expect(screen.getByRole('group', { name: 'Initial states h0 and c0' })).toBeTruthy();
    expect(screen.getByText(/= \(2 · 1, 1, 8\) = \(2, 1, 8\)/)).toBeTruthy();
    expect(screen.getByText(/c0 has the same shape/)).toBeTruthy();
    expect(screen.getByText(/as in lstm\(x\), and PyTorch starts from zeros/)).toBeTruthy();
    expect(pressed('Zeros (PyTorch’s default)')).toBe('true');
    expect(sliderValues('initial hidden state h0[0, 0]')).toEqual(new Array(8).fill(0));
    expect(sliderValues('initial cell state c0[0, 0]')).toEqual(new Array(8).fill(0));
    expect(screen.getByRole('group', { name: 'h0[0, 0]: layer 0' })).toBeTruthy();
  });

  it('starts from random states like the course’s torch.randn, with new numbers on request', () => {
    const store = renderPanel();
    fireEvent.click(
      screen.getByRole('button', { name: /^Random, like the course’s h_init = torch.randn\(2, 1, 8\)$/ }),
    );
    expect(store.getState().initialState).toBe('random');
    expect(pressed(/^Random/)).toBe('true');
    expect(pressed('Zeros (PyTorch’s default)')).toBe('false');
    const first = sliderValues('initial hidden state h0[0, 0]');
    expect(first.some((value) => value !== 0)).toBe(true);
    expect(first.every((value) => Math.abs(value) <= 1)).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'New numbers' }));
    expect(store.getState().stateSeed).toBe(2);
    expect(sliderValues('initial hidden state h0[0, 0]')).not.toEqual(first);
  });

  it('a slider sets that unit of the selected cell’s row; Reset to zeros drops the edits', () => {
    const store = renderPanel();
    act(() => store.getState().selectCell(1, 0));
    fireEvent.change(screen.getByRole('slider', { name: 'initial cell state c0[1, 0], 3' }), {
      target: { value: '2.5' },
    });
    expect(store.getState().stateEdits).toEqual([{ state: 'c', row: 1, batch: 0, unit: 3, value: 2.5 }]);
    expect(sliderValues('initial cell state c0[1, 0]')[3]).toBe(2.5);
    expect(screen.getByText('Values set by hand: 1.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Reset to zeros' }));
    expect(store.getState().stateEdits).toEqual([]);
    expect(sliderValues('initial cell state c0[1, 0]')[3]).toBe(0);
  });

  it('labels the row by layer and direction in a bidirectional network', () => {
    const store = renderPanel();
    act(() => {
      store.getState().configure({ bidirectional: true, batch: 2 });
      store.getState().selectCell(1, 1);
      store.getState().showBatch(1);
    });
    expect(screen.getByRole('group', { name: 'h0[3, 1]: layer 1, reverse' })).toBeTruthy();
    expect(screen.getByText(/= \(2 · 2, 2, 8\) = \(4, 2, 8\)/)).toBeTruthy();
  });

  it('shows only h0 for a GRU, and one slider with a unit picker at the course’s sizes', () => {
    const store = renderPanel();
    act(() => store.getState().configure({ kind: 'GRU' }));
    expect(screen.getByRole('group', { name: 'Initial state h0' })).toBeTruthy();
    expect(screen.queryByRole('slider', { name: /c0/ })).toBeNull();
    expect(screen.getByText(/as in gru\(x, h0\), to start anywhere else/)).toBeTruthy();
    act(() => store.getState().loadCourseNetwork('LSTM'));
    expect(screen.getByRole('button', { name: /torch.randn\(2, 3, 100\)$/ })).toBeTruthy();
    expect(screen.getAllByRole('slider')).toHaveLength(2);
  });

  it('speaks the reader’s language', () => {
    languageStore.getState().chooseLanguage('zh');
    renderPanel();
    expect(screen.getByRole('group', { name: 'h0[0, 0]：第 0 层' })).toBeTruthy();
    expect(screen.getByRole('slider', { name: '初始隐藏状态 h0[0, 0], 2' })).toBeTruthy();
  });
});
