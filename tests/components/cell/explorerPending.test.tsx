import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StateSliders } from '../../../src/components/cell/StateSliders';
import { GruStepView } from '../../../src/components/gru/GruStepView';
import { LSTM_EXPLORER_UI } from '../../../src/components/lstm/lstmExplorerUi';
import { LstmStepView } from '../../../src/components/lstm/LstmStepView';
import { formatValue } from '../../../src/components/shared/VectorStrip';
import { activeBackend, initBackend } from '../../../src/model';
import { DEFAULT_GRU_EXPLORER_SETTINGS, gruExplorerStore } from '../../../src/store/gru/gruExplorerStore';
import { DEFAULT_LANGUAGE_SETTINGS, languageStore } from '../../../src/store/languageStore';
import { DEFAULT_LSTM_EXPLORER_SETTINGS, lstmExplorerStore } from '../../../src/store/lstm/lstmExplorerStore';

// Before tfjs has arrived an explorer draws its real diagram and rule at once: the step's inputs
// (plain numbers in the store) with their values, "…" wherever the model's numbers will go, and
// never a number the model has not computed. This file starts the model layer only in its last test.

beforeEach(() => {
  act(() => {
    languageStore.getState().restoreSettings(DEFAULT_LANGUAGE_SETTINGS);
    lstmExplorerStore.getState().restoreSettings({ ...DEFAULT_LSTM_EXPLORER_SETTINGS, stage: 1 });
    gruExplorerStore.getState().restoreSettings({ ...DEFAULT_GRU_EXPLORER_SETTINGS, stage: 3 });
  });
});

afterEach(cleanup);

const diagramArea = (container: HTMLElement) => container.querySelector<HTMLElement>('.diagram-area')!;
const cellTexts = (container: HTMLElement, part: string) =>
  Array.from(container.querySelectorAll(`[data-part="${part}"] .vector-strip-value`), (text) => text.textContent);

function renderLstm() {
  const { container } = render(
    <>
      <LstmStepView />
      <StateSliders ui={LSTM_EXPLORER_UI} />
    </>,
  );
  return { container, diagram: screen.getByRole('group', { name: 'The LSTM cell, stage by stage' }) };
}

describe('an explorer before the model layer is ready', () => {
  it('draws the LSTM diagram with its inputs and "…" for every computed value, marked not ready', () => {
    expect(activeBackend()).toBeUndefined();
    const { container, diagram } = renderLstm();
    expect(diagramArea(container).dataset.explanationReady).toBe('false');
    expect(diagramArea(container).getAttribute('aria-busy')).toBe('true');
    // One status for screen readers, not a "…" per cell.
    expect(screen.getByRole('status').textContent).toBe('Starting the model layer…');

    // x_t and h_{t−1} are drawn as the halves of [h_{t−1}, x_t].
    expect(cellTexts(container, 'concat')).toEqual(['0.10', '−0.30', '0.50', '0.00', '0.80', '−0.50', '1.20']);
    expect(cellTexts(container, 'previousCell')).toEqual(['0.60', '−1.00', '0.20', '1.50']);
    expect(within(diagram).getByRole('img', { name: 'joined [h, x], unit x0: 0.80' })).toBeTruthy();
    for (const part of ['gate:forget', 'gate:input', 'gate:candidate', 'gate:output', 'kept', 'cell', 'hidden'])
      expect(cellTexts(container, part)).toEqual(['…', '…', '…', '…']);
    // The computed strips are hidden from screen readers and the tab order until their numbers come.
    expect(within(diagram).queryAllByRole('img', { name: /^forget gate/ })).toHaveLength(0);
    expect(container.querySelector('[data-part="gate:forget"] [tabindex]')).toBeNull();

    // The forget stage's rule, with the real inputs and weights and "…" for what the model computes.
    const rule = container.querySelector<HTMLElement>('.rule-area')!;
    expect(rule.getAttribute('aria-busy')).toBe('true');
    expect(rule.querySelectorAll('.formula-numbers').length).toBeGreaterThan(0);
    expect(rule.textContent).toContain('…');
    expect(rule.textContent).toContain('=…×0.600=…'); // f_t[0] C_{t−1}[0] = … × 0.600 = …
    expect(rule.textContent).not.toContain('0.000');
    expect(container.textContent).not.toMatch(/NaN/);
  });

  it('shows a slider moved before the model is ready in the diagram at once', () => {
    const { container } = renderLstm();
    fireEvent.change(screen.getByRole('slider', { name: 'input x, 0' }), { target: { value: '0.3' } });
    expect(cellTexts(container, 'concat').slice(4)).toEqual(['0.30', '−0.50', '1.20']);
    expect(cellTexts(container, 'gate:forget')).toEqual(['…', '…', '…', '…']);
    expect(diagramArea(container).dataset.explanationReady).toBe('false');
  });

  it('draws the GRU diagram and its candidate stage the same way', () => {
    const { container } = render(<GruStepView />);
    expect(diagramArea(container).dataset.explanationReady).toBe('false');
    expect(cellTexts(container, 'previousHidden')).toEqual(['0.10', '−0.30', '0.50', '0.00']);
    for (const part of ['gate:reset', 'gate:update', 'gate:candidate', 'resetHidden', 'hidden'])
      expect(cellTexts(container, part)).toEqual(['…', '…', '…', '…']);
    expect(container.querySelector('.rule-area')!.textContent).toContain('…');
    expect(container.textContent).not.toMatch(/NaN/);
  });

  it('puts the model’s numbers in place when it is ready, for the latest inputs', async () => {
    const { container, diagram } = renderLstm();
    fireEvent.change(screen.getByRole('slider', { name: 'input x, 0' }), { target: { value: '0.3' } });
    await initBackend();
    act(() => lstmExplorerStore.getState().recompute());

    const explanation = lstmExplorerStore.getState().explanation!;
    expect(Array.from(explanation.input)).toEqual([Math.fround(0.3), -0.5, Math.fround(1.2)]);
    expect(diagramArea(container).dataset.explanationReady).toBe('true');
    expect(diagramArea(container).hasAttribute('aria-busy')).toBe(false);
    expect(screen.queryByRole('status')).toBeNull();
    expect(cellTexts(container, 'gate:forget')).toEqual(Array.from(explanation.gates.forget, (f) => formatValue(f, 2)));
    expect(within(diagram).getAllByRole('img', { name: /^forget gate, unit \d: / })).toHaveLength(4);
    expect(container.querySelector('.rule-area')!.textContent).not.toContain('…');
  });
});
