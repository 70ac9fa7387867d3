import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { TourDock } from '../../../src/components/course/TourDock';
import { withTerms } from '../../../src/components/shared/withTerms';
import { exerciseText, lessonText } from '../../../src/content/tour/lessons';
import { initBackend } from '../../../src/model/backend';
import { DEFAULT_LANGUAGE_SETTINGS, languageStore } from '../../../src/store/languageStore';
import { DEFAULT_LSTM_EXPLORER_SETTINGS, lstmExplorerStore } from '../../../src/store/lstm/lstmExplorerStore';
import { sequenceStore } from '../../../src/store/sequence/sequenceStore';
import { tourStore } from '../../../src/store/tour/tourStore';
import { viewStore } from '../../../src/store/viewStore';

beforeAll(async () => {
  await initBackend();
});
beforeEach(() => {
  languageStore.getState().restoreSettings(DEFAULT_LANGUAGE_SETTINGS);
  lstmExplorerStore.getState().restoreSettings(DEFAULT_LSTM_EXPLORER_SETTINGS);
  tourStore.getState().forgetProgress();
  tourStore.getState().goTo('welcome');
});
afterEach(cleanup);

const button = (name: RegExp | string) => screen.getByRole('button', { name });
const dockTitle = () => screen.getByRole('heading', { level: 2 }).textContent;

describe('TourDock', () => {
  it('shows where the student is and moves with Back and Next, setting each step’s view', () => {
    render(<TourDock />);
    expect(screen.getByText(/Step 1 of 31/)).toBeTruthy();
    expect(dockTitle()).toBe(lessonText.welcome.title.en);
    expect((button(/Back/) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(button(/Next/));
    expect(screen.getByText(/Step 2 of 31/)).toBeTruthy();
    expect(viewStore.getState().view).toBe('lstm');
    fireEvent.keyDown(window, { key: 'b' });
    expect(tourStore.getState().step).toBe('welcome');
  });

  it('jumps to any step from the contents menu', () => {
    render(<TourDock />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Jump to a step' }), { target: { value: 'gruGates' } });
    expect(tourStore.getState().step).toBe('gruGates');
    expect(viewStore.getState().view).toBe('gru');
  });

  it('explains a wrong shape instead of only marking it, then accepts the right one', () => {
    act(() => tourStore.getState().goTo('parameterShapes'));
    render(<TourDock />);
    const exercise = within(screen.getByRole('region', { name: /Exercise/ }));
    const field = (name: string) => exercise.getByRole('textbox', { name: `Shape of ${name}` });
    fireEvent.change(field('weight_ih_l0'), { target: { value: '400 × 50' } });
    fireEvent.change(field('weight_hh_l0'), { target: { value: '100 × 100' } });
    fireEvent.change(field('weight_ih_l1'), { target: { value: '(400, 100)' } });
    fireEvent.click(exercise.getByRole('button', { name: 'Check' }));
    expect(field('weight_hh_l0').getAttribute('aria-invalid')).toBe('true');
    expect(field('weight_ih_l0').getAttribute('aria-invalid')).toBe('false');
    const why = exercise.getByText((_, element) => element?.id.endsWith('-1-verdict') ?? false).textContent ?? '';
    expect(why).toMatch(/4/);
    expect(why).not.toMatch(/\{\w+\}/);
    expect(tourStore.getState().solved).toEqual([]);

    fireEvent.change(field('weight_hh_l0'), { target: { value: 'torch.Size([400, 100])' } });
    fireEvent.click(exercise.getByRole('button', { name: 'Check' }));
    expect(tourStore.getState().solved).toEqual(['lstmWeightShapes']);
    expect(exercise.getByText(/Solved/)).toBeTruthy();
  });

  it('asks for whole numbers when an answer is not a shape', () => {
    act(() => tourStore.getState().goTo('gruShapes'));
    render(<TourDock />);
    fireEvent.click(button('Check'));
    expect(screen.getByText('Fill in every number as a whole number first.')).toBeTruthy();
  });

  it('gives each choice its own feedback and marks the right one solved', () => {
    act(() => tourStore.getState().goTo('whichGate'));
    render(<TourDock />);
    const text = exerciseText.whichGateForgets;
    if (text.kind !== 'choice') throw new Error('whichGateForgets is a choice');
    const choose = (correct: boolean) => {
      const option = text.options.find((candidate) => candidate.correct === correct)!;
      fireEvent.click(screen.getByRole('radio', { name: withTerms(option.text).en }));
      fireEvent.click(button('Check'));
      return withTerms(option.feedback).en;
    };
    const wrongFeedback = choose(false);
    expect(screen.getByText('Not yet.')).toBeTruthy();
    expect(screen.getByText(wrongFeedback)).toBeTruthy();
    expect(tourStore.getState().solved).toEqual([]);
    const rightFeedback = choose(true);
    expect(screen.getByText('Right.')).toBeTruthy();
    expect(screen.getByText(rightFeedback)).toBeTruthy();
    expect(tourStore.getState().solved).toEqual(['whichGateForgets']);
  });

  it('checks the forget task live against the LSTM explorer', () => {
    act(() => tourStore.getState().goTo('makeItForget'));
    render(<TourDock />);
    expect(tourStore.getState().solved).toEqual([]);
    act(() => lstmExplorerStore.getState().setBiasShift('forget', -6));
    expect(Math.max(...lstmExplorerStore.getState().explanation!.gates.forget)).toBeLessThan(0.1);
    expect(tourStore.getState().solved).toEqual(['makeItForget']);
  });

  it('shows the hold-the-memory numbers live while the student moves the sequence’s biases', () => {
    act(() => tourStore.getState().goTo('holdMemory'));
    render(<TourDock />);
    const readout = () => screen.getByText(/^Live, layer 0 over the first 20 steps/).textContent ?? '';
    const change = () => Number(/moved ([\d.]+) %/.exec(readout())?.[1]);
    expect(change()).toBeGreaterThan(30);
    act(() => {
      sequenceStore.getState().setBiasShift('forget', 6);
      sequenceStore.getState().setBiasShift('input', -6);
    });
    expect(change()).toBeLessThan(10);
  });

  it('speaks Chinese and shows both languages side by side', () => {
    act(() => languageStore.getState().restoreSettings({ language: 'zh', sideBySide: false }));
    render(<TourDock />);
    expect(screen.getByText(/第 1 步，共 31 步/)).toBeTruthy();
    expect(dockTitle()).toBe(lessonText.welcome.title.zh);
    act(() => languageStore.getState().restoreSettings({ language: 'zh', sideBySide: true }));
    expect(dockTitle()).toContain(lessonText.welcome.title.en);
  });

  it('shrinks to its bar and closes', () => {
    render(<TourDock />);
    fireEvent.click(button('Hide the lesson'));
    expect(tourStore.getState().minimized).toBe(true);
    expect(screen.queryByRole('heading', { level: 2 })).toBeNull();
    fireEvent.click(button('Close the tour'));
    expect(tourStore.getState().active).toBe(false);
  });
});
