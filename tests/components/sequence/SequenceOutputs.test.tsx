import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SequenceOutputs } from '../../../src/components/sequence/SequenceOutputs';
import { stateRowCount } from '../../../src/model/stateRows';
import type { LstmGates, PlainTensor, TraceStep } from '../../../src/model/types';
import { DEFAULT_LANGUAGE_SETTINGS, languageStore } from '../../../src/store/languageStore';
import type { SequenceRun } from '../../../src/store/sequence/sequenceRun';
import type { SequenceSettings } from '../../../src/store/sequence/sequenceSettings';
import { createSequenceStore, type SequenceState } from '../../../src/store/sequence/sequenceStore';

beforeEach(() => languageStore.getState().restoreSettings(DEFAULT_LANGUAGE_SETTINGS));
afterEach(cleanup);

/** h at (row, t, b, unit): every number tells where it came from, e.g. 12.1 is row 1, t = 2, unit 1. */
const hiddenValue = (row: number, t: number, b: number, unit: number) => row * 10 + t + unit / 10 + b / 100;

/**
 * A run as the model layer would return it, built by hand: the trace first, then out from the top
 * layer's h at every step and h_n / c_n from each row's last step, laid out as PyTorch lays them out.
 */
function fakeRun(settings: SequenceSettings): SequenceRun {
  const { steps: length, batch, hiddenSize, numLayers, bidirectional, batchFirst } = settings;
  const directions = bidirectional ? 2 : 1;
  const rows = stateRowCount(settings);
  const tensor = (fill: (b: number, unit: number) => number): PlainTensor => ({
    shape: [batch, hiddenSize],
    data: Float32Array.from({ length: batch * hiddenSize }, (_, i) => fill(Math.floor(i / hiddenSize), i % hiddenSize)),
  });
  const steps: TraceStep[][] = Array.from({ length: rows }, (_, row) =>
    Array.from({ length }, (_, t) => {
      const h = tensor((b, unit) => hiddenValue(row, t, b, unit));
      const c = tensor((b, unit) => -hiddenValue(row, t, b, unit));
      const gates = settings.kind === 'LSTM' ? { i: h, f: h, g: h, o: h, c, h } : { r: h, z: h, n: h, h };
      return { layer: Math.floor(row / directions), direction: row % directions, t, gates };
    }),
  );
  const width = directions * hiddenSize;
  const output = new Float32Array(length * batch * width);
  for (let t = 0; t < length; t++)
    for (let b = 0; b < batch; b++)
      for (let direction = 0; direction < directions; direction++) {
        const h = steps[(numLayers - 1) * directions + direction]![t]!.gates.h.data;
        const offset = ((batchFirst ? b * length + t : t * batch + b) * directions + direction) * hiddenSize;
        output.set(h.subarray(b * hiddenSize, (b + 1) * hiddenSize), offset);
      }
  const final = (state: 'h' | 'c') => {
    const data = new Float32Array(rows * batch * hiddenSize);
    steps.forEach((row, index) => {
      const last = row[index % directions === 0 ? length - 1 : 0]!.gates;
      data.set(state === 'h' ? last.h.data : (last as LstmGates).c.data, index * batch * hiddenSize);
    });
    return { shape: [rows, batch, hiddenSize], data };
  };
  const zeros = { shape: [rows, batch, hiddenSize], data: new Float32Array(rows * batch * hiddenSize) };
  return {
    config: {
      inputSize: settings.inputSize,
      hiddenSize,
      numLayers,
      bias: true,
      batchFirst,
      bidirectional,
      projSize: 0,
      dropout: 0,
    },
    timeMajorInput: new Float32Array(length * batch * settings.inputSize),
    h0: zeros,
    c0: settings.kind === 'LSTM' ? zeros : undefined,
    result: {
      output: { shape: batchFirst ? [batch, length, width] : [length, batch, width], data: output },
      hN: final('h'),
      cN: settings.kind === 'LSTM' ? final('c') : undefined,
      trace: steps.flat(),
    },
    steps,
  };
}

/** A store with the given sizes and the hand-built run in place of the model layer's. */
function storeWith(change: Partial<SequenceSettings> = {}) {
  const store = createSequenceStore();
  store.getState().configure({ hiddenSize: 3, numLayers: 2, steps: 4, batch: 2, ...change });
  store.setState({ run: fakeRun(store.getState()) });
  return store;
}

const card = (name: RegExp) => screen.getByRole('article', { name });
const outCard = () => card(/^out:/);
const hNCard = () => card(/^h_n:/);
/** The accessible names of a card's value cells. */
const cellNames = (element: HTMLElement) =>
  within(element)
    .getAllByRole('img')
    .map((cell) => cell.getAttribute('aria-label'));

function tamper(store: ReturnType<typeof storeWith>, change: (run: SequenceRun) => void) {
  const run = store.getState().run!;
  change(run);
  store.setState({ run: { ...run } });
}

describe('SequenceOutputs', () => {
  it('shows the LSTM’s three results with their shapes in symbols and numbers', () => {
    render(<SequenceOutputs store={storeWith()} />);
    expect(screen.getByRole('heading', { name: /out, \(h_n, c_n\) = lstm\(x, \(h0, c0\)\)/ })).toBeTruthy();
    expect(within(outCard()).getByText('(L, B, D·H) = (4, 2, 3)')).toBeTruthy();
    expect(within(hNCard()).getByText('(num_layers·D, B, H) = (2, 2, 3)')).toBeTruthy();
    expect(within(card(/^c_n:/)).getByText('(num_layers·D, B, H) = (2, 2, 3)')).toBeTruthy();
    expect(screen.getByText(/never touches h0, c0, h_n or c_n/)).toBeTruthy();
  });

  it('with batch_first puts B first in out and its index, and leaves h_n as it was', () => {
    const store = storeWith({ batchFirst: true });
    store.getState().goToStep(2);
    render(<SequenceOutputs store={store} />);
    expect(within(outCard()).getByText('(B, L, D·H) = (2, 4, 3)')).toBeTruthy();
    expect(within(outCard()).getByText('out[0, 2, :]')).toBeTruthy();
    expect(within(hNCard()).getByText('(num_layers·D, B, H) = (2, 2, 3)')).toBeTruthy();
    // Batch-first data read in the batch-first order: still the top layer's h at t = 2.
    expect(cellNames(outCard())[0]).toBe('out[0, 2, 0] = 12.00');
    expect(within(outCard()).getByText('out[0, 2, :] equals the top layer’s h at t = 2: ✓')).toBeTruthy();
  });

  it('with bidirectional doubles out’s width and h_n’s rows, and ends the reverse row at t = 0', () => {
    const store = storeWith({ bidirectional: true });
    store.getState().selectCell(1, 1, 2);
    render(<SequenceOutputs store={store} />);
    expect(within(outCard()).getByText('(L, B, D·H) = (4, 2, 6)')).toBeTruthy();
    expect(within(hNCard()).getByText('(num_layers·D, B, H) = (4, 2, 3)')).toBeTruthy();
    // out[2, 0, :] is the forward h (row 2), then the reverse h (row 3), at t = 2.
    expect(cellNames(outCard())).toEqual([
      'out[2, 0, 0] = 22.00',
      'out[2, 0, 1] = 22.10',
      'out[2, 0, 2] = 22.20',
      'out[2, 0, 3] = 32.00',
      'out[2, 0, 4] = 32.10',
      'out[2, 0, 5] = 32.20',
    ]);
    const hN = hNCard();
    expect(within(hN).getByText('h_n[3, 0, :]')).toBeTruthy();
    expect(within(hN).getByText(/layer·D \+ direction = 1·2 \+ 1 = 3/)).toBeTruthy();
    expect(cellNames(hN)[0]).toBe('h_n[3, 0, 0] = 30.00');
    expect(within(hN).getByText(/at its last step, t = 0: ✓/)).toBeTruthy();
    expect(within(hN).getByText('In out, that is out[0, 0, 3:], not out[3, 0, 3:].')).toBeTruthy();
  });

  it('shows out[t, b, :] for the selected step and follows it', () => {
    const store = storeWith();
    store.getState().goToStep(1);
    render(<SequenceOutputs store={store} />);
    expect(within(outCard()).getByText('out[1, 0, :]')).toBeTruthy();
    expect(cellNames(outCard())).toEqual(['out[1, 0, 0] = 11.00', 'out[1, 0, 1] = 11.10', 'out[1, 0, 2] = 11.20']);
    act(() => store.getState().goToStep(3));
    expect(within(outCard()).getByText('out[3, 0, :]')).toBeTruthy();
    expect(cellNames(outCard())).toEqual(['out[3, 0, 0] = 13.00', 'out[3, 0, 1] = 13.10', 'out[3, 0, 2] = 13.20']);
    expect(within(outCard()).getByText('out[3, 0, :] equals the top layer’s h at t = 3: ✓')).toBeTruthy();
  });

  it('marks a result’s sources while the pointer or focus is on its card', () => {
    const store = storeWith();
    render(<SequenceOutputs store={store} />);
    fireEvent.pointerEnter(hNCard());
    expect(store.getState().highlight).toBe('hN');
    expect(hNCard().classList.contains('is-highlighted')).toBe(true);
    expect(outCard().classList.contains('is-highlighted')).toBe(false);
    fireEvent.pointerLeave(hNCard());
    expect(store.getState().highlight).toBeUndefined();
    expect(hNCard().classList.contains('is-highlighted')).toBe(false);
    fireEvent.focus(outCard());
    expect(store.getState().highlight).toBe('out');
    fireEvent.blur(outCard());
    expect(store.getState().highlight).toBeUndefined();
  });

  it('reports a failure when out disagrees with the top layer’s h', () => {
    const store = storeWith();
    store.getState().goToStep(1);
    // out[1, 0, 1] no longer the h it was copied from.
    tamper(store, (run) => (run.result.output!.data[(1 * 2 + 0) * 3 + 1]! += 0.5));
    render(<SequenceOutputs store={store} />);
    const check = within(outCard()).getByText(/^✗ out\[1, 0, :\] differs/);
    expect(check.textContent).toBe(
      '✗ out[1, 0, :] differs from the top layer’s h at t = 1: unit 1 is 11.6 in out but 11.1 in the cell’s step.',
    );
    expect(check.classList.contains('is-failed')).toBe(true);
    expect(within(outCard()).queryByText(/✓/)).toBeNull();
  });

  it('reports a failure when h_n disagrees with the layer’s last step', () => {
    const store = storeWith();
    tamper(store, (run) => run.result.hN.data.fill(0));
    render(<SequenceOutputs store={store} />);
    expect(
      within(hNCard()).getByText(/^✗ h_n\[0, 0, :\] differs from the hidden state of layer 0 \(forward\)/),
    ).toBeTruthy();
    expect(
      within(card(/^c_n:/)).getByText(
        /c_n\[0, 0, :\] equals the cell state of layer 0 \(forward\) at its last step, t = 3: ✓/,
      ),
    ).toBeTruthy();
  });

  it('shows a GRU’s two results without c_n', () => {
    render(<SequenceOutputs store={storeWith({ kind: 'GRU' })} />);
    expect(screen.getByRole('heading', { name: /out, h_n = gru\(x, h0\)/ })).toBeTruthy();
    expect(screen.getAllByRole('article')).toHaveLength(2);
    expect(screen.queryByRole('article', { name: /^c_n:/ })).toBeNull();
  });

  it('waits for the run without claiming a check', () => {
    const store = createSequenceStore();
    store.setState({ run: undefined } satisfies Partial<SequenceState>);
    render(<SequenceOutputs store={store} />);
    expect(screen.getAllByText('Not computed yet: the model layer is still starting.')).toHaveLength(3);
    expect(screen.queryByText(/✓/)).toBeNull();
  });
});
