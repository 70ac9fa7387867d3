import { modelImportText } from '../../content/modelImport';
import { importedModelStore } from '../../store/imported/importedModelStore';
import { BilingualText } from './BilingualText';

/** "Your own weights…": opens the dialog that reads a PyTorch state_dict (its cells open in the explorers). */
export function OpenWeightsButton() {
  return (
    <button type="button" className="action-button" onClick={() => importedModelStore.getState().showDialog(true)}>
      <BilingualText text={modelImportText.openFile} />
    </button>
  );
}
