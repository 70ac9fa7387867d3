import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  LstmCellDiagram,
  type LstmCellDiagramLabels,
  type LstmCellDiagramProps,
} from '../../../src/components/lstm/LstmCellDiagram';
import type { LstmStage } from '../../../src/store/lstm/lstmStages';
import { fakeLstmExplanation } from './fakeLstmExplanation';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const labels: LstmCellDiagramLabels = {
  title: 'The LSTM cell, stage by stage',
  gates: { forget: 'forget gate', input: 'input gate', candidate: 'candidate memory', output: 'output gate' },
  vectors: {
    input: 'input x',
    previousHidden: 'previous hidden state',
    previousCell: 'previous cell state',
    concat: 'joined [h, x]',
    kept: 'kept memory f ⊙ C',
    written: 'written memory i ⊙ g',
    cell: 'new cell state',
    cellTanh: 'tanh of the cell state',
    hidden: 'new hidden state',
  },
  unitValue: '{name}, unit {unit}: {value}',
};

const explanation = fakeLstmExplanation();

function renderDiagram(props: Partial<LstmCellDiagramProps> = {}) {
  const onFocusUnit = vi.fn();
  const all: LstmCellDiagramProps = {
    explanation,
    hiddenSize: 4,
    inputSize: 3,
    stage: 'forget',
    focusedUnit: 0,
    onFocusUnit,
    labels,
    ...props,
  };
  const result = render(<LstmCellDiagram {...all} />);
  const restage = (stage: LstmStage) => result.rerender(<LstmCellDiagram {...all} stage={stage} />);
  return { ...result, onFocusUnit, restage };
}

const part = (container: HTMLElement, name: string) => container.querySelector(`[data-part="${name}"]`)!;

function reduceMotion(reduce: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: reduce && query.includes('reduce'),
    addEventListener: () => {},
    removeEventListener: () => {},
  }));
}

describe('LstmCellDiagram', () => {
  it('draws every vector of the step with screen-reader names', () => {
    renderDiagram();
    const diagram = screen.getByRole('group', { name: labels.title });
    // 10 hidden-size vectors × 4 units and [h, x]'s 7: h_{t−1} and x_t are named as [h, x]'s halves,
    // their values its cells h0…h3 and x0…x2, not drawn a second time.
    expect(within(diagram).getAllByRole('img')).toHaveLength(47);
    const name = (text: string) => within(diagram).getByRole('img', { name: text });
    expect(name('forget gate, unit 0: 0.93')).toBeTruthy();
    expect(name('input gate, unit 3: 0.12')).toBeTruthy();
    expect(name('candidate memory, unit 1: −0.60')).toBeTruthy();
    expect(name('previous cell state, unit 3: 1.50')).toBeTruthy();
    expect(name('kept memory f ⊙ C, unit 0: 0.56')).toBeTruthy();
    expect(name(`new cell state, unit 2: ${explanation.cell[2]!.toFixed(2)}`)).toBeTruthy();
    expect(name(`new hidden state, unit 1: −${Math.abs(explanation.hidden[1]!).toFixed(2)}`)).toBeTruthy();
    expect(name('joined [h, x], unit x2: 1.20')).toBeTruthy();
    expect(name('joined [h, x], unit h2: 0.50')).toBeTruthy();
    expect(name('joined [h, x], unit x0: 0.80')).toBeTruthy();
    expect(within(diagram).getByRole('group', { name: 'output gate' })).toBeTruthy();
  });

  it('shows the math symbols, the same in every language', () => {
    const { container } = renderDiagram();
    const texts = [...container.querySelectorAll('text.cell-diagram-math')].map((text) => text.textContent);
    expect(texts).toEqual(expect.arrayContaining(['Ct−1', 'ft', 'gt', '[ht−1, xt]', 'tanh(Ct)', 'ht']));
    expect(screen.getAllByText('σ')).toHaveLength(3);
  });

  it('lights the current stage and dims the rest', () => {
    const { container, restage } = renderDiagram({ stage: 'forget' });
    expect(part(container, 'gate:forget').getAttribute('class')).toContain('is-lit');
    expect(part(container, 'layer:forget').getAttribute('class')).toContain('is-lit');
    expect(part(container, 'forgetMultiply').getAttribute('class')).toContain('is-lit');
    expect(part(container, 'gate:candidate').getAttribute('class')).toContain('is-dimmed');
    expect(part(container, 'hidden').getAttribute('class')).toContain('is-dimmed');
    restage('hidden');
    expect(part(container, 'gate:forget').getAttribute('class')).toContain('is-dimmed');
    expect(part(container, 'hidden').getAttribute('class')).toContain('is-lit');
    expect(part(container, 'outputMultiply').getAttribute('class')).toContain('is-lit');
    expect(part(container, 'multiplyToHidden').getAttribute('class')).toContain('is-lit');
  });

  it('reports the unit a reader focuses in any hidden-size vector', () => {
    const { onFocusUnit } = renderDiagram();
    fireEvent.focus(screen.getByRole('img', { name: 'output gate, unit 2: 0.10' }));
    expect(onFocusUnit).toHaveBeenCalledWith(2);
    // [h, x]'s cells are not hidden units: focusing one leaves the formulas' unit alone.
    fireEvent.focus(screen.getByRole('img', { name: 'joined [h, x], unit x1: −0.50' }));
    fireEvent.focus(screen.getByRole('img', { name: 'joined [h, x], unit h1: −0.30' }));
    expect(onFocusUnit).toHaveBeenCalledTimes(1);
  });

  it('on entering a multiply stage, grows the product from the input values, then settles', async () => {
    reduceMotion(false);
    const { container, restage } = renderDiagram({ stage: 'concat' });
    const firstKept = () => part(container, 'kept').querySelector('text.vector-strip-value')!.textContent;
    expect(firstKept()).toBe('0.56');
    restage('forget');
    expect(firstKept()).toBe('0.60'); // C_{t−1}, about to be scaled by f = 0.93
    expect(screen.getByRole('img', { name: 'kept memory f ⊙ C, unit 0: 0.56' })).toBeTruthy();
    await waitFor(() => expect(firstKept()).toBe('0.56'), { timeout: 3000 });
  });

  it('changes stage instantly when the reader prefers reduced motion', () => {
    reduceMotion(true);
    const { container, restage } = renderDiagram({ stage: 'concat' });
    act(() => restage('forget'));
    expect(part(container, 'kept').querySelector('text.vector-strip-value')!.textContent).toBe('0.56');
    expect(container.querySelector('.cell-diagram-arrow circle')).toBeNull();
  });

  it('draws the empty diagram before anything is computed', () => {
    renderDiagram({ explanation: undefined });
    expect(screen.getByRole('img', { name: 'forget gate, unit 0: …' })).toBeTruthy();
  });

  it('switches to one focusable list per vector at the course size', () => {
    renderDiagram({ explanation: undefined, hiddenSize: 100, inputSize: 50 });
    expect(screen.queryAllByRole('img')).toHaveLength(0);
    // One per vector drawn: h_{t−1} and x_t are [h, x]'s halves.
    expect(screen.getAllByRole('listbox')).toHaveLength(11);
    expect(within(screen.getByRole('listbox', { name: 'forget gate' })).getAllByRole('option')).toHaveLength(100);
  });
});
