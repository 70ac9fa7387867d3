import type { Bilingual } from '../content/bilingual';

/** `text` with each `{name}` replaced by `values[name]`, in both languages. */
export function fillText(text: Bilingual, values: Record<string, string | number>): Bilingual {
  const fill = (template: string) =>
    template.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
  return { en: fill(text.en), zh: fill(text.zh) };
}
