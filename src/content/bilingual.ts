/** The two languages every piece of text is written in. */
export type Language = 'en' | 'zh';

export const LANGUAGES: readonly Language[] = ['en', 'zh'];

/** One piece of text in both languages. Both are required, so a missing translation does not compile. */
export type Bilingual = Readonly<Record<Language, string>>;

/** BCP 47 tags for `lang` attributes: `zh-CN` picks Simplified Chinese glyphs over Japanese ones. */
export const LANGUAGE_TAGS: Readonly<Record<Language, string>> = { en: 'en', zh: 'zh-CN' };

/** Each language's name written in itself, so a reader of either can find their own. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { en: 'English', zh: '中文' };

/** The language shown second in side-by-side mode, given the first. */
export const OTHER_LANGUAGE: Readonly<Record<Language, Language>> = { en: 'zh', zh: 'en' };
