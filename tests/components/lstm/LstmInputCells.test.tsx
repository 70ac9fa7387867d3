import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { StateSliders } from '../../../src/components/cell/StateSliders';
import { LstmCellDiagram, type LstmCellDiagramLabels } from '../../../src/components/lstm/LstmCellDiagram';
import { LSTM_EXPLORER_UI } from '../../../src/components/lstm/lstmExplorerUi';
import { LstmStepView } from '../../../src/components/lstm/LstmStepView';
import { initBackend } from '../../../src/model';
import { DEFAULT_LANGUAGE_SETTINGS, languageStore } from '../../../src/store/languageStore';
import { DEFAULT_LSTM_EXPLORER_SETTINGS, lstmExplorerStore } from '../../../src/store/lstm/lstmExplorerStore';
import { fakeLstmExplanation } from './fakeLstmExplanation';

// The LSTM diagram's inputs (x_t and h_{t−1}, the halves of [h_{t−1}, x_t], and C_{t−1}) change in
// place from the keyboard, through the store, as their sliders do; the results do not.

beforeAll(async () => {
  await initBackend();
});

beforeEach(() => {
  act(() => {
    languageStore.getState().restoreSettings(DEFAULT_LANGUAGE_SETTINGS);
    lstmExplorerStore.getState().restoreSettings(DEFAULT_LSTM_EXPLORER_SETTINGS);
  });
});

afterEach(cleanup);

function renderExplorer() {
  render(
    <>
      <LstmStepView />
      <StateSliders ui={LSTM_EXPLORER_UI} />
    </>,
  );
  return screen.getByRole('group', { name: 'The LSTM cell, stage by stage' });
}

const forgetNames = (diagram: HTMLElement) =>
  within(diagram)
    .getAllByRole('img', { name: /^forget gate, unit \d: / })
    .map((cell) => cell.getAttribute('aria-label'));

describe('the LSTM diagram’s input cells', () => {
  it('↑ on x0 in [h, x] raises x0 by 0.1: the store, the x₀ slider and the forget gate all follow', () => {
    const diagram = renderExplorer();
    const before = forgetNames(diagram);
    const cell = within(diagram).getByRole('img', { name: 'joined [h, x], unit x0: 0.80' });
    fireEvent.keyDown(cell, { key: 'ArrowUp' });
    expect(lstmExplorerStore.getState().input).toEqual([0.9, -0.5, 1.2]);
    expect((screen.getByRole('slider', { name: 'input x, 0' }) as HTMLInputElement).value).toBe('0.9');
    expect(within(diagram).getByRole('img', { name: 'joined [h, x], unit x0: 0.90' })).toBe(cell);
    expect(forgetNames(diagram)).not.toEqual(before);
  });

  it('steps h0 and C0 too, by 0.01 with Shift, and holds each at its slider’s end', () => {
    const diagram = renderExplorer();
    const hidden = within(diagram).getByRole('img', { name: 'joined [h, x], unit h0: 0.10' });
    fireEvent.keyDown(hidden, { key: 'ArrowDown', shiftKey: true });
    expect(lstmExplorerStore.getState().previousHidden[0]).toBe(0.09);
    for (let press = 0; press < 12; press++) fireEvent.keyDown(hidden, { key: 'ArrowUp' });
    expect(lstmExplorerStore.getState().previousHidden[0]).toBe(1);
    expect(hidden.getAttribute('aria-label')).toBe('joined [h, x], unit h0: 1.00');

    const cell = within(diagram).getByRole('img', { name: /^previous cell state, unit 0: 0.60$/ });
    fireEvent.keyDown(cell, { key: '-' });
    expect(lstmExplorerStore.getState().previousCell[0]).toBe(0.5);
    expect((screen.getByRole('slider', { name: 'previous cell state, 0' }) as HTMLInputElement).value).toBe('0.5');
  });

  it('says each input cell can be changed, in the reader’s language; results cannot', () => {
    const diagram = renderExplorer();
    const description = (name: RegExp) => {
      const id = within(diagram).getByRole('img', { name }).getAttribute('aria-describedby');
      return id === null ? null : document.getElementById(id)?.textContent;
    };
    expect(description(/^joined \[h, x\], unit x2: /)).toMatch(/^An input: drag it up or down/);
    expect(description(/^previous cell state, unit 3: /)).toMatch(/press ↑ or ↓/);
    expect(description(/^forget gate, unit 0: /)).toBeNull();
    expect(description(/^new cell state, unit 0: /)).toBeNull();

    const forget = within(diagram).getByRole('img', { name: /^forget gate, unit 0: / });
    fireEvent.keyDown(forget, { key: 'ArrowUp' });
    expect(lstmExplorerStore.getState().input).toEqual(DEFAULT_LSTM_EXPLORER_SETTINGS.input);

    act(() => languageStore.getState().chooseLanguage('zh'));
    expect(
      document.getElementById(
        within(diagram)
          .getAllByRole('img', { name: /^拼接后的 \[h, x\]，神经元 x0：/ })[0]!
          .getAttribute('aria-describedby')!,
      )?.textContent,
    ).toMatch(/^这是输入：上下拖动即可修改/);
  });

  it('hints under the x sliders how else x changes, keys apart from a finger', () => {
    renderExplorer();
    const sliders = screen.getByRole('group', { name: 'Input xₜ' });
    expect(sliders.querySelector('.keyboard-hint')?.textContent).toMatch(/drag a cell of an input.*↑ or ↓/);
    expect(sliders.querySelector('.touch-hint')?.textContent).toMatch(
      /slide a cell of an input in the diagram sideways/,
    );
  });
});

describe('the phone’s LSTM drawing', () => {
  it('changes x and h in their own rows, where [h, x] below them is only their join', () => {
    const onSetInput = vi.fn();
    const vectors = [
      'input',
      'previousHidden',
      'previousCell',
      'concat',
      'kept',
      'written',
      'cell',
      'cellTanh',
      'hidden',
    ];
    render(
      <LstmCellDiagram
        explanation={fakeLstmExplanation()}
        hiddenSize={4}
        inputSize={3}
        stage="concat"
        focusedUnit={0}
        onFocusUnit={() => {}}
        onSetInput={onSetInput}
        shape="narrow"
        labels={{
          title: 'LSTM',
          gates: { forget: 'forget gate', input: 'input gate', candidate: 'candidate memory', output: 'output gate' },
          vectors: Object.fromEntries(vectors.map((vector) => [vector, vector])) as LstmCellDiagramLabels['vectors'],
          unitValue: '{name}, unit {unit}: {value}',
          adjustCell: 'An input: drag it up or down',
        }}
      />,
    );
    fireEvent.keyDown(screen.getAllByRole('img', { name: /^input, unit 2: / })[0]!, { key: 'ArrowDown' });
    fireEvent.keyDown(screen.getAllByRole('img', { name: /^previousHidden, unit 1: / })[0]!, { key: 'ArrowUp' });
    fireEvent.keyDown(screen.getAllByRole('img', { name: /^concat, unit x0: / })[0]!, { key: 'ArrowUp' });
    expect(onSetInput.mock.calls.map(([vector, index]) => [vector, index])).toEqual([
      ['input', 2],
      ['previousHidden', 1],
    ]);
  });
});
