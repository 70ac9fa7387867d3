import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { StepTimeComparison } from '../../../src/components/compare/StepTimeComparison';
import { initBackend } from '../../../src/model';
import { DEFAULT_COMPARISON_SETTINGS } from '../../../src/store/compare/comparisonSettings';
import { comparisonStore } from '../../../src/store/compare/comparisonStore';
import { DEFAULT_LANGUAGE_SETTINGS, languageStore } from '../../../src/store/languageStore';
import { modelLayerStore } from '../../../src/store/modelLayerStore';

beforeAll(async () => {
  await modelLayerStore.getState().startModelLayer(() => initBackend());
});
beforeEach(() => {
  languageStore.getState().restoreSettings(DEFAULT_LANGUAGE_SETTINGS);
  // A change of sizes clears any earlier measurement.
  comparisonStore.getState().restoreSettings({ ...DEFAULT_COMPARISON_SETTINGS, inputSize: 50, hiddenSize: 100 });
  comparisonStore.getState().restoreSettings({ ...DEFAULT_COMPARISON_SETTINGS, inputSize: 3, hiddenSize: 4 });
});
afterEach(cleanup);

describe('StepTimeComparison', () => {
  it('measures on request and shows two positive times, their ratio and what they mean', async () => {
    render(<StepTimeComparison />);
    expect(screen.getByRole('status').textContent).toMatch(/^Press the button/);
    fireEvent.click(screen.getByRole('button', { name: 'Measure speed' }));
    expect((screen.getByRole('button', { name: 'Measure speed' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByRole('status').textContent).toMatch(/^Measuring… \d+%$/);
    await waitFor(() => screen.getByRole('button', { name: 'Measure again' }), { timeout: 10_000 });
    const times = within(screen.getByRole('list', { name: 'Median time per step' })).getAllByRole('listitem');
    expect(times.map((item) => item.textContent)).toEqual([
      expect.stringMatching(/^LSTM[\d.]+ ms per step$/),
      expect.stringMatching(/^GRU[\d.]+ ms per step$/),
    ]);
    for (const item of times) expect(Number(/([\d.]+) ms/.exec(item.textContent!)![1])).toBeGreaterThan(0);
    const { speed } = comparisonStore.getState();
    expect(
      screen.getByText(`The GRU took ${speed!.gruToLstm.toFixed(2)} times the LSTM’s time per step.`),
    ).toBeTruthy();
    expect(screen.getByText(/It is this browser on this machine/)).toBeTruthy();
  });

  it('speaks Chinese', () => {
    languageStore.getState().restoreSettings({ ...DEFAULT_LANGUAGE_SETTINGS, language: 'zh' });
    render(<StepTimeComparison />);
    expect(screen.getByRole('button', { name: '测量速度' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: '每步耗时：在这个浏览器里实测' })).toBeTruthy();
  });
});
