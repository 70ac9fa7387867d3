import type { Bilingual, Language } from '../../content/bilingual';

/**
 * `text` as drawn where BilingualText cannot go (SVG text, a figure's legend): in each language
 * shown, the reader's first, joined by " / " side by side.
 */
export function inShownLanguages(text: Bilingual, shown: readonly (Language | undefined)[]): string {
  return shown
    .filter((language) => language !== undefined)
    .map((language) => text[language])
    .join(' / ');
}
