import type { StoreApi } from 'zustand/vanilla';
import type { SettingsStorage } from '../languageSources';
import { isExercise, isTourStep, setScene, type TourProgress, type TourStages, type TourState } from './tourStore';

/** Query parameter naming the open tour's step: `?tour=forgetGate`. Absent while the tour is closed. */
export const TOUR_PARAM = 'tour';

/** localStorage key of the tour's progress, a small JSON object. */
export const TOUR_STORAGE_KEY = 'gatescope.tour';

/** What storage keeps: the progress, and whether the tour was open when the student left. */
interface StoredTour extends Partial<TourProgress> {
  active?: boolean;
}

/** The parts of a browser window the tour is read from and written to. */
export interface TourPage {
  location: Pick<Location, 'pathname' | 'search' | 'hash'>;
  history: Pick<History, 'state' | 'replaceState'>;
  storage: SettingsStorage;
}

/** Which stores' settings (and whether the view) the link that opened the page already set. */
export type LinkCarries = Partial<Record<keyof TourStages, boolean>>;

/** The tour progress saved in `storage`; `{}` when there is none or it is unreadable. */
export function storedTour(storage: SettingsStorage): StoredTour {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(TOUR_STORAGE_KEY) ?? 'null');
    if (typeof parsed !== 'object' || parsed === null) return {};
    const { step, solved, active } = parsed as Record<string, unknown>;
    return {
      step: isTourStep(step) ? step : undefined,
      solved: Array.isArray(solved) ? solved.filter(isExercise) : undefined,
      active: active === true,
    };
  } catch {
    // Disabled storage throws; a hand-edited value may not be JSON. Either way: start fresh.
    return {};
  }
}

/**
 * True on a first visit: a bare address (no link settings at all) and no progress saved in this
 * browser. A newcomer then starts on the course page; a link or a returning student opens where
 * they point.
 */
export function opensOnCourse(search: string, storage: SettingsStorage): boolean {
  return new URLSearchParams(search).size === 0 && storedTour(storage).step === undefined;
}

/** `search` with the tour's step written in while it is open, removed while it is closed. */
export function searchWithTour(search: string, state: Pick<TourState, 'active' | 'step'>): string {
  const params = new URLSearchParams(search);
  if (state.active) params.set(TOUR_PARAM, state.step);
  else params.delete(TOUR_PARAM);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/**
 * Restores the tour: a link's `?tour=` opens that step (an instructor's prepared link), otherwise
 * this browser's saved progress resumes where the student left. The step's scene is set only in
 * the stores the link did not already set (`carried`), so a link's own settings always win. From
 * then on, the link and storage follow every change. Returns a function that stops the syncing.
 */
export function connectTourToPage(
  store: StoreApi<TourState>,
  stores: TourStages,
  page: TourPage,
  carried: LinkCarries,
): () => void {
  const stored = storedTour(page.storage);
  const fromLink = new URLSearchParams(page.location.search).get(TOUR_PARAM);
  const linkStep = isTourStep(fromLink) ? fromLink : undefined;
  const active = linkStep !== undefined || stored.active === true;
  store.getState().restore({ step: linkStep ?? stored.step, solved: stored.solved }, active);
  if (active) setScene(stores, store.getState().step, carried);
  const write = (state: TourState) => {
    const { pathname, search, hash } = page.location;
    page.history.replaceState(page.history.state, '', `${pathname}${searchWithTour(search, state)}${hash}`);
    try {
      const saved: StoredTour = { step: state.step, solved: state.solved, active: state.active };
      page.storage?.setItem(TOUR_STORAGE_KEY, JSON.stringify(saved));
    } catch {
      // Full or disabled storage: the progress lasts for this visit and the link still has the step.
    }
  };
  write(store.getState());
  return store.subscribe((state, previous) => {
    if (state.step !== previous.step || state.active !== previous.active || state.solved !== previous.solved) {
      write(state);
    }
  });
}
