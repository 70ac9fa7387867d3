import { shellText } from '../../content/app/shell';
import { importedModelStore } from '../../store/imported/importedModelStore';
import { useShownLanguages } from '../shared/useShownLanguages';

/** A file with an arrow into it: open your own weights. */
function OpenWeightsIcon() {
  return (
    <svg className="present-icon" viewBox="0 0 24 24" aria-hidden="true">
      <path d="M6 3h8l4 4v14H6z" />
      <path d="M12 9v8M8.5 13.5 12 17l3.5-3.5" />
    </svg>
  );
}

/**
 * The header's way to the import dialog, where the header has room for it (App.css); the cell
 * explorers' weight controls have their own, and a drop anywhere on the page opens it too.
 */
export function ImportButton() {
  const [language] = useShownLanguages();
  const name = shellText.openWeights[language];
  return (
    <button
      type="button"
      className="action-button present-button import-button"
      title={name}
      aria-haspopup="dialog"
      onClick={() => importedModelStore.getState().showDialog(true)}
    >
      <OpenWeightsIcon />
      <span className="visually-hidden">{name}</span>
    </button>
  );
}
