import type { StoreApi } from 'zustand/vanilla';
import type { OfflineState } from './offlineStore';

/** Where the build writes the offline worker (src/cli/build/offlineApp.ts): at the root, so its scope is the whole app. */
export const OFFLINE_WORKER_URL = '/sw.js';

/** What the page posts to a waiting worker to make it take over; the worker's own copy is tested to match. */
export const SKIP_WAITING_MESSAGE = 'gatescope:skip-waiting';

/** A service worker as the page sees it: the parts used here. */
export interface WorkerLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'statechange', listener: () => void): void;
}

/** A service worker registration: the parts used here. */
export interface RegistrationLike {
  installing: WorkerLike | null;
  waiting: WorkerLike | null;
  active: WorkerLike | null;
  addEventListener(type: 'updatefound', listener: () => void): void;
}

/** `navigator.serviceWorker`: the parts used here. Playwright's blocking stub resolves to undefined. */
export interface WorkerContainerLike {
  register(url: string): Promise<RegistrationLike | undefined>;
  addEventListener(type: 'controllerchange', listener: () => void): void;
}

/**
 * Registers the offline worker and keeps `store` told of a newer version waiting to take over.
 * Nothing reloads under a reader mid-lesson: the new version waits until they ask for it
 * (`requestUpdate`, from the notice), then `reload` runs once it controls the page. A worker
 * taking control of a first visit (no version before it) changes nothing on the page, so it
 * reloads nothing. A registration that fails (private mode, a blocked worker) leaves the app as
 * it was, online only. Resolves once registered.
 */
export async function connectOfflineWorker(
  store: StoreApi<OfflineState>,
  container: WorkerContainerLike,
  reload: () => void,
): Promise<void> {
  let registration: RegistrationLike | undefined;
  try {
    registration = await container.register(OFFLINE_WORKER_URL);
  } catch {
    return;
  }
  if (!registration) return;
  const found = registration;
  // A first install passes through "waiting" too, for a moment before it activates; only a worker
  // waiting beside an active one is a newer version.
  const noteWaiting = () => {
    if (found.waiting && found.active) store.getState().showUpdateReady();
  };
  const watch = (worker: WorkerLike | null) => worker?.addEventListener('statechange', noteWaiting);
  noteWaiting();
  watch(found.installing);
  found.addEventListener('updatefound', () => watch(found.installing));
  container.addEventListener('controllerchange', () => {
    if (store.getState().updateRequested) reload();
  });
  store.subscribe((state, previous) => {
    if (state.updateRequested && !previous.updateRequested) found.waiting?.postMessage(SKIP_WAITING_MESSAGE);
  });
}
