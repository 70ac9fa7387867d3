import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { StateSliders } from '../../../src/components/cell/StateSliders';
import { GRU_EXPLORER_UI } from '../../../src/components/gru/gruExplorerUi';
import { GruStepView } from '../../../src/components/gru/GruStepView';
import { initBackend } from '../../../src/model';
import { DEFAULT_GRU_EXPLORER_SETTINGS, gruExplorerStore } from '../../../src/store/gru/gruExplorerStore';
import { DEFAULT_LANGUAGE_SETTINGS, languageStore } from '../../../src/store/languageStore';

// The GRU diagram draws x_t and h_{t−1} each as its own strip: those cells change in place, as
// their sliders do; [h, x] (the two side by side) and every result stay as computed.

beforeAll(async () => {
  await initBackend();
});

beforeEach(() => {
  act(() => {
    languageStore.getState().restoreSettings(DEFAULT_LANGUAGE_SETTINGS);
    gruExplorerStore.getState().restoreSettings(DEFAULT_GRU_EXPLORER_SETTINGS);
  });
});

afterEach(cleanup);

function renderExplorer() {
  render(
    <>
      <GruStepView />
      <StateSliders ui={GRU_EXPLORER_UI} />
    </>,
  );
  return screen.getByRole('group', { name: /GRU/ });
}

const names = (diagram: HTMLElement, vector: string) =>
  within(diagram)
    .getAllByRole('img', { name: new RegExp(`^${vector}, unit \\d: `) })
    .map((cell) => cell.getAttribute('aria-label'));

describe('the GRU diagram’s input cells', () => {
  it('↑ on x1 raises x1 by 0.1: the store, the x₁ slider, the update gate and [h, x] follow', () => {
    const diagram = renderExplorer();
    const before = names(diagram, 'update gate');
    const cell = within(diagram).getByRole('img', { name: 'input x, unit 1: −0.50' });
    fireEvent.keyDown(cell, { key: 'ArrowUp' });
    expect(gruExplorerStore.getState().input).toEqual([0.8, -0.4, 1.2]);
    expect((screen.getByRole('slider', { name: 'input x, 1' }) as HTMLInputElement).value).toBe('-0.4');
    expect(cell.getAttribute('aria-label')).toBe('input x, unit 1: −0.40');
    expect(names(diagram, 'update gate')).not.toEqual(before);
    expect(
      within(diagram).getByRole('img', { name: /^h and x side by side, \[h, x\], unit x1: −0\.40$/ }),
    ).toBeTruthy();
  });

  it('steps h_{t−1} within its slider’s ±1, and leaves [h, x] and the results alone', () => {
    const diagram = renderExplorer();
    const hidden = within(diagram).getByRole('img', { name: 'previous hidden state, unit 2: 0.50' });
    for (let press = 0; press < 8; press++) fireEvent.keyDown(hidden, { key: '+' });
    expect(gruExplorerStore.getState().previousHidden).toEqual([0.1, -0.3, 1, 0]);
    expect((screen.getByRole('slider', { name: 'previous hidden state, 2' }) as HTMLInputElement).value).toBe('1');

    for (const name of [
      /^h and x side by side, \[h, x\], unit h0: /,
      /^new hidden state, unit 0: /,
      /^reset gate, unit 0: /,
    ]) {
      const cell = within(diagram).getByRole('img', { name });
      fireEvent.keyDown(cell, { key: 'ArrowUp' });
      expect(cell.getAttribute('aria-describedby')).toBeNull();
    }
    expect(gruExplorerStore.getState().previousHidden).toEqual([0.1, -0.3, 1, 0]);
    expect(gruExplorerStore.getState().input).toEqual(DEFAULT_GRU_EXPLORER_SETTINGS.input);
  });
});
