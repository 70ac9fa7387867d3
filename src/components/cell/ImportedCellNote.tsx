import { modelImportText as text } from '../../content/modelImport';
import { trainedExamplePython, trainedExampleText } from '../../content/examples/trainedExample';
import { importedModelStore } from '../../store/imported/importedModelStore';
import { TRAINED_EXAMPLE_FILE } from '../../store/imported/openTrainedExample';
import { BilingualParagraph } from '../shared/BilingualParagraph';
import { withTerms } from '../shared/withTerms';
import { BilingualText } from '../shared/BilingualText';
import { fillText } from '../shared/fillText';
import type { CellExplorerUi } from './cellExplorerUi';
import '../shared/PythonLines.css';

/**
 * Above an explorer that shows a cell of the reader's own model: which file, module, layer and
 * direction it is, that the weights stay in this browser, and the ways to another cell or back
 * to the explorer's own weights.
 */
export function ImportedCellNote<Gate extends string, Explanation>({ ui }: { ui: CellExplorerUi<Gate, Explanation> }) {
  const imported = ui.useExplorer((state) => state.imported);
  const choosePreset = ui.useExplorer((state) => state.choosePreset);
  if (!imported) return null;
  const { source } = imported;
  const note = fillText(text.shownNote, {
    file: source.file,
    // The module, and where it sits in a whole model's file: nn.LSTM(8, 16) “encoder”.
    module: source.prefix ? `${source.module} “${source.prefix.replace(/\.$/, '')}”` : source.module,
    layer: source.layer,
    direction: source.direction === 1 ? text.reverseNote : { en: '', zh: '' },
  });
  return (
    <div className="opened-cell-note imported-cell-note">
      <p>
        <BilingualText text={note} />
      </p>
      {source.file === TRAINED_EXAMPLE_FILE && (
        <details className="imported-example-notes">
          <summary>
            <BilingualText text={text.whatToLookFor} />
          </summary>
          <BilingualParagraph text={withTerms(trainedExampleText.lookFor)} />
          <BilingualParagraph text={text.exampleInExplorer} />
          <BilingualParagraph text={trainedExampleText.pythonCaption} />
          <pre className="python-lines">
            <code>{trainedExamplePython}</code>
          </pre>
        </details>
      )}
      <button type="button" className="action-button" onClick={() => importedModelStore.getState().showDialog(true)}>
        <BilingualText text={text.otherCell} />
      </button>
      <button type="button" className="action-button" onClick={() => choosePreset('random')}>
        <BilingualText text={text.backToRandom} />
      </button>
    </div>
  );
}
