import { LANGUAGE_TAGS, type Bilingual } from '../../content/bilingual';
import { useShownLanguages } from './useShownLanguages';

interface BilingualTextProps {
  text: Bilingual;
  /** In side-by-side mode, put the second language on its own line (headings, taglines). */
  stacked?: boolean;
}

/** Inline text in the reader's language, followed by the other language in side-by-side mode. */
export function BilingualText({ text, stacked = false }: BilingualTextProps) {
  const [first, second] = useShownLanguages();
  const firstText = <span lang={LANGUAGE_TAGS[first]}>{text[first]}</span>;
  if (!second) return firstText;
  return (
    <>
      {/* The space keeps the two apart in the accessible name: "Coming next 即将推出". */}
      {firstText}{' '}
      <span lang={LANGUAGE_TAGS[second]} className={stacked ? 'second-language stacked' : 'second-language'}>
        {text[second]}
      </span>
    </>
  );
}
