import { cellOfRow, stateRowCount } from '../../model';
import { timelineText } from '../../content/sequence/sequence';
import { sequenceStore, useSequenceStore } from '../../store/sequence/sequenceStore';
import { BilingualText } from '../shared/BilingualText';
import { fillText } from '../shared/fillText';
import { useShownLanguages } from '../shared/useShownLanguages';

/**
 * Buttons for the layer (and direction) whose numbers the heat maps and the h0 / c0 sliders
 * show: a click on the timeline opens the explorer, so picking a row needs its own control.
 */
export function SequenceCellPicker() {
  const [language] = useShownLanguages();
  const numLayers = useSequenceStore((state) => state.numLayers);
  const bidirectional = useSequenceStore((state) => state.bidirectional);
  const layer = useSequenceStore((state) => state.layer);
  const direction = useSequenceStore((state) => state.direction);
  const rows = Array.from({ length: stateRowCount({ numLayers, bidirectional }) }, (_, row) =>
    cellOfRow({ bidirectional }, row),
  );
  return (
    <div className="sequence-cell-picker" role="group" aria-label={timelineText.pickCell[language]}>
      <span className="sequence-cell-picker-label">
        <BilingualText text={timelineText.pickCell} />
      </span>
      {rows.map((row) => (
        <button
          key={`${row.layer}.${row.direction}`}
          type="button"
          className="action-button"
          aria-pressed={row.layer === layer && row.direction === direction}
          onClick={() => sequenceStore.getState().selectCell(row.layer, row.direction)}
        >
          <BilingualText text={fillText(timelineText.layer, { layer: row.layer })} />
          {bidirectional && (
            <>
              {' '}
              <BilingualText text={row.direction === 0 ? timelineText.forward : timelineText.reverse} />
            </>
          )}
        </button>
      ))}
    </div>
  );
}
