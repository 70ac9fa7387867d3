import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';

/**
 * What a view prints that would answer an open exercise of the course: the shapes on the sequence
 * view's out, h_n and c_n cards (and h0's, which is h_n's), and the comparison's sentence that the
 * GRU has three quarters of the LSTM's parameters.
 */
export type ConcealedFigure = 'outputShapes' | 'parameterRatio';

/** The figures the views show as "?" right now. */
export interface ConcealedFiguresState {
  figures: readonly ConcealedFigure[];
}

/**
 * The app's one list of concealed figures. The course (store/tour) writes it as its steps and
 * answers change; the views only read it, so they need not know the course.
 */
export const concealedFiguresStore: StoreApi<ConcealedFiguresState> = createStore<ConcealedFiguresState>()(() => ({
  figures: [],
}));

/** True while the views hide `figure` (a component hook over {@link concealedFiguresStore}). */
export function useConcealed(figure: ConcealedFigure): boolean {
  return useStore(concealedFiguresStore, (state) => state.figures.includes(figure));
}
