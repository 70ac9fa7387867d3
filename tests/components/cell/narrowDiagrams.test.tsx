import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GruCellDiagram, type GruCellDiagramProps } from '../../../src/components/gru/GruCellDiagram';
import { GRU_STAGE_FOCUS } from '../../../src/components/gru/gruStageFocus';
import { LstmCellDiagram, type LstmCellDiagramProps } from '../../../src/components/lstm/LstmCellDiagram';
import { LSTM_STAGE_FOCUS } from '../../../src/components/lstm/lstmStageFocus';
import type { GruStage } from '../../../src/store/gru/gruStages';
import type { LstmStage } from '../../../src/store/lstm/lstmStages';
import { handMadeGruExplanation } from '../gru/handMadeGru';
import { fakeLstmExplanation } from '../lstm/fakeLstmExplanation';

// The phone drawings of both cell diagrams: chosen by the width of the diagram's box, with every
// part each walkthrough stage lights, and fewer decimals where cells are narrow.

const blankWords = (keys: string[]) => Object.fromEntries(keys.map((key) => [key, key]));

const lstmProps: LstmCellDiagramProps = {
  explanation: fakeLstmExplanation(),
  hiddenSize: 4,
  inputSize: 3,
  stage: 'concat',
  focusedUnit: 0,
  onFocusUnit: () => {},
  labels: {
    title: 'LSTM cell',
    gates: { forget: 'forget gate', input: 'input gate', candidate: 'candidate memory', output: 'output gate' },
    vectors: blankWords([
      'previousCell',
      'previousHidden',
      'input',
      'concat',
      'kept',
      'written',
      'cell',
      'cellTanh',
      'hidden',
    ]) as LstmCellDiagramProps['labels']['vectors'],
    unitValue: '{name}, unit {unit}: {value}',
  },
};

const gruProps: GruCellDiagramProps = {
  explanation: handMadeGruExplanation(),
  hiddenSize: 3,
  inputSize: 2,
  stage: 'inputs',
  focusedUnit: 0,
  onFocusUnit: () => {},
  labels: {
    title: 'GRU cell',
    gates: { reset: 'reset gate', update: 'update gate', candidate: 'candidate hidden state' },
    vectors: blankWords([
      'previousHidden',
      'input',
      'concat',
      'candidateHiddenSide',
      'resetHidden',
      'oneMinusUpdate',
      'kept',
      'written',
      'hidden',
    ]) as GruCellDiagramProps['labels']['vectors'],
    unitValue: '{name}, unit {unit}: {value}',
  },
};

/** Gives every element `width` px of box, and the page a ResizeObserver that reports nothing later. */
function boxWidth(width: number) {
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(width);
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      disconnect() {}
    },
  );
}

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const viewBox = (container: HTMLElement) => container.querySelector('svg')!.getAttribute('viewBox');
const layoutOf = (container: HTMLElement) => container.querySelector('.cell-diagram')!.getAttribute('data-layout');

describe('choosing the drawing by the width of its box', () => {
  it('draws the LSTM for a phone in a 358 px box, and the wide picture in a 1200 px one', () => {
    boxWidth(358);
    const phone = render(<LstmCellDiagram {...lstmProps} />);
    expect(layoutOf(phone.container)).toBe('narrow');
    expect(viewBox(phone.container)).toMatch(/^0 0 352 /);
    phone.unmount();
    boxWidth(1200);
    const wide = render(<LstmCellDiagram {...lstmProps} />);
    expect(layoutOf(wide.container)).toBe('wide');
    expect(viewBox(wide.container)).toBe('0 0 1070 404');
  });

  it('draws the GRU for a phone in a 358 px box', () => {
    boxWidth(358);
    const { container } = render(<GruCellDiagram {...gruProps} />);
    expect(layoutOf(container)).toBe('narrow');
    expect(viewBox(container)).toMatch(/^0 0 352 /);
  });

  it('stays wide before its box is measured, as on the server', () => {
    const { container } = render(<LstmCellDiagram {...lstmProps} />);
    expect(layoutOf(container)).toBe('wide');
  });
});

/** Every part a stage's focus names, by the `data-part` the diagram gives it. */
function focusedParts(focus: {
  vectors: string[];
  gates: string[];
  layers: string[];
  nodes: string[];
  steps: string[][];
}): string[] {
  return [
    ...focus.vectors,
    ...focus.gates.map((gate) => `gate:${gate}`),
    ...focus.layers.map((layer) => `layer:${layer}`),
    ...focus.nodes,
    ...focus.steps.flat(),
  ];
}

const stateOf = (container: HTMLElement, name: string) =>
  container
    .querySelector(`[data-part="${name}"]`)
    ?.getAttribute('class')
    ?.match(/is-(lit|dimmed)/)?.[1];

describe('the phone drawings light what every stage lights', () => {
  it.each(Object.keys(LSTM_STAGE_FOCUS) as LstmStage[])('LSTM stage %s', (stage) => {
    const { container } = render(<LstmCellDiagram {...lstmProps} stage={stage} shape="narrow" />);
    for (const name of focusedParts(LSTM_STAGE_FOCUS[stage])) expect(stateOf(container, name), name).toBe('lit');
    expect(container.querySelectorAll('.is-dimmed').length).toBeGreaterThan(0);
  });

  it.each(Object.keys(GRU_STAGE_FOCUS) as GruStage[])('GRU stage %s', (stage) => {
    const { container } = render(<GruCellDiagram {...gruProps} stage={stage} shape="narrow" />);
    for (const name of focusedParts(GRU_STAGE_FOCUS[stage])) expect(stateOf(container, name), name).toBe('lit');
    expect(container.querySelectorAll('.is-dimmed').length).toBeGreaterThan(0);
  });
});

describe('numbers in the phone drawing', () => {
  it('shows two decimals at the default size and every cell still named to screen readers', () => {
    const { container } = render(<LstmCellDiagram {...lstmProps} shape="narrow" />);
    const forget = container.querySelector('[data-part="gate:forget"]')!;
    expect([...forget.querySelectorAll('text.vector-strip-value')].map((text) => text.textContent)).toEqual([
      '0.93',
      '0.23',
      '0.60',
      '0.95',
    ]);
    // 11 hidden-size vectors × 4 units, x_t's 3 values, [h, x]'s 7: as in the wide drawing.
    expect(screen.getAllByRole('img')).toHaveLength(54);
  });

  it('shows one decimal for 8 units, on one row, and names each cell with two', () => {
    const explanation = handMadeGruExplanation();
    const eight = (values: Float32Array) => Float32Array.from({ length: 8 }, (_, unit) => values[unit % 3]!);
    const wideExplanation = {
      ...explanation,
      gates: {
        reset: eight(explanation.gates.reset),
        update: eight(explanation.gates.update),
        candidate: eight(explanation.gates.candidate),
      },
    };
    const { container } = render(
      <GruCellDiagram {...gruProps} explanation={wideExplanation} hiddenSize={8} inputSize={8} shape="narrow" />,
    );
    const reset = container.querySelector('[data-part="gate:reset"]')!;
    const texts = [...reset.querySelectorAll('text.vector-strip-value')].map((text) => text.textContent);
    expect(texts).toHaveLength(8);
    for (const text of texts) expect(text).toMatch(/^−?\d\.\d$/);
    const ys = new Set(
      [...reset.querySelectorAll('.vector-strip-cell rect:first-child')].map((rect) => rect.getAttribute('y')),
    );
    expect(ys.size).toBe(1);
    expect(
      screen.getByRole('img', { name: `reset gate, unit 0: ${explanation.gates.reset[0]!.toFixed(2)}` }),
    ).toBeTruthy();
  });
});
