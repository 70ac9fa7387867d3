import type { Language } from '../content/bilingual';
import { DEFAULT_LANGUAGE_SETTINGS, isLanguage, type LanguageSettings } from './languageStore';

/** Query parameter that names the language: `?lang=zh`. */
export const LANGUAGE_PARAM = 'lang';

/** Query parameter that turns on side-by-side text: `?lang=zh&both=1`. */
export const SIDE_BY_SIDE_PARAM = 'both';

/** localStorage keys, one plain string each, so a stale or hand-edited value is easy to reject. */
export const STORAGE_KEYS = { language: 'gatescope.language', sideBySide: 'gatescope.sideBySide' } as const;

/** The part of `Storage` the language settings need; `null` where the browser refuses storage. */
export type SettingsStorage = Pick<Storage, 'getItem' | 'setItem'> | null;

/** Where a reader's earlier choice can come from, most specific first. */
export interface LanguageSources {
  /** `location.search`, e.g. `?lang=zh&both=1`. */
  search: string;
  storage: SettingsStorage;
  /** `navigator.languages`, the browser's preference order. */
  browserLanguages: readonly string[];
}

/**
 * Reads a language from outside text: `en` or `zh`, or a longer BCP 47 tag that starts with one
 * (`zh-CN`, `en-GB`), in any case. Anything else, such as `<script>`, gives `undefined`.
 */
export function parseLanguage(value: string | null | undefined): Language | undefined {
  if (typeof value !== 'string') return undefined;
  const primary = /^(en|zh)(?:-[a-z0-9]{1,8})*$/i.exec(value)?.[1]?.toLowerCase();
  return isLanguage(primary) ? primary : undefined;
}

/** Reads an on/off flag: `1`/`true` or `0`/`false`; anything else gives `undefined`. */
export function parseFlag(value: string | null | undefined): boolean | undefined {
  if (value === '1' || value === 'true') return true;
  if (value === '0' || value === 'false') return false;
  return undefined;
}

/** The settings a URL query string names; absent or invalid ones are `undefined`. */
export function settingsFromSearch(search: string): Partial<LanguageSettings> {
  const params = new URLSearchParams(search);
  return {
    language: parseLanguage(params.get(LANGUAGE_PARAM)),
    sideBySide: parseFlag(params.get(SIDE_BY_SIDE_PARAM)),
  };
}

/** The settings saved in `storage`; absent, invalid or unreadable ones are `undefined`. */
export function settingsFromStorage(storage: SettingsStorage): Partial<LanguageSettings> {
  try {
    return {
      language: parseLanguage(storage?.getItem(STORAGE_KEYS.language)),
      sideBySide: parseFlag(storage?.getItem(STORAGE_KEYS.sideBySide)),
    };
  } catch {
    // Browsers with storage disabled throw on access; the reader then simply starts fresh.
    return {};
  }
}

/**
 * The settings to start with: the URL wins (a shared link shows what its sender saw), then what
 * this browser saved, then the browser's own language order, then {@link DEFAULT_LANGUAGE_SETTINGS}.
 * A link that names a language names the whole setting: the app writes `both=1` only while side by
 * side is on, so a prepared `?lang=zh` shows Chinese alone whatever this browser remembers.
 */
export function resolveLanguageSettings(sources: LanguageSources): LanguageSettings {
  const fromUrl = settingsFromSearch(sources.search);
  const stored = settingsFromStorage(sources.storage);
  const browser = sources.browserLanguages.map(parseLanguage).find((language) => language !== undefined);
  return {
    language: fromUrl.language ?? stored.language ?? browser ?? DEFAULT_LANGUAGE_SETTINGS.language,
    sideBySide:
      fromUrl.sideBySide ??
      (fromUrl.language !== undefined ? false : (stored.sideBySide ?? DEFAULT_LANGUAGE_SETTINGS.sideBySide)),
  };
}

/** `search` with the settings written in (`?lang=zh&both=1`) and every other parameter kept. */
export function searchWithSettings(search: string, settings: LanguageSettings): string {
  const params = new URLSearchParams(search);
  params.set(LANGUAGE_PARAM, settings.language);
  if (settings.sideBySide) params.set(SIDE_BY_SIDE_PARAM, '1');
  else params.delete(SIDE_BY_SIDE_PARAM);
  return `?${params.toString()}`;
}
