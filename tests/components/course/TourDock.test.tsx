import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ParameterComparison } from '../../../src/components/compare/ParameterComparison';
import { TourDock } from '../../../src/components/course/TourDock';
import { InitialStatePanel } from '../../../src/components/sequence/InitialStatePanel';
import { SequenceOutputs } from '../../../src/components/sequence/SequenceOutputs';
import { withTerms } from '../../../src/components/shared/withTerms';
import { parameterText } from '../../../src/content/compare/comparison';
import { exerciseText, lessonText } from '../../../src/content/tour/lessons';
import { initBackend } from '../../../src/model';
import { DEFAULT_LANGUAGE_SETTINGS, languageStore } from '../../../src/store/languageStore';
import {
  createLstmExplorerStore,
  DEFAULT_LSTM_EXPLORER_SETTINGS,
  lstmExplorerStore,
} from '../../../src/store/lstm/lstmExplorerStore';
import { createSequenceStore, sequenceStore } from '../../../src/store/sequence/sequenceStore';
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
    fireEvent.click(button(/Back/));
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

  it('says what it could not read in an answer, and still checks the others', () => {
    act(() => tourStore.getState().goTo('gruShapes'));
    render(<TourDock />);
    const field = (name: string) => screen.getByRole('textbox', { name: `Shape of ${name}` });
    fireEvent.click(button('Check'));
    expect(screen.getAllByText('Write a shape here first, such as (2, 5) or 2 × 5.')).toHaveLength(2);
    fireEvent.change(field('weight_ih_l0'), { target: { value: '60 by 10' } });
    fireEvent.change(field('weight_hh_l0'), { target: { value: '（60，20）' } });
    fireEvent.click(button('Check'));
    expect(
      screen.getByText(
        'Could not read “by”. Write whole numbers separated by commas, spaces or ×, such as (2, 5) or 2 × 5.',
      ),
    ).toBeTruthy();
    expect(field('weight_ih_l0').getAttribute('aria-invalid')).toBe('true');
    expect(field('weight_hh_l0').getAttribute('aria-invalid')).toBe('false');
    fireEvent.change(field('weight_ih_l0'), { target: { value: '60.5 × 10' } });
    fireEvent.click(button('Check'));
    expect(
      screen.getByText('“60.5” is not a size: every axis holds a whole number of entries, 1 or more.'),
    ).toBeTruthy();
    expect(tourStore.getState().solved).toEqual([]);
  });

  it('accepts answers typed on a Chinese keyboard, and says in Chinese what it could not read', () => {
    act(() => {
      languageStore.getState().restoreSettings({ language: 'zh', sideBySide: false });
      tourStore.getState().goTo('gruInPytorch');
    });
    render(<TourDock />);
    const field = (name: string) => screen.getByRole('textbox', { name: `${name} 的形状` });
    // A phone must offer commas and ×, not a digits-only pad.
    expect(['numeric', 'decimal']).not.toContain(field('out').getAttribute('inputmode'));
    fireEvent.change(field('out'), { target: { value: '（3，32，20）' } });
    fireEvent.change(field('h_n'), { target: { value: '1、32。20' } });
    fireEvent.click(button('检查答案'));
    expect(screen.getByText('无法识别“。”。请写整数，用逗号、空格或 × 隔开，例如 (2, 5) 或 2 × 5。')).toBeTruthy();
    fireEvent.change(field('h_n'), { target: { value: '１、３２、２０' } });
    fireEvent.click(button('检查答案'));
    expect(tourStore.getState().solved).toEqual(['gruOutputShapes']);
  });

  it('hides the shapes the output exercise asks for on the view’s cards until it is solved', () => {
    act(() => tourStore.getState().goTo('outputShapes'));
    render(
      <>
        <TourDock />
        <SequenceOutputs />
        <InitialStatePanel />
      </>,
    );
    const hidden = () => screen.queryAllByRole('img', { name: 'Hidden until you solve the exercise' });
    const shapes = () => Array.from(document.querySelectorAll('.sequence-output-shape'), (code) => code.textContent);
    expect(hidden()).toHaveLength(3);
    expect(shapes()).toEqual(['?', '?', '?']);
    // The course example under the heading names the same shapes, and h0 has h_n's: they wait too.
    expect(document.body.textContent).not.toMatch(/\(10, 3, 100\)|\(2, 3, 100\)/);
    const exercise = within(screen.getByRole('region', { name: /Exercise/ }));
    for (const [name, shape] of [
      ['out', '(10, 3, 100)'],
      ['h_n', '2 × 3 × 100'],
      ['c_n', '[2, 3, 100]'],
    ])
      fireEvent.change(exercise.getByRole('textbox', { name: `Shape of ${name}` }), { target: { value: shape } });
    fireEvent.click(exercise.getByRole('button', { name: 'Check' }));
    expect(tourStore.getState().solved).toEqual(['lstmOutputShapes']);
    expect(hidden()).toHaveLength(0);
    expect(screen.getByText(/^h0 has shape .* = \(2, 3, 100\)/)).toBeTruthy();
    expect(shapes()).toEqual([
      '(L, B, D·H) = (10, 3, 100)',
      '(num_layers·D, B, H) = (2, 3, 100)',
      '(num_layers·D, B, H) = (2, 3, 100)',
    ]);
  });

  it('hides the comparison’s “three quarters” until the parameter question is answered', () => {
    act(() => tourStore.getState().goTo('gruVsLstm'));
    render(
      <>
        <TourDock />
        <ParameterComparison />
      </>,
    );
    const ratio = () => document.querySelector('.parameter-ratio')!;
    expect(ratio().textContent).toBe('?');
    // The panel's opening paragraph says it too.
    expect(screen.queryByText(parameterText.body.en)).toBeNull();
    expect(
      within(ratio() as HTMLElement).getByRole('img', { name: 'Hidden until you solve the exercise' }),
    ).toBeTruthy();
    const text = exerciseText.gruParameters;
    if (text.kind !== 'choice') throw new Error('gruParameters is a choice');
    const right = text.options.find((option) => option.correct)!;
    fireEvent.click(screen.getByRole('radio', { name: withTerms(right.text).en }));
    fireEvent.click(button('Check'));
    expect(ratio().textContent).toMatch(/three quarters/);
    expect(screen.getByText(parameterText.body.en)).toBeTruthy();
    // Closing the tour shows everything again, solved or not.
    act(() => tourStore.getState().forgetProgress());
    act(() => tourStore.getState().goTo('gruVsLstm'));
    expect(ratio().textContent).toBe('?');
    act(() => tourStore.getState().close());
    expect(ratio().textContent).toMatch(/three quarters/);
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

  it('never counts numbers the LSTM explorer only rehearses at idle, nor shows them: they could solve the forget task', () => {
    act(() => tourStore.getState().goTo('makeItForget'));
    const { container } = render(<TourDock />);
    const before = lstmExplorerStore.getState();
    const closed = createLstmExplorerStore();
    closed.getState().recompute();
    closed.getState().setBiasShift('forget', -6);
    expect(Math.max(...closed.getState().explanation!.gates.forget)).toBeLessThan(0.1);
    const feedback = () => container.querySelector('.exercise-feedback');
    const shown = feedback();
    const said = shown?.textContent;
    expect(said).toMatch(/\d\.\d\d/);
    // A rehearsal that happened to move f_t this low: the live check, a status region a screen
    // reader reads out on change, stays as it was, node for node.
    act(() => lstmExplorerStore.setState({ explanation: closed.getState().explanation, beforeRehearsal: before }));
    expect(feedback()).toBe(shown);
    expect(feedback()?.textContent).toBe(said);
    // Then the student's own numbers put back.
    act(() => lstmExplorerStore.setState(before, true));
    expect(feedback()?.textContent).toBe(said);
    expect(tourStore.getState().solved).toEqual([]);
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

  it('keeps the hold-the-memory readout as it was while the sequence view rehearses a bias drag at idle', () => {
    act(() => tourStore.getState().goTo('holdMemory'));
    render(<TourDock />);
    const readout = () => screen.getByText(/^Live, layer 0 over the first 20 steps/);
    const said = readout().textContent;
    const before = sequenceStore.getState();
    const held = createSequenceStore(before);
    held.getState().recompute();
    held.getState().setBiasShift('forget', 6);
    // A rehearsal whose numbers would read differently: the readout is a live region, and even a
    // change undone in the same task would be read out again.
    act(() => sequenceStore.setState({ run: held.getState().run, beforeRehearsal: before }));
    expect(readout().textContent).toBe(said);
    act(() => sequenceStore.setState(before, true));
    expect(readout().textContent).toBe(said);
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
