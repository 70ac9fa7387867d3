import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { viewStore, type ViewState } from '../viewStore';

/** Which cell of the sequence view a cell explorer was opened on (plain data, all indices from 0). */
export interface OpenedSequenceCell {
  /** The explorer it opened in. */
  view: 'lstm' | 'gru';
  /** The layer, counted from 0 as PyTorch's names (weight_ih_l0) and the timeline count them. */
  layer: number;
  /** 0 forward, 1 reverse. */
  direction: number;
  /** 1, or 2 when the network is bidirectional. */
  directions: number;
  /** The time step t. */
  t: number;
  /** The sequence b within the batch, and the batch size B. */
  batch: number;
  batchSize: number;
}

/** The cell the explorer shows came from the sequence view, or `undefined`. */
export interface OpenedSequenceCellState {
  opened: OpenedSequenceCell | undefined;
  /** Records that the sequence view opened `cell` in its explorer. */
  remember: (cell: OpenedSequenceCell) => void;
  /** Forgets it: the explorer no longer shows that cell as it ran. */
  forget: () => void;
}

/** A fresh store; the app uses {@link openedSequenceCellStore}. */
export function createOpenedSequenceCellStore(): StoreApi<OpenedSequenceCellState> {
  return createStore<OpenedSequenceCellState>()((set) => ({
    opened: undefined,
    remember: (cell) => set({ opened: { ...cell } }),
    forget: () => set({ opened: undefined }),
  }));
}

/**
 * Forgets the opened cell as soon as `views` leaves its explorer (another tab, or the browser's
 * Back to the sequence). Returns the unsubscribe.
 */
export function connectOpenedCellToViews(
  opened: StoreApi<OpenedSequenceCellState>,
  views: StoreApi<ViewState>,
): () => void {
  return views.subscribe(({ view }) => {
    const cell = opened.getState().opened;
    if (cell && cell.view !== view) opened.getState().forget();
  });
}

/** The app's one store of where the explorer's cell came from. */
export const openedSequenceCellStore: StoreApi<OpenedSequenceCellState> = createOpenedSequenceCellStore();
connectOpenedCellToViews(openedSequenceCellStore, viewStore);

/** Reads one slice of {@link openedSequenceCellStore} in a component. */
export function useOpenedSequenceCell<T>(selector: (state: OpenedSequenceCellState) => T): T {
  return useStore(openedSequenceCellStore, selector);
}
