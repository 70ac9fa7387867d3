import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  GruCellDiagram,
  type GruCellDiagramLabels,
  type GruCellDiagramProps,
} from '../../../src/components/gru/GruCellDiagram';
import type { GruStage } from '../../../src/store/gru/gruStages';
import { handMadeGruExplanation } from './handMadeGru';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const labels: GruCellDiagramLabels = {
  title: 'The GRU cell, stage by stage',
  gates: { reset: 'reset gate', update: 'update gate', candidate: 'candidate hidden state' },
  vectors: {
    previousHidden: 'previous hidden state',
    input: 'input x',
    concat: 'joined [h, x]',
    candidateHiddenSide: 'hidden side of n',
    resetHidden: 'reset hidden side',
    oneMinusUpdate: 'one minus z',
    kept: 'kept state',
    written: 'written candidate',
    hidden: 'new hidden state',
  },
  unitValue: '{name}, unit {unit}: {value}',
};

const explanation = handMadeGruExplanation();

function renderDiagram(props: Partial<GruCellDiagramProps> = {}) {
  const onFocusUnit = vi.fn();
  const all: GruCellDiagramProps = {
    explanation,
    hiddenSize: 3,
    inputSize: 2,
    stage: 'reset',
    focusedUnit: 1,
    onFocusUnit,
    labels,
    ...props,
  };
  const result = render(<GruCellDiagram {...all} />);
  const restage = (stage: GruStage) => result.rerender(<GruCellDiagram {...all} stage={stage} />);
  return { ...result, onFocusUnit, restage };
}

const part = (container: HTMLElement, name: string) => container.querySelector(`[data-part="${name}"]`)!;
const stateOf = (container: HTMLElement, name: string) =>
  part(container, name)
    .getAttribute('class')
    ?.match(/is-(lit|dimmed)/)?.[1];

function reduceMotion(reduce: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: reduce && query.includes('reduce'),
    addEventListener: () => {},
    removeEventListener: () => {},
  }));
}

describe('GruCellDiagram', () => {
  it('names every cell with the explanation’s own values', () => {
    renderDiagram();
    const diagram = screen.getByRole('group', { name: labels.title });
    // 10 hidden-size vectors × 3 units, x_t's 2 values, [h, x]'s 5.
    expect(within(diagram).getAllByRole('img')).toHaveLength(37);
    const name = (text: string) => within(diagram).getByRole('img', { name: text });
    expect(name('reset gate, unit 1: 0.46')).toBeTruthy();
    expect(name('update gate, unit 2: 0.82')).toBeTruthy();
    expect(name('candidate hidden state, unit 1: −0.71')).toBeTruthy();
    expect(name('new hidden state, unit 0: 0.29')).toBeTruthy();
    expect(name('new hidden state, unit 1: −0.48')).toBeTruthy();
    expect(name('hidden side of n, unit 2: 0.49')).toBeTruthy();
    expect(name('reset hidden side, unit 1: −0.11')).toBeTruthy();
    expect(name('one minus z, unit 2: 0.18')).toBeTruthy();
    expect(name('kept state, unit 0: 0.05')).toBeTruthy();
    expect(name('written candidate, unit 1: −0.30')).toBeTruthy();
    expect(name('joined [h, x], unit h2: 0.60')).toBeTruthy();
    expect(name('joined [h, x], unit x1: −0.50')).toBeTruthy();
    expect(name('input x, unit 0: 0.80')).toBeTruthy();
  });

  it('shows the math symbols, the same in every language', () => {
    const { container } = renderDiagram();
    const texts = [...container.querySelectorAll('text.cell-diagram-math')].map((text) => text.textContent);
    expect(texts).toEqual(
      expect.arrayContaining([
        'rt',
        'zt',
        'nt',
        'ht−1',
        'xt',
        '[ht−1, xt]',
        'Whn ht−1 + bhn',
        'rt ⊙ (…)',
        '1 − zt',
        'zt ⊙ ht−1',
        '(1 − zt) ⊙ nt',
        'ht',
      ]),
    );
    expect(screen.getAllByText('σ')).toHaveLength(2);
    expect(screen.getAllByText('tanh')).toHaveLength(1);
  });

  it('outlines the focused unit in every hidden-size vector, and only there', () => {
    const { container } = renderDiagram({ focusedUnit: 2 });
    // 10 hidden-size vectors; x_t and [h, x] are not indexed by unit.
    expect(container.querySelectorAll('.vector-strip-focused-unit')).toHaveLength(10);
    expect(part(container, 'input').querySelector('.vector-strip-focused-unit')).toBeNull();
    const ring = part(container, 'gate:reset').querySelector('.vector-strip-focused-unit rect')!;
    const cell = within(part(container, 'gate:reset') as HTMLElement)
      .getByRole('img', { name: 'reset gate, unit 2: 0.57' })
      .querySelector('rect')!;
    expect(Number(ring.getAttribute('x'))).toBeLessThan(Number(cell.getAttribute('x')));
    expect(Number(ring.getAttribute('x')) + Number(ring.getAttribute('width'))).toBeGreaterThan(
      Number(cell.getAttribute('x')) + Number(cell.getAttribute('width')),
    );
  });

  it('lights the current stage and dims the rest', () => {
    const { container, restage } = renderDiagram({ stage: 'reset' });
    expect(stateOf(container, 'gate:reset')).toBe('lit');
    expect(stateOf(container, 'layer:reset')).toBe('lit');
    expect(stateOf(container, 'into:reset')).toBe('lit');
    expect(stateOf(container, 'gate:update')).toBe('dimmed');
    expect(stateOf(container, 'resetMultiply')).toBe('dimmed');

    restage('candidate');
    for (const lit of [
      'layer:candidateHidden',
      'candidateHiddenSide',
      'resetMultiply',
      'resetHidden',
      'layer:candidate',
      'gate:candidate',
      'previousHiddenToCandidateHidden',
      'resetToMultiply',
      'inputToCandidate',
    ])
      expect(stateOf(container, lit), lit).toBe('lit');
    expect(stateOf(container, 'layer:reset')).toBe('dimmed');
    expect(stateOf(container, 'hidden')).toBe('dimmed');

    restage('update');
    for (const lit of ['gate:update', 'layer:update', 'oneMinus', 'oneMinusUpdate', 'updateToOneMinus'])
      expect(stateOf(container, lit), lit).toBe('lit');
    expect(stateOf(container, 'keepMultiply')).toBe('dimmed');

    restage('hidden');
    for (const lit of ['keepMultiply', 'writeMultiply', 'add', 'kept', 'written', 'hidden', 'addToHidden'])
      expect(stateOf(container, lit), lit).toBe('lit');
    expect(stateOf(container, 'gate:reset')).toBe('dimmed');
    expect(stateOf(container, 'resetHidden')).toBe('dimmed');
  });

  it('reports the unit a reader clicks or focuses in any hidden-size vector', () => {
    const { onFocusUnit } = renderDiagram();
    fireEvent.click(screen.getByRole('img', { name: 'update gate, unit 2: 0.82' }));
    expect(onFocusUnit).toHaveBeenLastCalledWith(2);
    fireEvent.focus(screen.getByRole('img', { name: 'reset hidden side, unit 0: 0.11' }));
    expect(onFocusUnit).toHaveBeenLastCalledWith(0);
    fireEvent.click(screen.getByRole('img', { name: 'input x, unit 1: −0.50' }));
    expect(onFocusUnit).toHaveBeenCalledTimes(2);
  });

  it('shows the value of a cell in a tooltip on hover', () => {
    const { container } = renderDiagram();
    fireEvent.pointerEnter(screen.getByRole('img', { name: 'candidate hidden state, unit 0: 0.43' }));
    expect(container.querySelector('.vector-strip-tooltip')?.textContent).toBe(
      'candidate hidden state, unit 0: 0.4303',
    );
  });

  it('on entering the candidate stage, grows r ⊙ (W_hn h + b_hn) from W_hn h + b_hn, then settles', async () => {
    reduceMotion(false);
    const { container, restage } = renderDiagram({ stage: 'update' });
    const firstResetHidden = () => part(container, 'resetHidden').querySelector('text.vector-strip-value')!.textContent;
    expect(firstResetHidden()).toBe('0.11');
    restage('candidate');
    expect(firstResetHidden()).toBe('0.19'); // W_hn h + b_hn, about to be scaled by r = 0.59
    expect(screen.getByRole('img', { name: 'reset hidden side, unit 0: 0.11' })).toBeTruthy();
    await waitFor(() => expect(firstResetHidden()).toBe('0.11'), { timeout: 3000 });
  });

  it('changes stage instantly when the reader prefers reduced motion', () => {
    reduceMotion(true);
    const { container, restage } = renderDiagram({ stage: 'update' });
    act(() => restage('hidden'));
    expect(part(container, 'hidden').querySelector('text.vector-strip-value')!.textContent).toBe('0.29');
    expect(container.querySelector('.cell-diagram-arrow circle')).toBeNull();
  });

  it('draws the empty diagram before anything is computed', () => {
    renderDiagram({ explanation: undefined });
    expect(screen.getByRole('img', { name: 'update gate, unit 0: …' })).toBeTruthy();
    expect(screen.getByRole('img', { name: 'one minus z, unit 2: …' })).toBeTruthy();
  });

  it('switches to one focusable list per vector at the course size nn.GRU(10, 20)', () => {
    renderDiagram({ explanation: undefined, hiddenSize: 20, inputSize: 10 });
    expect(screen.queryAllByRole('img')).toHaveLength(0);
    expect(screen.getAllByRole('listbox')).toHaveLength(12);
    expect(within(screen.getByRole('listbox', { name: 'update gate' })).getAllByRole('option')).toHaveLength(20);
    expect(within(screen.getByRole('listbox', { name: 'joined [h, x]' })).getAllByRole('option')).toHaveLength(30);
  });
});
