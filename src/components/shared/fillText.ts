import type { Bilingual, Language } from '../../content/bilingual';

type Filler = (values: Readonly<Record<string, string | number>>) => string;

const compiled = new Map<string, Filler>();

/**
 * `template` with each `{name}` replaced by `values[name]`; unknown names stay as written. The
 * template is split once and reused: the course-size diagram names over a thousand cells on every
 * slider move.
 */
export function fillTemplate(template: string, values: Readonly<Record<string, string | number>>): string {
  let filler = compiled.get(template);
  if (!filler) {
    // Splitting on a capturing group alternates literal text (even indices) and names (odd).
    const parts = template.split(/\{(\w+)\}/);
    filler = (given) => parts.map((part, index) => (index % 2 ? String(given[part] ?? `{${part}}`) : part)).join('');
    compiled.set(template, filler);
  }
  return filler(values);
}

/**
 * `text` with each `{name}` filled in both languages. A value may itself be bilingual (a glossary
 * term), and is then filled with each language's own words.
 */
export function fillText(text: Bilingual, values: Readonly<Record<string, string | number | Bilingual>>): Bilingual {
  const inLanguage = (language: Language) =>
    Object.fromEntries(
      Object.entries(values).map(([name, value]) => [name, typeof value === 'object' ? value[language] : value]),
    );
  return { en: fillTemplate(text.en, inLanguage('en')), zh: fillTemplate(text.zh, inLanguage('zh')) };
}
