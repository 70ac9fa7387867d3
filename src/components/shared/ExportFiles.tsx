import type { Bilingual } from '../../content/bilingual';
import { modelImportText as text } from '../../content/modelImport';
import { BilingualText } from './BilingualText';
import './ExportFiles.css';
import './PythonLines.css';

/** One download: its label and what it saves. */
export interface ExportFile {
  label: Bilingual;
  save: () => void;
}

/**
 * A view's numbers as files PyTorch reads (its weights, its step or run), each a button, with the
 * lines of PyTorch that load them folded below. The buttons wait until there is something to save.
 */
export function ExportFiles({ files, ready, python }: { files: ExportFile[]; ready: boolean; python: string }) {
  return (
    <div className="export-files">
      {files.map((file, index) => (
        <button key={index} type="button" className="action-button" disabled={!ready} onClick={file.save}>
          <BilingualText text={file.label} />
        </button>
      ))}
      <details>
        <summary>
          <BilingualText text={text.loadInPytorch} />
        </summary>
        <pre className="python-lines">
          <code>{python}</code>
        </pre>
      </details>
    </div>
  );
}
