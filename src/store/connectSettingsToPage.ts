import type { StoreApi } from 'zustand/vanilla';

/** The parts of a browser window a store's link lives in. */
export interface SettingsPage {
  location: Pick<Location, 'pathname' | 'search' | 'hash'>;
  history: Pick<History, 'state' | 'replaceState'>;
}

/** How one store's settings are read from and written into a link's query. */
export interface SettingsLink<State, Settings> {
  /** True when `search` carries any of these settings. */
  has: (search: string) => boolean;
  /** What `search` says, unchecked beyond its syntax: the store's `restoreSettings` checks it. */
  read: (search: string) => Settings;
  /** `search` with the state's settings written in and every other parameter kept. */
  write: (search: string, state: State) => string;
}

/** Browsers throttle history updates (Safari refuses more than 100 in 30 s), so a drag writes at most this often. */
export const URL_WRITE_INTERVAL_MS = 250;

/**
 * Restores a store's settings from the link, if it carries any, and from then on keeps the link
 * in step with every change, at most every {@link URL_WRITE_INTERVAL_MS} during a drag and always
 * with the last value. Each store owns its own query keys, so several can share one link.
 * Returns a function that stops the syncing.
 */
export function connectSettingsToPage<State extends { restoreSettings: (settings: Settings) => void }, Settings>(
  store: StoreApi<State>,
  link: SettingsLink<State, Settings>,
  page: SettingsPage,
): () => void {
  if (link.has(page.location.search)) store.getState().restoreSettings(link.read(page.location.search));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = () => {
    timer = undefined;
    const { pathname, search, hash } = page.location;
    page.history.replaceState(page.history.state, '', `${pathname}${link.write(search, store.getState())}${hash}`);
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
