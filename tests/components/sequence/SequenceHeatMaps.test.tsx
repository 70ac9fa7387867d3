import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { SequenceHeatMaps } from '../../../src/components/sequence/SequenceHeatMaps';
import { initBackend } from '../../../src/model';
import type { LstmGates } from '../../../src/model/types';
import { DEFAULT_LANGUAGE_SETTINGS, languageStore } from '../../../src/store/languageStore';
import { DEFAULT_SEQUENCE_SETTINGS } from '../../../src/store/sequence/sequenceSettings';
import { sequenceStore } from '../../../src/store/sequence/sequenceStore';

// The default run: a two-layer LSTM, 8 units, 30 steps, one sequence. Each plot is given 300 × 80 px.
beforeAll(async () => {
  await initBackend();
});
beforeEach(() => {
  languageStore.getState().restoreSettings(DEFAULT_LANGUAGE_SETTINGS);
  sequenceStore.getState().restoreSettings({ ...DEFAULT_SEQUENCE_SETTINGS, batch: 2, shownBatch: 1 });
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(
    DOMRect.fromRect({ width: 300, height: 80 }),
  );
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const mapOf = (name: string) => screen.getByRole('group', { name });

describe('SequenceHeatMaps', () => {
  it('shows one map per LSTM gate plus C and h, for the selected cell and sequence', () => {
    render(<SequenceHeatMaps />);
    expect(screen.getByRole('heading', { name: /Every unit over time/ }).textContent).toContain(
      'Layer 0 (forward), sequence b = 1 of B = 2',
    );
    expect(screen.getAllByRole('img').map((map) => map.getAttribute('aria-label'))).toEqual([
      'forget gate f over time: 8 units × 30 steps',
      'input gate i over time: 8 units × 30 steps',
      'candidate memory g over time: 8 units × 30 steps',
      'output gate o over time: 8 units × 30 steps',
      'cell state C over time: 8 units × 30 steps',
      'hidden state h over time: 8 units × 30 steps',
    ]);
    expect(document.body.textContent).not.toMatch(/\{\w+\}/);
  });

  it('reads the values of the shown sequence from the run, and goes to a clicked step', () => {
    act(() => sequenceStore.getState().selectCell(1, 0, 4));
    render(<SequenceHeatMaps />);
    const cell = mapOf('cell state C');
    act(() => cell.focus());
    fireEvent.keyDown(cell, { key: 'ArrowDown' });
    const { run } = sequenceStore.getState();
    const c = (run!.steps[1]![4]!.gates as LstmGates).c.data[1 * 8 + 1]!;
    const readout = cell.parentElement!.querySelector('[aria-live="polite"]')!.textContent;
    expect(readout).toBe(`unit 1, t = 4: ${c < 0 ? '−' : ''}${Math.abs(c).toFixed(3)}`);
    // Column 12 of 30 spans 120 … 130 px.
    fireEvent.click(mapOf('hidden state h').firstElementChild!, { clientX: 125, clientY: 10 });
    expect(sequenceStore.getState().t).toBe(12);
    expect(screen.getByRole('heading', { name: /Every unit over time/ }).textContent).toContain('Layer 1 (forward)');
  });

  it('shows a GRU’s r, z, n and h', () => {
    act(() => sequenceStore.getState().configure({ kind: 'GRU' }));
    render(<SequenceHeatMaps />);
    expect(screen.getAllByRole('group').map((map) => map.getAttribute('aria-label'))).toEqual([
      'reset gate r',
      'update gate z',
      'candidate hidden state n',
      'hidden state h',
    ]);
  });
});
