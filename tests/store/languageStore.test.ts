import { beforeEach, describe, expect, it } from 'vitest';
import type { StoreApi } from 'zustand/vanilla';
import type { Language } from '../../src/content/bilingual';
import { createLanguageStore, type LanguageSettings, type LanguageState } from '../../src/store/languageStore';

let store: StoreApi<LanguageState>;

beforeEach(() => {
  store = createLanguageStore();
});

const settings = (): LanguageSettings => {
  const { language, sideBySide } = store.getState();
  return { language, sideBySide };
};

describe('language store', () => {
  it('starts in English, one language at a time', () => {
    expect(settings()).toEqual({ language: 'en', sideBySide: false });
  });

  it('chooses a language and toggles side by side independently', () => {
    store.getState().chooseLanguage('zh');
    store.getState().showSideBySide(true);
    expect(settings()).toEqual({ language: 'zh', sideBySide: true });
    store.getState().showSideBySide(false);
    expect(settings()).toEqual({ language: 'zh', sideBySide: false });
  });

  it('shows a language chosen while side by side alone, as the reader means', () => {
    store.getState().showSideBySide(true);
    store.getState().chooseLanguage('zh');
    expect(settings()).toEqual({ language: 'zh', sideBySide: false });
    store.getState().showSideBySide(true);
    expect(settings()).toEqual({ language: 'zh', sideBySide: true });
  });

  it('ignores a language it does not have, as untyped callers could pass', () => {
    store.getState().chooseLanguage('fr' as Language);
    store.getState().restoreSettings({ language: '<script>' as Language, sideBySide: 'yes' as unknown as boolean });
    expect(settings()).toEqual({ language: 'en', sideBySide: false });
  });

  it('holds only plain data that survives JSON', () => {
    store.getState().restoreSettings({ language: 'zh', sideBySide: true });
    expect(JSON.parse(JSON.stringify(settings()))).toEqual(settings());
  });

  it('makes stores that do not share state', () => {
    const other = createLanguageStore({ language: 'zh', sideBySide: true });
    store.getState().chooseLanguage('en');
    expect(other.getState().language).toBe('zh');
  });
});
