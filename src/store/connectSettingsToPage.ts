import type { StoreApi } from 'zustand/vanilla';

/** The parts of a browser window a store's link lives in. */
export interface SettingsPage {
  location: Pick<Location, 'pathname' | 'search' | 'hash'>;
  history: Pick<History, 'state' | 'replaceState'>;
  /** Where the page says it is being left (`pagehide`), so a pending write is not lost. */
  addEventListener?: (type: 'pagehide', listener: () => void) => void;
  removeEventListener?: (type: 'pagehide', listener: () => void) => void;
}

/** Called with a link's query key that the page could not read (or not all of it). */
export type UnreadKey = (key: string) => void;

/** How one store's settings are read from and written into a link's query. */
export interface SettingsLink<State, Settings> {
  /**
   * The query key each setting is read from (`size` gives both inputSize and hiddenSize), so a
   * setting the store would not take as given can be named to the reader.
   */
  keys: Readonly<Record<keyof Settings, string>>;
  /** True when `search` carries any of these settings. */
  has: (search: string) => boolean;
  /**
   * What `search` says, unchecked beyond its syntax: the store's `restoreSettings` checks it.
   * A key whose value is left out whole is found without `unread`; a codec calls it for a key
   * it read only in part (one malformed item of a list).
   */
  read: (search: string, unread?: UnreadKey) => Settings;
  /** `search` with the state's settings written in and every other parameter kept. */
  write: (search: string, state: State) => string;
}

/**
 * How long the settings must rest before the link is written. A drag changes them every frame, and
 * writing the address costs Chromium 2–13 ms, enough to drop the frame it lands in (and Safari
 * refuses more than 100 history updates in 30 s), so the link follows once the hand pauses.
 */
export const URL_WRITE_PAUSE_MS = 250;

/**
 * True when the store kept `given` as the link said it: equal numbers, strings and flags, lists of
 * the same length, and records whose every given entry was kept. A record of numbers (bias
 * shifts) may leave out its zeros.
 */
export function keptAsGiven(given: unknown, kept: unknown): boolean {
  if (Array.isArray(given))
    return (
      Array.isArray(kept) && given.length === kept.length && given.every((item, at) => keptAsGiven(item, kept[at]))
    );
  if (typeof given === 'object' && given !== null) {
    const record = (typeof kept === 'object' && kept !== null ? kept : {}) as Record<string, unknown>;
    return Object.entries(given).every(([name, value]) =>
      keptAsGiven(value, record[name] ?? (typeof value === 'number' ? 0 : undefined)),
    );
  }
  return given === kept;
}

/**
 * The keys of `search` that `link` owns and the store did not take as written: left out by the
 * codec (malformed), or dropped, clamped or replaced by the store's `restoreSettings`.
 */
export function keysNotKept<Settings>(
  link: Pick<SettingsLink<unknown, Settings>, 'keys'>,
  search: string,
  given: Settings,
  state: object,
): string[] {
  const params = new URLSearchParams(search);
  const fields = Object.entries(link.keys) as [keyof Settings & string, string][];
  const read = given as Record<string, unknown>;
  const kept = state as Record<string, unknown>;
  const keys = new Set<string>();
  for (const [field, key] of fields) {
    if (!params.has(key)) continue;
    const fieldsOfKey = fields.filter(([, other]) => other === key).map(([name]) => name);
    const readAny = fieldsOfKey.some((name) => read[name] !== undefined);
    if (!readAny || (read[field] !== undefined && !keptAsGiven(read[field], kept[field]))) keys.add(key);
  }
  return [...keys];
}

/**
 * Restores a store's settings from the link, if it carries any, and from then on keeps the link
 * in step with the settings: written once they have rested {@link URL_WRITE_PAUSE_MS} (so never
 * during a drag), always with the last value, and at once if the page is left meanwhile. Each
 * store owns its own query keys, so several can share one link. `unread` hears of each key of the
 * link the store could not take as written. Returns a function that stops the syncing.
 */
export function connectSettingsToPage<State extends { restoreSettings: (settings: Settings) => void }, Settings>(
  store: StoreApi<State>,
  link: SettingsLink<State, Settings>,
  page: SettingsPage,
  unread?: UnreadKey,
): () => void {
  const opened = page.location.search;
  if (link.has(opened)) {
    const given = link.read(opened, unread);
    store.getState().restoreSettings(given);
    if (unread) for (const key of keysNotKept(link, opened, given, store.getState())) unread(key);
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = () => {
    timer = undefined;
    const { pathname, search, hash } = page.location;
    const written = link.write(search, store.getState());
    // A change the link does not hold (a moment such as the blank screen) leaves the address alone.
    if (written === search) return;
    page.history.replaceState(page.history.state, '', `${pathname}${written}${hash}`);
  };
  const writePending = () => {
    if (timer === undefined) return;
    clearTimeout(timer);
    write();
  };
  write();
  const unsubscribe = store.subscribe(() => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(write, URL_WRITE_PAUSE_MS);
  });
  page.addEventListener?.('pagehide', writePending);
  return () => {
    unsubscribe();
    page.removeEventListener?.('pagehide', writePending);
    if (timer !== undefined) clearTimeout(timer);
  };
}
