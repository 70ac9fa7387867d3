import { Fragment } from 'react';
import { LANGUAGE_TAGS } from '../../content/bilingual';
import type { SnippetLine } from '../../store/pythonCode';
import { fillText } from './fillText';
import { useShownLanguages } from './useShownLanguages';
import './PythonCode.css';

/** A code box's lines in a `<pre>`: Python as written, each comment once per language shown. */
export function PythonCode({ lines }: { lines: readonly SnippetLine[] }) {
  const languages = useShownLanguages().flatMap((language) => (language ? [language] : []));
  return (
    <pre className="python-code">
      <code>
        {lines.map((line, index) => {
          // The last line ends the box: no newline after it.
          const end = index === lines.length - 1 ? '' : '\n';
          if ('code' in line) return <Fragment key={index}>{`${line.code}${end}`}</Fragment>;
          // A comment once per language shown, each its own line, so the code stays valid Python.
          const comment = fillText(line.comment, line.values);
          return languages.map((language) => (
            <span key={`${index} ${language}`} lang={LANGUAGE_TAGS[language]}>{`# ${comment[language]}\n`}</span>
          ));
        })}
      </code>
    </pre>
  );
}
