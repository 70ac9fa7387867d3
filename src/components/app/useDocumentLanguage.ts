import { useEffect } from 'react';
import { LANGUAGE_TAGS } from '../../content/bilingual';
import { shellText } from '../../content/app/shell';
import { useLanguageStore } from '../../store/languageStore';

/**
 * Keeps `<html lang>` and the tab title in the reader's language. The lang attribute is what
 * makes screen readers switch voice and browsers pick Chinese rather than Japanese glyphs.
 */
export function useDocumentLanguage(): void {
  const language = useLanguageStore((state) => state.language);
  useEffect(() => {
    document.documentElement.lang = LANGUAGE_TAGS[language];
    document.title = shellText.documentTitle[language];
  }, [language]);
}
