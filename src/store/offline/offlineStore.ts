import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';

/** Where the page stands with the offline worker's versions (see connectOfflineWorker.ts). */
export interface OfflineState {
  /** True once a newer version of the app has downloaded and waits for the reader to reload. */
  updateReady: boolean;
  /** True once the reader asked for the new version: the page reloads as soon as it takes over. */
  updateRequested: boolean;
  /** True once the reader closed the notice for this visit (the new version waits for the next). */
  dismissed: boolean;
  /** Records that a newer version is waiting. */
  showUpdateReady: () => void;
  /** Asks the waiting version to take over, then reload into it. */
  requestUpdate: () => void;
  /** Closes the notice for this visit. */
  dismiss: () => void;
}

/** A fresh store: no newer version known. */
export function createOfflineStore(): StoreApi<OfflineState> {
  return createStore<OfflineState>()((set) => ({
    updateReady: false,
    updateRequested: false,
    dismissed: false,
    showUpdateReady: () => set({ updateReady: true }),
    requestUpdate: () => set((state) => (state.updateReady ? { updateRequested: true } : {})),
    dismiss: () => set({ dismissed: true }),
  }));
}

/** The app's one offline store. */
export const offlineStore: StoreApi<OfflineState> = createOfflineStore();

/** Reads one slice of {@link offlineStore} in a component. */
export function useOfflineStore<T>(selector: (state: OfflineState) => T): T {
  return useStore(offlineStore, selector);
}
