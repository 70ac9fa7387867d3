import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { BackendName } from '../model';

/** Where the model layer's start-up stands. Plain data, so the footer can say it in either language. */
export type ModelLayerStatus =
  { phase: 'loading' } | { phase: 'ready'; backend: BackendName } | { phase: 'failed'; reason: string };

/** What the model layer store holds. */
export interface ModelLayerState {
  status: ModelLayerStatus;
  /**
   * Starts the model layer with `start` (which resolves to the backend it chose) and records
   * the outcome. Calling it again while it runs or after it succeeded does nothing.
   */
  startModelLayer: (start: () => Promise<BackendName>) => Promise<void>;
}

/** A fresh, independent model layer store; the app uses {@link modelLayerStore}, tests make their own. */
export function createModelLayerStore(): StoreApi<ModelLayerState> {
  let started = false;
  return createStore<ModelLayerState>()((set) => ({
    status: { phase: 'loading' },
    startModelLayer: async (start) => {
      if (started) return;
      started = true;
      try {
        set({ status: { phase: 'ready', backend: await start() } });
      } catch (error) {
        started = false;
        set({ status: { phase: 'failed', reason: error instanceof Error ? error.message : String(error) } });
      }
    },
  }));
}

/** The app's one model layer store. */
export const modelLayerStore: StoreApi<ModelLayerState> = createModelLayerStore();

/** Reads one slice of {@link modelLayerStore} in a component. */
export function useModelLayerStore<T>(selector: (state: ModelLayerState) => T): T {
  return useStore(modelLayerStore, selector);
}
