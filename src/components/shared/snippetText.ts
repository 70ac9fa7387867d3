import type { Language } from '../../content/bilingual';
import type { SnippetLine } from '../../store/pythonCode';
import { fillText } from './fillText';

/** The lines as a code box shows them to a reader of `languages`: one comment line per language. */
export function snippetText(lines: readonly SnippetLine[], languages: readonly Language[] = ['en']): string[] {
  return lines.flatMap((line) => {
    if ('code' in line) return [line.code];
    const comment = fillText(line.comment, line.values);
    return languages.map((language) => `# ${comment[language]}`);
  });
}
