import { LANGUAGE_TAGS, type Bilingual } from '../../content/bilingual';
import { useShownLanguages } from './useShownLanguages';

interface BilingualParagraphProps {
  text: Bilingual;
  className?: string;
}

/** A paragraph in the reader's language; in side-by-side mode, two paragraphs in two columns. */
export function BilingualParagraph({ text, className }: BilingualParagraphProps) {
  const [first, second] = useShownLanguages();
  if (!second) {
    return (
      <p lang={LANGUAGE_TAGS[first]} className={className}>
        {text[first]}
      </p>
    );
  }
  return (
    <div className={className ? `bilingual-pair ${className}` : 'bilingual-pair'}>
      <p lang={LANGUAGE_TAGS[first]}>{text[first]}</p>
      <p lang={LANGUAGE_TAGS[second]} className="second-language">
        {text[second]}
      </p>
    </div>
  );
}
