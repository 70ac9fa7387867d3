import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { LANGUAGES, type Language } from '../content/bilingual';

/**
 * How the app shows its text. Plain, serializable data: exactly what the URL and localStorage
 * hold, so any setting can be shared as a link.
 */
export interface LanguageSettings {
  /** The page's language: headings, controls, `<html lang>`, and the first of a side-by-side pair. */
  language: Language;
  /** Also show every text in the other language, beside the first, for mixed classes. */
  sideBySide: boolean;
}

/** The changes a user can make. Each leaves the settings valid whatever it is given. */
export interface LanguageActions {
  /**
   * Shows the page in `language` alone: a reader who picks one language while side by side is on
   * means that language, so side by side turns off. Anything but `'en'` or `'zh'` is ignored.
   */
  chooseLanguage: (language: Language) => void;
  /** Shows or hides the second language beside the first (the current language stays first). */
  showSideBySide: (on: boolean) => void;
  /** Replaces both settings at once, as when the page restores them from the URL. */
  restoreSettings: (settings: LanguageSettings) => void;
}

/** What the language store holds: the settings and the actions that change them. */
export type LanguageState = LanguageSettings & LanguageActions;

/** English, one language at a time: used when neither the URL, storage nor browser says otherwise. */
export const DEFAULT_LANGUAGE_SETTINGS: Readonly<LanguageSettings> = { language: 'en', sideBySide: false };

/** True when `value` is one of the app's languages (a type guard for data from outside). */
export function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value);
}

/**
 * Makes a new, independent language store starting from `initial`. The app uses one
 * ({@link languageStore}); tests make a fresh one each.
 */
export function createLanguageStore(initial: LanguageSettings = DEFAULT_LANGUAGE_SETTINGS): StoreApi<LanguageState> {
  return createStore<LanguageState>()((set) => ({
    language: initial.language,
    sideBySide: initial.sideBySide,
    chooseLanguage: (language) => {
      if (isLanguage(language)) set({ language, sideBySide: false });
    },
    showSideBySide: (on) => set({ sideBySide: on === true }),
    restoreSettings: (settings) => {
      if (isLanguage(settings.language)) set({ language: settings.language });
      set({ sideBySide: settings.sideBySide === true });
    },
  }));
}

/** The app's one language store. Starts at the defaults; `connectLanguageToPage` restores the reader's choice. */
export const languageStore: StoreApi<LanguageState> = createLanguageStore();

/** Reads one slice of {@link languageStore} in a component, re-rendering only when that slice changes. */
export function useLanguageStore<T>(selector: (state: LanguageState) => T): T {
  return useStore(languageStore, selector);
}
