import { useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { shapesCodeText } from '../../content/shapes/shapes';
import { shapesSnippet } from '../../store/shapes/shapesSnippet';
import { useShapesStore } from '../../store/shapes/shapesStore';
import { BilingualText } from '../shared/BilingualText';
import { PythonCode } from '../shared/PythonCode';
import { snippetText } from '../shared/snippetText';
import { useShownLanguages } from '../shared/useShownLanguages';

type CopyStatus = 'idle' | 'copied' | 'failed';

/** The PyTorch code that builds, calls and prints exactly what the page shows, with a Copy button. */
export function ShapesCode() {
  const languages = useShownLanguages().flatMap((language) => (language ? [language] : []));
  const settings = useShapesStore(useShallow((state) => ({ ...state })));
  const lines = useMemo(() => shapesSnippet(settings), [settings]);
  const [status, setStatus] = useState<{ status: CopyStatus; of: typeof lines }>({ status: 'idle', of: lines });
  // A message about copying belongs to the code it copied: new code clears it.
  const shown = status.of === lines ? status.status : 'idle';
  const copy = async () => {
    const text = `${snippetText(lines, languages).join('\n')}\n`;
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      setStatus({ status: 'copied', of: lines });
    } catch {
      setStatus({ status: 'failed', of: lines });
    }
  };
  return (
    <section id="code" data-section className="panel-card shapes-code" aria-labelledby="shapes-code">
      <div className="shapes-code-head">
        <h3 id="shapes-code">
          <BilingualText text={shapesCodeText.heading} />
        </h3>
        <button type="button" className="action-button" onClick={() => void copy()}>
          <BilingualText text={shapesCodeText.copy} />
        </button>
      </div>
      <p className="copy-status" role="status">
        {shown === 'copied' && <BilingualText text={shapesCodeText.copied} />}
        {shown === 'failed' && <BilingualText text={shapesCodeText.copyFailed} />}
      </p>
      <PythonCode lines={lines} />
    </section>
  );
}
