import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { SequenceInputs } from '../../../src/components/sequence/SequenceInputs';
import { DEFAULT_LANGUAGE_SETTINGS, languageStore } from '../../../src/store/languageStore';
import { createSequenceStore } from '../../../src/store/sequence/sequenceStore';
import { dragAcross, installPointerEvents, placeSketch } from './sketchPointer';

// No tfjs backend here, so `run` stays undefined: the panel draws the input from the settings,
// and these tests check what the controls do to the settings.

let uninstall: () => void;
beforeAll(() => {
  uninstall = installPointerEvents();
});
afterAll(() => uninstall());
beforeEach(() => languageStore.getState().restoreSettings(DEFAULT_LANGUAGE_SETTINGS));
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function renderPanel() {
  const store = createSequenceStore();
  render(<SequenceInputs store={store} />);
  return store;
}

const pressed = (name: string) => screen.getByRole('button', { name }).getAttribute('aria-pressed');
const sketch = (name = 'Input sketch of x[t, 0, 0] over t') => screen.getByRole('slider', { name });

describe('SequenceInputs', () => {
  it('shows the chosen preset pressed and loads another on a click', () => {
    const store = renderPanel();
    expect(pressed('One pulse to remember')).toBe('true');
    expect(sketch().getAttribute('aria-valuetext')).toBe('t = 0 of 0 to 29: 3.00');
    fireEvent.click(screen.getByRole('button', { name: 'Sine wave' }));
    expect(store.getState().inputPreset).toBe('sine');
    expect(pressed('Sine wave')).toBe('true');
    expect(pressed('One pulse to remember')).toBe('false');
    expect(screen.getByText(/^sin\(2πt \/ 12\)/)).toBeTruthy();
    expect(sketch().getAttribute('aria-valuetext')).toBe('t = 0 of 0 to 29: 0.00');
  });

  it('draws new random numbers from the next seed', () => {
    const store = renderPanel();
    expect(screen.queryByRole('button', { name: 'New numbers' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Random (like torch.randn)' }));
    const first = sketch().getAttribute('aria-valuetext');
    fireEvent.click(screen.getByRole('button', { name: 'New numbers' }));
    expect(store.getState().inputSeed).toBe(2);
    expect(screen.getByText(/from seed 2;/)).toBeTruthy();
    expect(sketch().getAttribute('aria-valuetext')).not.toBe(first);
  });

  it('the word preset shows which letters light which feature, and says when they share one', () => {
    const store = renderPanel();
    fireEvent.click(screen.getByRole('button', { name: 'A word, one-hot' }));
    expect(screen.getByText('Sequence b = 0 spells “hello”.')).toBeTruthy();
    const legend = () => screen.getByRole('list', { name: 'Feature f: the letters that light it' });
    const rows = () =>
      within(legend())
        .getAllByRole('listitem')
        .map((item) => item.textContent);
    expect(rows()).toEqual(['f = 0: h, e, l, o']);
    expect(screen.getByText(/input_size = 1 is smaller than the 4 letters/)).toBeTruthy();
    act(() => store.getState().configure({ inputSize: 8, batch: 2 }));
    expect(rows()).toEqual([
      'f = 0: h',
      'f = 1: e',
      'f = 2: l',
      'f = 3: o',
      'f = 4: g',
      'f = 5: a',
      'f = 6: t',
      'f = 7: s',
    ]);
    expect(screen.queryByText(/is smaller than the/)).toBeNull();
    expect(screen.getByRole('option', { name: '4 (g)' })).toBeTruthy();
  });

  it('a drag on the sketch draws into the store, and Clear drawing undoes it', () => {
    const store = renderPanel();
    expect(screen.queryByRole('button', { name: 'Clear drawing' })).toBeNull();
    placeSketch(sketch());
    dragAcross(sketch(), 30, [
      [2, 1],
      [6, -1],
    ]);
    expect(store.getState().inputEdits.map(({ t, value }) => [t, value])).toEqual([
      [2, 1],
      [3, 0.5],
      [4, 0],
      [5, -0.5],
      [6, -1],
    ]);
    expect(screen.getByText('Values drawn over the preset: 5.')).toBeTruthy();
    // The sketch shows what was drawn: the keyboard's step followed the pointer to t = 6.
    expect(sketch().getAttribute('aria-valuetext')).toBe('t = 6 of 0 to 29: −1.00');
    fireEvent.click(screen.getByRole('button', { name: 'Clear drawing' }));
    expect(store.getState().inputEdits).toEqual([]);
    expect(sketch().getAttribute('aria-valuetext')).toBe('t = 6 of 0 to 29: 0.00');
    expect(screen.queryByRole('button', { name: 'Clear drawing' })).toBeNull();
  });

  it('picks the sequence by PyTorch’s batch index b and the feature to draw, only when there is a choice', () => {
    const store = renderPanel();
    expect(screen.queryByRole('group', { name: 'Sequence shown (batch index b)' })).toBeNull();
    expect(screen.queryByRole('combobox')).toBeNull();
    act(() => store.getState().configure({ batch: 3, inputSize: 3 }));
    const batches = screen.getByRole('group', { name: 'Sequence shown (batch index b)' });
    fireEvent.click(within(batches).getByRole('button', { name: 'b = 2' }));
    expect(store.getState().shownBatch).toBe(2);
    expect(within(batches).getByRole('button', { name: 'b = 2' }).getAttribute('aria-pressed')).toBe('true');
    expect(
      screen.getByText('Sequence 3 of 3: PyTorch’s batch index b = 2, so x[:, 2] (x[2] with batch_first=True).'),
    ).toBeTruthy();
    fireEvent.change(screen.getByRole('combobox', { name: 'Feature to draw, f' }), { target: { value: '1' } });
    expect(store.getState().drawnFeature).toBe(1);
    // The pulse of sequence b = 2 comes at t = 2, on every feature.
    const drawn = sketch('Input sketch of x[t, 2, 1] over t');
    act(() => drawn.focus());
    fireEvent.keyDown(drawn, { key: 'ArrowUp' });
    expect(store.getState().inputEdits).toEqual([{ t: 0, batch: 2, feature: 1, value: 0.1 }]);
    fireEvent.keyDown(drawn, { key: 'ArrowRight' });
    fireEvent.keyDown(drawn, { key: 'ArrowRight' });
    expect(drawn.getAttribute('aria-valuetext')).toBe('t = 2 of 0 to 29: 3.00');
  });

  it('picks one of the course’s 32 sequences from a list rather than 32 buttons', () => {
    const store = renderPanel();
    act(() => store.getState().loadCourseNetwork('GRU'));
    expect(screen.queryByRole('button', { name: 'b = 0' })).toBeNull();
    const picker = screen.getByRole('combobox', { name: 'Sequence shown (batch index b)' });
    expect(within(picker).getAllByRole('option')).toHaveLength(32);
    fireEvent.change(picker, { target: { value: '31' } });
    expect(store.getState().shownBatch).toBe(31);
    expect((picker as HTMLSelectElement).value).toBe('31');
    expect(screen.getByText(/^Sequence 32 of 32: PyTorch’s batch index b = 31/)).toBeTruthy();
  });

  it('states the input’s shape with the current sizes', () => {
    const store = renderPanel();
    expect(screen.getByText(/^x has shape \(L, B, input_size\) = \(30, 1, 1\)/)).toBeTruthy();
    act(() => store.getState().configure({ batchFirst: true, batch: 2 }));
    expect(screen.getByText(/laid out as \(B, L, input_size\) = \(2, 30, 1\)/)).toBeTruthy();
  });
});
