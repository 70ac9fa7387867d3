import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CompareView } from '../../../src/components/compare/CompareView';
import { initBackend } from '../../../src/model';
import { DEFAULT_COMPARISON_SETTINGS } from '../../../src/store/compare/comparisonSettings';
import { comparisonStore } from '../../../src/store/compare/comparisonStore';
import { DEFAULT_LANGUAGE_SETTINGS, languageStore } from '../../../src/store/languageStore';
import { modelLayerStore } from '../../../src/store/modelLayerStore';

beforeAll(async () => {
  await initBackend();
});
beforeEach(() => {
  languageStore.getState().restoreSettings(DEFAULT_LANGUAGE_SETTINGS);
  comparisonStore.getState().restoreSettings(DEFAULT_COMPARISON_SETTINGS);
});
afterEach(cleanup);

describe('CompareView', () => {
  it('shows the heading, the three experiments and the lessons, the memory experiment first (its plot and sliders on the first screen)', () => {
    render(<CompareView />);
    expect(screen.getByRole('heading', { level: 2, name: 'LSTM vs GRU: one input, two cells' })).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual([
      'Memory over a long sequence',
      'Two gates versus three',
      'Parameters: three weight blocks instead of four',
      'Time per step, measured in this browser',
      'When the LSTM does better',
      'The problem both address: the vanishing gradient',
    ]);
    // Glossary terms are filled in, never left as {placeholders} (KaTeX's TeX source has braces of its own).
    const text = document.body.cloneNode(true) as HTMLElement;
    text.querySelectorAll('.katex').forEach((formula) => formula.remove());
    expect(text.textContent).not.toMatch(/\{\w+\}/);
    expect(
      screen.getByText(/Its update gate z does the work of the forget gate and the input gate at once/),
    ).toBeTruthy();
  });

  it('computes the curves itself once the model layer is ready', async () => {
    comparisonStore.setState({ lstmMemory: undefined, gruMemory: undefined });
    render(<CompareView />);
    expect(screen.queryByRole('img', { name: 'How much of the pulse survives, step by step' })).toBeNull();
    await act(() => modelLayerStore.getState().startModelLayer(() => initBackend()));
    await waitFor(() => screen.getByRole('img', { name: 'How much of the pulse survives, step by step' }));
  });

  it('changes both models’ sizes from one group of buttons', () => {
    render(<CompareView />);
    const sizes = screen.getByRole('group', { name: 'Sizes (input_size → hidden_size)' });
    const teaching = screen.getByRole('button', { name: '3 → 4, small enough to read' });
    expect(sizes.contains(teaching)).toBe(true);
    expect(teaching.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(teaching);
    expect(teaching.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('table', { name: 'nn.LSTM(3, 4)' })).toBeTruthy();
    expect(screen.getByRole('table', { name: 'nn.GRU(3, 4)' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'New random weights' }));
    expect(comparisonStore.getState().seed).toBe(DEFAULT_COMPARISON_SETTINGS.seed + 1);
  });

  it('reads in Chinese, and in both languages side by side', () => {
    languageStore.getState().restoreSettings({ ...DEFAULT_LANGUAGE_SETTINGS, language: 'zh' });
    const { unmount } = render(<CompareView />);
    expect(screen.getByRole('heading', { level: 2, name: 'LSTM 与 GRU：同一输入，两种单元' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: '两者共同应对的问题：梯度消失' })).toBeTruthy();
    expect(screen.getByText(/它的更新门 z 一个门同时承担了遗忘门和输入门的工作/)).toBeTruthy();
    unmount();
    languageStore.getState().restoreSettings({ ...DEFAULT_LANGUAGE_SETTINGS, language: 'zh', sideBySide: true });
    render(<CompareView />);
    expect(screen.getByRole('heading', { level: 3, name: '两个门与三个门 Two gates versus three' })).toBeTruthy();
  });
});
