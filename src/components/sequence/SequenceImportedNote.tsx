import { modelImportText as text } from '../../content/modelImport';
import { importedModelStore } from '../../store/imported/importedModelStore';
import { sequenceStore, useSequenceStore } from '../../store/sequence/sequenceStore';
import { BilingualText } from '../shared/BilingualText';
import { fillText } from '../shared/fillText';

/**
 * Above the timeline while it runs a network of the reader's own model: which file and module,
 * that the weights stay in this browser, and the ways to another module or back to the view's
 * own weights.
 */
export function SequenceImportedNote() {
  const imported = useSequenceStore((state) => state.imported);
  if (!imported) return null;
  const { source } = imported;
  const note = fillText(text.sequenceNote, {
    file: source.file,
    // The module, and where it sits in a whole model's file: nn.LSTM(8, 16) “encoder”.
    module: source.prefix ? `${source.module} “${source.prefix.replace(/\.$/, '')}”` : source.module,
  });
  return (
    <div className="opened-cell-note imported-cell-note">
      <p>
        <BilingualText text={note} />
      </p>
      <button type="button" className="action-button" onClick={() => importedModelStore.getState().showDialog(true)}>
        <BilingualText text={text.otherModule} />
      </button>
      <button
        type="button"
        className="action-button"
        onClick={() => sequenceStore.getState().chooseWeightPreset('random')}
      >
        <BilingualText text={text.backToRandom} />
      </button>
    </div>
  );
}
