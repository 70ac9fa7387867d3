import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LabView } from '../../../src/components/lab/LabView';
import { DEFAULT_LANGUAGE_SETTINGS, languageStore } from '../../../src/store/languageStore';
import { labStore, labTargetSteps } from '../../../src/store/lab/labStore';
import { viewStore } from '../../../src/store/viewStore';
import { fakeLabTrainer, type FakeLabTrainer } from '../../store/lab/fakeLabTrainer';

let trainer: FakeLabTrainer;

vi.mock('../../../src/model', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../src/model')>()),
  openLabTrainer: () => Promise.resolve(trainer),
}));

beforeEach(() => {
  trainer = fakeLabTrainer();
  languageStore.getState().restoreSettings(DEFAULT_LANGUAGE_SETTINGS);
  labStore.getState().close();
  labStore.getState().restoreSettings({ sequenceLength: 20 });
  viewStore.getState().showView('lab');
});
afterEach(() => {
  cleanup();
  labStore.getState().close();
});

async function renderOpened() {
  render(<LabView />);
  await act(() => labStore.getState().open());
  act(() => trainer.report(0));
}

describe('LabView', () => {
  it('starts the trainer when shown and configures it for the link’s L', async () => {
    await renderOpened();
    expect(trainer.configs.at(-1)!.sequenceLength).toBe(20);
    expect(screen.getByRole('slider', { name: 'Sequence length L' })).toHaveProperty('value', '20');
    expect(screen.getByText(`Step 0 of ${labTargetSteps(20)}`)).toBeTruthy();
  });

  it('Start asks the trainer to train and turns into Pause while it runs; One step is only for a paused run', async () => {
    await renderOpened();
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    expect(trainer.requests.at(-1)).toBe('start');
    act(() => trainer.report(12, 'running'));
    expect(screen.getByRole('button', { name: 'Pause' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'One step' })).toHaveProperty('disabled', true);
    expect(screen.getByText('20.0 steps/s')).toBeTruthy();
    expect(screen.getByText(/about \d+ s left/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(trainer.requests.at(-1)).toBe('pause');
    act(() => trainer.report(12, 'paused'));
    fireEvent.click(screen.getByRole('button', { name: 'One step' }));
    expect(trainer.requests.at(-1)).toBe('step');
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(trainer.requests.at(-1)).toBe('reset');
  });

  it('moving the slider reconfigures at the new L, from step 0', async () => {
    await renderOpened();
    act(() => trainer.report(30, 'paused'));
    fireEvent.change(screen.getByRole('slider', { name: 'Sequence length L' }), { target: { value: '50' } });
    expect(trainer.configs.at(-1)!.sequenceLength).toBe(50);
    expect(screen.getByText(`Step 0 of ${labTargetSteps(50)}`)).toBeTruthy();
  });

  it('draws accuracy with the chance level, loss, and L gradient points per model, with the LSTM’s ∏ f', async () => {
    await renderOpened();
    act(() => trainer.report(5, 'paused', 0.75));
    const accuracy = screen.getByRole('img', { name: 'Held-out accuracy' });
    expect(accuracy.querySelectorAll('path[data-model]')).toHaveLength(3);
    expect(within(accuracy.parentElement!).getByText('chance 50 %')).toBeTruthy();
    expect(screen.getByRole('img', { name: 'Training loss' }).querySelectorAll('path[data-model]')).toHaveLength(3);
    const flow = screen.getByRole('img', { name: 'Gradient flow ‖∂loss/∂hₜ‖ over t' });
    const lines = [...flow.querySelectorAll<SVGPathElement>('path[data-model]')];
    expect(lines.map((line) => [line.dataset.model, line.dataset.points])).toEqual([
      ['RNN', '20'],
      ['LSTM', '20'],
      ['GRU', '20'],
    ]);
    const product = screen.getByRole('img', { name: 'LSTM: product of forget gates ∏ f along C' });
    expect(product.querySelector('path[data-model="LSTM"]')!.getAttribute('data-points')).toBe('20');
  });

  it('lists each model’s costs, and opens only the LSTM and GRU in the explorers', async () => {
    await renderOpened();
    act(() => trainer.report(5, 'paused', 0.75));
    const table = screen.getByRole('table');
    const row = (kind: string) => within(table).getByRole('rowheader', { name: kind }).closest('tr')!;
    expect(
      within(row('RNN'))
        .getAllByRole('cell')
        .map((cell) => cell.textContent)
        .slice(0, 5),
    ).toEqual(['16', '300', '12.0', '5', '75 %']);
    const actions = screen.getByRole('list', { name: 'Use the trained model' });
    const item = (kind: string) => actions.querySelector<HTMLElement>(`li[data-model="${kind}"]`)!;
    expect(
      within(item('RNN'))
        .getAllByRole('button')
        .map((button) => button.getAttribute('aria-label')),
    ).toEqual(['Download .safetensors (RNN)']);
    expect(within(item('LSTM')).getByRole('button', { name: 'Open in the LSTM explorer' })).toBeTruthy();
    expect(within(item('GRU')).getByRole('button', { name: 'Run in the sequence view (GRU)' })).toBeTruthy();
    expect(within(item('GRU')).getByRole('button', { name: 'Open in the GRU explorer' })).toBeTruthy();
  });

  it('speaks Chinese in Chinese', async () => {
    languageStore.getState().restoreSettings({ ...DEFAULT_LANGUAGE_SETTINGS, language: 'zh' });
    await renderOpened();
    expect(screen.getByRole('heading', { name: '训练实验室：梯度消失' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '开始' })).toBeTruthy();
    expect(screen.getByRole('slider', { name: '序列长度 L' })).toBeTruthy();
  });

  it('side by side, the plots’ drawn text is in both languages', async () => {
    languageStore.getState().restoreSettings({ ...DEFAULT_LANGUAGE_SETTINGS, language: 'en', sideBySide: true });
    await renderOpened();
    act(() => trainer.report(5, 'paused', 0.75));
    const accuracy = screen.getByRole('img', { name: 'Held-out accuracy' });
    expect(within(accuracy.parentElement!).getByText('chance 50 % / 随机 50 %')).toBeTruthy();
    expect(within(accuracy).getByText('training step / 训练步数')).toBeTruthy();
    const flow = screen.getByRole('img', { name: 'Gradient flow ‖∂loss/∂hₜ‖ over t' });
    expect(within(flow).getByText('time step t / 时间步 t')).toBeTruthy();
  });

  it('says why when the trainer stops', async () => {
    await renderOpened();
    act(() => trainer.fail('out of memory'));
    expect(screen.getByRole('alert').textContent).toBe('The trainer stopped: out of memory');
  });
});
