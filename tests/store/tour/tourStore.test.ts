import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exerciseText, lessonText } from '../../../src/content/tour/lessons';
import { EXERCISE_IDS, TOUR_STEP_IDS, tourChapters } from '../../../src/content/tour/tourOutline';
import { initBackend } from '../../../src/model';
import { freshTourStages } from './freshTourStages';
import { createOpenedSequenceCellStore } from '../../../src/store/cell/openedSequenceCell';
import { releaseCachedModel } from '../../../src/model/modelCache';
import { DEFAULT_LSTM_EXPLORER_SETTINGS } from '../../../src/store/lstm/lstmExplorerStore';
import { COURSE_SEQUENCES } from '../../../src/store/sequence/sequenceSettings';
import { EXERCISE_SPECS } from '../../../src/store/tour/tourExercises';
import { concealedFigures, TOUR_STAGING } from '../../../src/store/tour/tourScript';
import { createTourStore } from '../../../src/store/tour/tourStore';
import { VIEWS } from '../../../src/store/viewStore';

beforeAll(async () => {
  await initBackend();
});
afterAll(() => releaseCachedModel());

describe('tour script', () => {
  it('lists every step once, chapter by chapter', () => {
    expect(new Set(TOUR_STEP_IDS).size).toBe(TOUR_STEP_IDS.length);
    expect(TOUR_STEP_IDS).toHaveLength(31);
    expect(tourChapters).toHaveLength(6);
  });

  it('gives every step a view of the app, words and a staging', () => {
    for (const step of TOUR_STEP_IDS) {
      expect(VIEWS).toContain(TOUR_STAGING[step].view);
      expect(lessonText[step].paragraphs.length).toBeGreaterThan(0);
    }
  });

  it('puts every exercise on exactly one step, checked the way its words ask', () => {
    const placed = TOUR_STEP_IDS.flatMap((step) => TOUR_STAGING[step].exercise ?? []);
    expect([...placed].sort()).toEqual([...EXERCISE_IDS].sort());
    for (const exercise of EXERCISE_IDS) expect(EXERCISE_SPECS[exercise].kind).toBe(exerciseText[exercise].kind);
  });

  it('shows figures on the course page only', () => {
    for (const step of TOUR_STEP_IDS) {
      if (TOUR_STAGING[step].figure) expect(TOUR_STAGING[step].view).toBe('learn');
    }
  });
});

describe('tour store', () => {
  it('starts closed at the first step with nothing solved', () => {
    const state = createTourStore(freshTourStages()).getState();
    expect(state).toMatchObject({ active: false, step: 'welcome', solved: [] });
  });

  it('sets each step’s scene: its view and the settings it names', () => {
    const stores = freshTourStages();
    const tour = createTourStore(stores);
    tour.getState().goTo('forgetGate');
    expect(tour.getState()).toMatchObject({ active: true, step: 'forgetGate' });
    expect(stores.view.getState().view).toBe('lstm');
    expect(stores.lstm.getState().stage).toBe(1);

    tour.getState().goTo('parameterShapes');
    expect(stores.view.getState().view).toBe('sequence');
    expect(stores.sequence.getState()).toMatchObject(COURSE_SEQUENCES.LSTM);
    expect(stores.sequence.getState().run?.result.hN.shape).toEqual([2, 3, 100]);

    tour.getState().goTo('gruInPytorch');
    expect(stores.sequence.getState()).toMatchObject(COURSE_SEQUENCES.GRU);
    expect(stores.sequence.getState().run?.result.cN).toBeUndefined();
  });

  it('keeps what the student changed when the next step names nothing of it', () => {
    const stores = freshTourStages();
    const tour = createTourStore(stores);
    tour.getState().goTo('forgetGate');
    stores.lstm.getState().setBiasShift('forget', 3);
    tour.getState().next();
    expect(tour.getState().step).toBe('inputGate');
    expect(stores.lstm.getState().biasShifts.forget).toBe(3);
    expect(stores.lstm.getState().stage).toBe(2);
  });

  it('resets the explorer where a step needs a known scene (the forget task starts with no shifts)', () => {
    const stores = freshTourStages();
    const tour = createTourStore(stores);
    stores.lstm.getState().setBiasShift('forget', -6);
    tour.getState().goTo('makeItForget');
    expect(stores.lstm.getState().biasShifts).toEqual(DEFAULT_LSTM_EXPLORER_SETTINGS.biasShifts);
  });

  it('starts the memory-holding step with no bias shift, whatever the sequence view had (its default b_f is 4)', () => {
    const stores = freshTourStages();
    const tour = createTourStore(stores);
    expect(stores.sequence.getState().biasShifts.forget).toBe(4);
    tour.getState().goTo('holdMemory');
    expect(stores.sequence.getState().biasShifts).toEqual({});
  });

  it('gives the forget step its own four units, whatever size an earlier view left', () => {
    const stores = freshTourStages();
    const tour = createTourStore(stores);
    // A cell opened from the sequence view's default network: input 1, eight units.
    stores.lstm.getState().restoreSettings({ inputSize: 1, hiddenSize: 8 });
    tour.getState().goTo('forgetGate');
    const { inputSize, hiddenSize, previousCell } = stores.lstm.getState();
    expect([inputSize, hiddenSize]).toEqual([DEFAULT_LSTM_EXPLORER_SETTINGS.inputSize, 4]);
    expect(previousCell).toEqual(DEFAULT_LSTM_EXPLORER_SETTINGS.previousCell);
  });

  it('no longer calls the explorer’s cell the sequence view’s once a step sets the explorer', () => {
    const openedCell = createOpenedSequenceCellStore();
    const stores = { ...freshTourStages(), openedCell };
    const tour = createTourStore(stores);
    const cell = { view: 'lstm', layer: 1, direction: 0, directions: 1, t: 5, batch: 0, batchSize: 1 } as const;
    openedCell.getState().remember(cell);
    tour.getState().goTo('timeSteps');
    expect(openedCell.getState().opened).toEqual(cell);
    tour.getState().goTo('forgetGate');
    expect(openedCell.getState().opened).toBeUndefined();
  });

  it('hides what an exercise asks for while it is open and unsolved, and shows it once solved', () => {
    const tour = createTourStore(freshTourStages());
    expect(concealedFigures(tour.getState())).toEqual([]);
    tour.getState().goTo('outputShapes');
    expect(concealedFigures(tour.getState())).toEqual(['outputShapes']);
    tour.getState().minimize(true);
    expect(concealedFigures(tour.getState())).toEqual(['outputShapes']);
    tour.getState().goTo('gruVsLstm');
    expect(concealedFigures(tour.getState())).toEqual(['parameterRatio']);
    tour.getState().markSolved('gruParameters');
    expect(concealedFigures(tour.getState())).toEqual([]);
    tour.getState().goTo('gruInPytorch');
    expect(concealedFigures(tour.getState())).toEqual(['outputShapes']);
    // A closed tour hides nothing: the student is exploring on their own.
    tour.getState().close();
    expect(concealedFigures(tour.getState())).toEqual([]);
    // Every concealing step has the exercise that unlocks it.
    for (const step of TOUR_STEP_IDS) if (TOUR_STAGING[step].conceal) expect(TOUR_STAGING[step].exercise).toBeDefined();
  });

  it('moves with next and back and stops at both ends', () => {
    const tour = createTourStore(freshTourStages());
    tour.getState().back();
    expect(tour.getState().step).toBe('welcome');
    tour.getState().next();
    expect(tour.getState().step).toBe('origin');
    tour.getState().goTo('finish');
    tour.getState().next();
    expect(tour.getState().step).toBe('finish');
  });

  it('records each solved exercise once and ignores unknown ones', () => {
    const tour = createTourStore(freshTourStages());
    tour.getState().markSolved('holdMemory');
    tour.getState().markSolved('holdMemory');
    tour.getState().markSolved('nonsense' as never);
    expect(tour.getState().solved).toEqual(['holdMemory']);
    tour.getState().forgetProgress();
    expect(tour.getState()).toMatchObject({ step: 'welcome', solved: [] });
  });

  it('restores progress from outside data, dropping what is not a step or an exercise', () => {
    const tour = createTourStore(freshTourStages());
    tour.getState().restore({ step: 'constructor', solved: ['gruParameters', 'x' as never, 'gruParameters'] }, true);
    expect(tour.getState()).toMatchObject({ step: 'constructor', solved: ['gruParameters'], active: true });
    tour.getState().restore({ step: 'toString' as never }, false);
    expect(tour.getState()).toMatchObject({ step: 'welcome', active: false });
  });

  it('ignores a jump to a step that does not exist', () => {
    const stores = freshTourStages();
    const tour = createTourStore(stores);
    tour.getState().goTo('__proto__' as never);
    expect(tour.getState()).toMatchObject({ step: 'welcome', active: false });
    expect(stores.view.getState().view).toBe('lstm');
  });
});
