import type { Bilingual } from '../../content/bilingual';
import { glossary } from '../../content/glossary';
import { fillText } from './fillText';

/** Content names glossary terms as `{termKey}` rather than retyping them; this puts the glossary's words in. */
export function withTerms(text: Bilingual): Bilingual {
  return fillText(text, glossary);
}
