import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  EXERCISE_IDS,
  TOUR_STEP_IDS,
  tourChapters,
  type ExerciseId,
  type TourStepId,
} from '../../content/tour/tourOutline';
import type { GruExplorerState } from '../gru/gruExplorerStore';
import { gruExplorerStore } from '../gru/gruExplorerStore';
import type { LstmExplorerState } from '../lstm/lstmExplorerStore';
import { lstmExplorerStore } from '../lstm/lstmExplorerStore';
import type { SequenceState } from '../sequence/sequenceStore';
import { sequenceStore } from '../sequence/sequenceStore';
import { concealedFiguresStore, type ConcealedFiguresState } from '../concealedFigures';
import { openedSequenceCellStore, type OpenedSequenceCellState } from '../cell/openedSequenceCell';
import { concealedFigures, TOUR_STAGING, type TourStaging } from './tourScript';
import { viewStore, type ViewState } from '../viewStore';

/** How far a student has come: plain data, what this browser keeps between visits. */
export interface TourProgress {
  /** The step the tour is at (or resumes at). */
  step: TourStepId;
  /** Exercises answered right, in the order they were solved. */
  solved: ExerciseId[];
}

/** The tour's state: progress, whether the dock is open, and the actions that move through it. */
export interface TourState extends TourProgress {
  /** True while the tour's dock is on screen. */
  active: boolean;
  /** The dock shrunk to its bar, so the view behind it is free. */
  minimized: boolean;
  /** Opens the tour at the step it was at, and sets that step's scene. */
  start: () => void;
  /** Goes to `step` and sets its scene (view, settings); an unknown id is ignored. */
  goTo: (step: TourStepId) => void;
  next: () => void;
  back: () => void;
  /** Hides the dock; progress stays. */
  close: () => void;
  minimize: (minimized: boolean) => void;
  /** Records a right answer; solving again changes nothing. */
  markSolved: (exercise: ExerciseId) => void;
  /** Back to step 1 with nothing solved; the dock stays as it is. */
  forgetProgress: () => void;
  /**
   * Restores progress from a link or storage without setting any scene (the link's own settings
   * already did). Invalid steps and exercises are dropped.
   */
  restore: (progress: Partial<TourProgress>, active: boolean) => void;
}

/** The stores a step's scene is set in; the app's own by default, fresh ones in tests. */
export interface TourStages {
  view: StoreApi<ViewState>;
  lstm: StoreApi<LstmExplorerState>;
  gru: StoreApi<GruExplorerState>;
  sequence: StoreApi<SequenceState>;
  /** Where the explorer's cell came from; a step that sets an explorer replaces that cell. */
  openedCell?: StoreApi<OpenedSequenceCellState>;
}

/** True when `value` names a step of the tour (a type guard for data from links and storage). */
export function isTourStep(value: unknown): value is TourStepId {
  return (TOUR_STEP_IDS as readonly unknown[]).includes(value);
}

/** True when `value` names an exercise of the tour. */
export function isExercise(value: unknown): value is ExerciseId {
  return (EXERCISE_IDS as readonly unknown[]).includes(value);
}

/** Where `step` is in the tour, from 0. */
export function stepIndex(step: TourStepId): number {
  return TOUR_STEP_IDS.indexOf(step);
}

/** The chapter `step` is in. */
export function chapterOf(step: TourStepId): (typeof tourChapters)[number] {
  return tourChapters.find((chapter) => (chapter.steps as readonly TourStepId[]).includes(step)) ?? tourChapters[0];
}

/** The staging of `step` (see {@link TOUR_STAGING}). */
export function stagingOf(step: TourStepId): TourStaging {
  return TOUR_STAGING[step];
}

/** Sets `step`'s scene: its settings first, then its view, so the view opens on them. */
export function setScene(stores: TourStages, step: TourStepId, skip: Partial<Record<keyof TourStages, boolean>> = {}) {
  const staging = TOUR_STAGING[step];
  if (staging.lstm && !skip.lstm) stores.lstm.getState().restoreSettings(staging.lstm);
  if (staging.gru && !skip.gru) stores.gru.getState().restoreSettings(staging.gru);
  if ((staging.lstm && !skip.lstm) || (staging.gru && !skip.gru)) stores.openedCell?.getState().forget();
  if (staging.sequence && !skip.sequence) stores.sequence.getState().restoreSettings(staging.sequence);
  if (!skip.view) stores.view.getState().showView(staging.view);
}

const FIRST_STEP: TourStepId = 'welcome';

/** A fresh tour store that sets scenes in `stores`; the app uses {@link tourStore}. */
export function createTourStore(
  stores: TourStages = {
    view: viewStore,
    lstm: lstmExplorerStore,
    gru: gruExplorerStore,
    sequence: sequenceStore,
    openedCell: openedSequenceCellStore,
  },
): StoreApi<TourState> {
  return createStore<TourState>()((set, get) => {
    const goTo = (step: TourStepId) => {
      if (!isTourStep(step)) return;
      setScene(stores, step);
      set({ step, active: true, minimized: false });
    };
    const move = (by: number) => {
      const step = TOUR_STEP_IDS[stepIndex(get().step) + by];
      if (step) goTo(step);
    };
    return {
      step: FIRST_STEP,
      solved: [],
      active: false,
      minimized: false,
      start: () => goTo(get().step),
      goTo,
      next: () => move(1),
      back: () => move(-1),
      close: () => set({ active: false }),
      minimize: (minimized) => set({ minimized: minimized === true }),
      markSolved: (exercise) => {
        if (isExercise(exercise) && !get().solved.includes(exercise)) set({ solved: [...get().solved, exercise] });
      },
      forgetProgress: () => set({ step: FIRST_STEP, solved: [] }),
      restore: (progress, active) => {
        const solved = Array.isArray(progress.solved) ? progress.solved.filter(isExercise) : [];
        set({
          step: isTourStep(progress.step) ? progress.step : FIRST_STEP,
          solved: [...new Set(solved)],
          active: active === true,
        });
      },
    };
  });
}

/**
 * Keeps `figures` (what the views show as "?") equal to what `tour`'s current step hides while its
 * exercise is open, now and on every change. Returns the unsubscribe.
 */
export function connectConcealedFigures(
  tour: StoreApi<TourState>,
  figures: StoreApi<ConcealedFiguresState>,
): () => void {
  const sync = () => {
    const hidden = concealedFigures(tour.getState());
    if (hidden !== figures.getState().figures) figures.setState({ figures: hidden });
  };
  sync();
  return tour.subscribe(sync);
}

/** The app's one tour store. */
export const tourStore: StoreApi<TourState> = createTourStore();
// The views hide what the course asks for through the shared list, so they need not know the course.
connectConcealedFigures(tourStore, concealedFiguresStore);

/** Reads one slice of {@link tourStore} in a component. */
export function useTourStore<T>(selector: (state: TourState) => T): T {
  return useStore(tourStore, selector);
}
