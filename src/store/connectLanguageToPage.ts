import type { StoreApi } from 'zustand/vanilla';
import type { LanguageSettings, LanguageState } from './languageStore';
import { resolveLanguageSettings, searchWithSettings, STORAGE_KEYS, type SettingsStorage } from './languageSources';

/** The parts of a browser window the language settings are read from and written to. */
export interface LanguagePage {
  location: Pick<Location, 'pathname' | 'search' | 'hash'>;
  history: Pick<History, 'state' | 'replaceState'>;
  storage: SettingsStorage;
  browserLanguages: readonly string[];
}

/** The real window as a {@link LanguagePage}; storage is `null` where the browser forbids it. */
export function browserPage(window: Window): LanguagePage {
  let storage: SettingsStorage = null;
  try {
    storage = window.localStorage;
  } catch {
    // Sandboxed frames and some privacy settings throw on the mere property access.
  }
  return { location: window.location, history: window.history, storage, browserLanguages: window.navigator.languages };
}

/**
 * Restores the reader's language settings from `page` into `store`, writes them into the URL, and
 * from then on keeps the URL and storage in step with every change. Storage records only the
 * reader's own choices, not a language that a link they opened happened to carry. The URL is
 * replaced, not pushed: a language switch is not a place for the Back button to return to.
 * Returns a function that stops the syncing.
 */
export function connectLanguageToPage(store: StoreApi<LanguageState>, page: LanguagePage): () => void {
  const { location, storage, browserLanguages } = page;
  store.getState().restoreSettings(resolveLanguageSettings({ search: location.search, storage, browserLanguages }));
  writeUrl(page, store.getState());
  return store.subscribe((state, previous) => {
    if (state.language === previous.language && state.sideBySide === previous.sideBySide) return;
    writeUrl(page, state);
    writeStorage(page.storage, state);
  });
}

function writeUrl(page: LanguagePage, settings: LanguageSettings): void {
  const { pathname, search, hash } = page.location;
  page.history.replaceState(page.history.state, '', `${pathname}${searchWithSettings(search, settings)}${hash}`);
}

function writeStorage(storage: SettingsStorage, { language, sideBySide }: LanguageSettings): void {
  try {
    storage?.setItem(STORAGE_KEYS.language, language);
    storage?.setItem(STORAGE_KEYS.sideBySide, sideBySide ? '1' : '0');
  } catch {
    // A full or disabled storage only forgets the choice across visits; the URL still holds it.
  }
}
