import type { StoreApi } from 'zustand/vanilla';
import type { LstmExplorerState } from './lstmExplorerStore';
import { explorerSettingsFromSearch, hasExplorerSettings, searchWithExplorerSettings } from './lstmExplorerUrl';

/** The parts of a browser window the explorer's link lives in. */
export interface ExplorerPage {
  location: Pick<Location, 'pathname' | 'search' | 'hash'>;
  history: Pick<History, 'state' | 'replaceState'>;
}

/** Browsers throttle history updates (Safari refuses more than 100 in 30 s), so a drag writes at most this often. */
export const URL_WRITE_INTERVAL_MS = 250;

/**
 * Restores the explorer's settings from the link, if it carries any, and from then on keeps the
 * link in step with every change, at most every {@link URL_WRITE_INTERVAL_MS} during a drag and
 * always with the last value. Returns a function that stops the syncing.
 */
export function connectExplorerToPage(store: StoreApi<LstmExplorerState>, page: ExplorerPage): () => void {
  if (hasExplorerSettings(page.location.search)) {
    store.getState().restoreSettings(explorerSettingsFromSearch(page.location.search));
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = () => {
    timer = undefined;
    const { pathname, search, hash } = page.location;
    const next = `${pathname}${searchWithExplorerSettings(search, store.getState())}${hash}`;
    page.history.replaceState(page.history.state, '', next);
  };
  write();
  const unsubscribe = store.subscribe(() => {
    timer ??= setTimeout(write, URL_WRITE_INTERVAL_MS);
  });
  return () => {
    unsubscribe();
    if (timer !== undefined) clearTimeout(timer);
  };
}
