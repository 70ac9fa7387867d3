import { OTHER_LANGUAGE, type Language } from '../../content/bilingual';
import { useLanguageStore } from '../../store/languageStore';

/** The languages to show text in, the reader's first: one, or both in side-by-side mode. */
export function useShownLanguages(): readonly [first: Language, second?: Language] {
  const language = useLanguageStore((state) => state.language);
  const sideBySide = useLanguageStore((state) => state.sideBySide);
  return sideBySide ? [language, OTHER_LANGUAGE[language]] : [language];
}
