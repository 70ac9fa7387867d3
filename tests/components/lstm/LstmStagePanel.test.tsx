import { fireEvent, act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LstmStagePanel } from '../../../src/components/lstm/LstmStagePanel';
import type { LstmStage } from '../../../src/store/lstm/lstmStages';
import { DEFAULT_LANGUAGE_SETTINGS, languageStore } from '../../../src/store/languageStore';
import { handMadeBlocks, handMadeExplanation } from './handMadeLstm';

beforeEach(() => languageStore.getState().restoreSettings(DEFAULT_LANGUAGE_SETTINGS));
afterEach(cleanup);

const explanation = handMadeExplanation();
const blocks = handMadeBlocks();

function renderStage(stage: LstmStage, focusedUnit = 1) {
  return render(<LstmStagePanel stage={stage} explanation={explanation} blocks={blocks} focusedUnit={focusedUnit} />);
}

/** The KaTeX sources on screen: KaTeX keeps each one in its MathML, beside what it draws. */
const formulasShown = (container: HTMLElement) =>
  Array.from(container.querySelectorAll('annotation[encoding="application/x-tex"]'), (node) => node.textContent);

const chooseLanguage = (language: 'en' | 'zh', sideBySide = false) =>
  act(() => languageStore.getState().restoreSettings({ language, sideBySide }));

describe('LstmStagePanel', () => {
  it('titles the stage in English with glossary terms', () => {
    renderStage('forget');
    expect(screen.getByRole('heading', { level: 3, name: 'The forget gate erases from the cell state' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 4, name: 'Try this' })).toBeTruthy();
    expect(screen.getByText(/outputs a selector vector: one value between 0 and 1/)).toBeTruthy();
  });

  it('switches to Chinese, and shows both with the chosen one first side by side', () => {
    renderStage('forget');
    chooseLanguage('zh');
    expect(screen.getByRole('heading', { level: 3, name: '遗忘门从细胞状态中擦除信息' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 4, name: '试一试' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: /forget gate/ })).toBeNull();

    chooseLanguage('zh', true);
    expect(
      screen.getByRole('heading', {
        level: 3,
        name: '遗忘门从细胞状态中擦除信息 The forget gate erases from the cell state',
      }),
    ).toBeTruthy();
  });

  it("shows the rule, then the focused unit's numbers from the model", () => {
    const { container, rerender } = renderStage('forget');
    expect(screen.getByText('With the numbers of unit 1')).toBeTruthy();
    const shown = formulasShown(container);
    expect(shown[0]).toContain(String.raw`f_t = \sigma(W_f\,[h_{t-1}, x_t] + b_f)`);
    expect(shown).toContain(String.raw`f_t[1] = \sigma(W_f[1]\cdot[h_{t-1}, x_t] + b_f[1]) = \sigma(0.730) = 0.675`);
    expect(shown).toContain(String.raw`f_t[1]\,C_{t-1}[1] = 0.675 \times 1.500 = 1.012`);

    rerender(<LstmStagePanel stage="forget" explanation={explanation} blocks={blocks} focusedUnit={0} />);
    expect(screen.getByText('With the numbers of unit 0')).toBeTruthy();
    expect(formulasShown(container)).toContain(
      String.raw`f_t[0] = \sigma(W_f[0]\cdot[h_{t-1}, x_t] + b_f[0]) = \sigma(0.200) = 0.550`,
    );
  });

  it('offers the weighted sum term by term for a small cell, behind a disclosure', () => {
    const { container } = renderStage('write');
    const summary = screen.getByText('The weighted sum, term by term');
    const details = summary.closest('details')!;
    expect(details.open).toBe(false);
    expect(details.querySelectorAll('annotation')).toHaveLength(0);
    details.open = true;
    fireEvent(details, new Event('toggle'));
    const sums = Array.from(container.querySelectorAll('details annotation'), (node) => node.textContent);
    expect(sums).toHaveLength(2);
    expect(sums[0]).toContain(String.raw`W_i[1]\cdot[h_{t-1}, x_t] + b_i[1] &=`);
    expect(sums[1]).toContain('&= -0.725');
  });

  it('shows the whole [h, x] at the concat stage, and no per-unit label', () => {
    const { container } = renderStage('concat');
    expect(screen.getByText('With this step’s numbers')).toBeTruthy();
    expect(screen.queryByText(/numbers of unit/)).toBeNull();
    expect(formulasShown(container).join('\n')).toContain(String.raw`\underbrace{0.100, -0.300}_{h_{t-1}}`);
    expect(container.querySelector('details')).toBeNull();
  });

  it('fills every placeholder in every stage, in both languages', () => {
    chooseLanguage('en', true);
    for (const stage of ['concat', 'forget', 'write', 'update', 'output', 'hidden'] as const) {
      const { container, unmount } = renderStage(stage);
      const prose = Array.from(container.querySelectorAll('h3, h4, p, summary'), (node) => node.textContent).join('\n');
      expect(prose).not.toMatch(/\{\w+\}/);
      expect(prose).toMatch(/\p{Script=Han}/u);
      unmount();
    }
  });
});
