import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConventionSwitch } from '../../../src/components/gru/ConventionSwitch';
import { GruStagePanel } from '../../../src/components/gru/GruStagePanel';
import { gruConventionStore } from '../../../src/store/gru/gruConventionStore';
import { DEFAULT_LANGUAGE_SETTINGS, languageStore } from '../../../src/store/languageStore';
import { handMadeGruExplanation } from './handMadeGru';

beforeEach(() => {
  languageStore.getState().restoreSettings(DEFAULT_LANGUAGE_SETTINGS);
  gruConventionStore.getState().chooseConvention('pytorch');
});
afterEach(cleanup);

const explanation = handMadeGruExplanation();
const block = {
  rows: 3,
  cols: 5,
  data: new Float32Array(15),
  bias: new Float32Array(3),
  inputBias: new Float32Array(3),
  hiddenBias: new Float32Array(3),
};
const blocks = { reset: block, update: block, candidate: block };

describe('ConventionSwitch', () => {
  it('offers the three forms, marks the chosen one and says the numbers are PyTorch’s', () => {
    render(<ConventionSwitch />);
    const group = screen.getByRole('group', { name: 'Which form of the formulas?' });
    expect(group).toBeTruthy();
    const pytorch = screen.getByRole('button', { name: 'PyTorch' });
    expect(pytorch.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Textbook z′ = 1 − z' }));
    expect(gruConventionStore.getState().convention).toBe('textbook');
    expect(screen.getByRole('button', { name: 'Textbook z′ = 1 − z' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByText(/This explorer computes exactly what nn.GRU/)).toBeTruthy();
    act(() => languageStore.getState().restoreSettings({ language: 'zh', sideBySide: false }));
    expect(screen.getByRole('group', { name: '采用哪种公式写法？' })).toBeTruthy();
  });
});

describe('GruStagePanel', () => {
  it('under reset-before, adds the reset-before n and h beside PyTorch’s, marked as shown only to compare', () => {
    render(
      <GruStagePanel
        stage="candidate"
        explanation={explanation}
        blocks={blocks}
        focusedUnit={0}
        convention="resetBefore"
      />,
    );
    expect(screen.getByText('Shown only to compare')).toBeTruthy();
    expect(
      screen.getByText(
        'Unit 0, same weights: reset before gives n = 0.388 and h = 0.267; PyTorch, reset after, gives n = 0.430 and h = 0.291.',
      ),
    ).toBeTruthy();
  });

  it('in PyTorch’s form shows no comparison, and the textbook form states z′ for the unit', () => {
    const { rerender } = render(
      <GruStagePanel stage="hidden" explanation={explanation} blocks={blocks} focusedUnit={1} convention="pytorch" />,
    );
    expect(screen.queryByText('Shown only to compare')).toBeNull();
    expect(screen.getByRole('heading', { level: 3 })).toBeTruthy();
    rerender(
      <GruStagePanel stage="hidden" explanation={explanation} blocks={blocks} focusedUnit={1} convention="textbook" />,
    );
    expect(screen.getByText(/Unit 1: z′ = 1 − z = 0.426, where PyTorch shows z = 0.574/)).toBeTruthy();
  });
});
