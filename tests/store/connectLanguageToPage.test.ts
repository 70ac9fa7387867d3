import { describe, expect, it } from 'vitest';
import { connectLanguageToPage, type LanguagePage } from '../../src/store/connectLanguageToPage';
import { STORAGE_KEYS } from '../../src/store/languageSources';
import { createLanguageStore } from '../../src/store/languageStore';

/** A page whose URL and storage are plain objects, so the test can read what was written. */
function fakePage(url: string, saved: Record<string, string> = {}) {
  const storage = new Map(Object.entries(saved));
  const location = new URL(url);
  const page: LanguagePage = {
    location,
    history: {
      state: null,
      replaceState: (_state, _unused, next) => {
        const target = new URL(String(next), location);
        location.search = target.search;
        location.hash = target.hash;
      },
    },
    storage: { getItem: (key) => storage.get(key) ?? null, setItem: (key, value) => void storage.set(key, value) },
    browserLanguages: ['en-US'],
  };
  return { page, location, storage };
}

describe('connectLanguageToPage', () => {
  it('restores the URL’s language and writes the full settings back into it', () => {
    const store = createLanguageStore();
    const { page, location, storage } = fakePage('http://app.test/?lang=zh#terms');
    connectLanguageToPage(store, page);
    expect(store.getState().language).toBe('zh');
    expect(location.search).toBe('?lang=zh');
    expect(location.hash).toBe('#terms');
    // A language that only came with a link is not saved as the reader's own choice.
    expect(storage.size).toBe(0);
  });

  it('keeps URL and storage in step with each choice', () => {
    const store = createLanguageStore();
    const { page, location, storage } = fakePage('http://app.test/?step=2');
    connectLanguageToPage(store, page);
    store.getState().chooseLanguage('zh');
    store.getState().showSideBySide(true);
    expect(location.search).toBe('?step=2&lang=zh&both=1');
    expect(storage.get(STORAGE_KEYS.language)).toBe('zh');
    expect(storage.get(STORAGE_KEYS.sideBySide)).toBe('1');
  });

  it('restores a saved choice when the URL has none', () => {
    const store = createLanguageStore();
    const { page } = fakePage('http://app.test/', { [STORAGE_KEYS.language]: 'zh', [STORAGE_KEYS.sideBySide]: '1' });
    connectLanguageToPage(store, page);
    expect(store.getState().language).toBe('zh');
    expect(store.getState().sideBySide).toBe(true);
  });

  it('still switches when storage refuses writes', () => {
    const store = createLanguageStore();
    const { page, location } = fakePage('http://app.test/');
    page.storage = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    connectLanguageToPage(store, page);
    store.getState().chooseLanguage('zh');
    expect(location.search).toBe('?lang=zh');
  });

  it('stops writing once disconnected', () => {
    const store = createLanguageStore();
    const { page, location } = fakePage('http://app.test/');
    const disconnect = connectLanguageToPage(store, page);
    disconnect();
    store.getState().chooseLanguage('zh');
    expect(location.search).toBe('?lang=en');
  });
});
