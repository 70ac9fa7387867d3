import { describe, expect, it } from 'vitest';
import {
  parseFlag,
  parseLanguage,
  resolveLanguageSettings,
  searchWithSettings,
  settingsFromSearch,
  settingsFromStorage,
  STORAGE_KEYS,
  type SettingsStorage,
} from '../../src/store/languageSources';

function storageWith(values: Record<string, string>): SettingsStorage {
  return { getItem: (key) => values[key] ?? null, setItem: () => undefined };
}

const noSources = { search: '', storage: null, browserLanguages: [] };

describe('parseLanguage', () => {
  it.each([
    ['en', 'en'],
    ['zh', 'zh'],
    ['ZH', 'zh'],
    ['zh-CN', 'zh'],
    ['zh-Hans-CN', 'zh'],
    ['en-GB', 'en'],
  ])('reads %s as %s', (value, expected) => {
    expect(parseLanguage(value)).toBe(expected);
  });

  it.each([
    '<script>',
    '<script>alert(1)</script>',
    'zh<script>',
    'fr',
    'english',
    'zhx',
    ' zh',
    'zh-',
    '',
    null,
    undefined,
  ])('rejects %j', (value) => {
    expect(parseLanguage(value)).toBeUndefined();
  });
});

describe('parseFlag', () => {
  it('reads 1/true and 0/false, nothing else', () => {
    expect([parseFlag('1'), parseFlag('true'), parseFlag('0'), parseFlag('false')]).toEqual([true, true, false, false]);
    expect([parseFlag('yes'), parseFlag(''), parseFlag(null)]).toEqual([undefined, undefined, undefined]);
  });
});

describe('settingsFromSearch', () => {
  it('reads ?lang and ?both', () => {
    expect(settingsFromSearch('?lang=zh&both=1')).toEqual({ language: 'zh', sideBySide: true });
  });

  it('rejects junk, encoded or not', () => {
    expect(settingsFromSearch('?lang=<script>&both=<b>')).toEqual({});
    expect(settingsFromSearch('?lang=%3Cscript%3Ealert(1)%3C%2Fscript%3E')).toEqual({});
  });
});

describe('settingsFromStorage', () => {
  it('reads saved settings and rejects junk', () => {
    expect(settingsFromStorage(storageWith({ [STORAGE_KEYS.language]: 'zh', [STORAGE_KEYS.sideBySide]: '1' }))).toEqual(
      {
        language: 'zh',
        sideBySide: true,
      },
    );
    expect(settingsFromStorage(storageWith({ [STORAGE_KEYS.language]: '"><img src=x>' }))).toEqual({});
  });

  it('gives nothing when storage throws or is unavailable', () => {
    const throwing: SettingsStorage = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => undefined,
    };
    expect(settingsFromStorage(throwing)).toEqual({});
    expect(settingsFromStorage(null)).toEqual({});
  });
});

describe('resolveLanguageSettings', () => {
  const stored = storageWith({ [STORAGE_KEYS.language]: 'en', [STORAGE_KEYS.sideBySide]: '1' });

  it('lets the URL win over storage and the browser', () => {
    expect(resolveLanguageSettings({ search: '?lang=zh&both=1', storage: null, browserLanguages: ['en-US'] })).toEqual({
      language: 'zh',
      sideBySide: true,
    });
  });

  it('reads a link that names a language as the whole setting: no both=1 means one language', () => {
    // The app writes both=1 only when side by side is on, so a prepared link without it shows one.
    expect(resolveLanguageSettings({ search: '?lang=zh', storage: stored, browserLanguages: ['en-US'] })).toEqual({
      language: 'zh',
      sideBySide: false,
    });
  });

  it('keeps the side by side this browser remembers for a link that names no language', () => {
    expect(resolveLanguageSettings({ search: '?view=lstm', storage: stored, browserLanguages: [] })).toEqual({
      language: 'en',
      sideBySide: true,
    });
  });

  it('falls back to storage, then the browser language order, then English', () => {
    expect(resolveLanguageSettings({ ...noSources, storage: stored, browserLanguages: ['zh-CN'] }).language).toBe('en');
    expect(resolveLanguageSettings({ ...noSources, browserLanguages: ['fr-FR', 'zh-TW', 'en'] }).language).toBe('zh');
    expect(resolveLanguageSettings(noSources)).toEqual({ language: 'en', sideBySide: false });
  });

  it('skips a junk URL value instead of failing', () => {
    expect(resolveLanguageSettings({ ...noSources, search: '?lang=<script>', storage: stored }).language).toBe('en');
  });
});

describe('searchWithSettings', () => {
  it('writes the settings and keeps other parameters', () => {
    expect(searchWithSettings('?step=3&lang=en', { language: 'zh', sideBySide: true })).toBe('?step=3&lang=zh&both=1');
    expect(searchWithSettings('?lang=zh&both=1', { language: 'zh', sideBySide: false })).toBe('?lang=zh');
    expect(searchWithSettings('', { language: 'en', sideBySide: false })).toBe('?lang=en');
  });
});
