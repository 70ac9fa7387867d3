import { shellText } from '../../content/app/shell';
import type { Bilingual } from '../../content/bilingual';
import { useOpenedSequenceCell, type OpenedSequenceCell } from '../../store/cell/openedSequenceCell';
import { useViewStore } from '../../store/viewStore';
import { BilingualText } from '../shared/BilingualText';
import { fillText } from '../shared/fillText';
import './OpenedCellNote.css';

/** Where the cell came from, in words: its layer and step, its direction and sequence where there are several. */
function whichCell(cell: OpenedSequenceCell): Bilingual {
  const parts: Bilingual[] = [];
  if (cell.directions > 1) parts.push(cell.direction === 0 ? shellText.openedCellForward : shellText.openedCellReverse);
  if (cell.batchSize > 1) parts.push(fillText(shellText.openedCellSequence, { b: cell.batch, batch: cell.batchSize }));
  const detail = { en: parts.map((part) => part.en).join(''), zh: parts.map((part) => part.zh).join('') };
  return fillText(shellText.openedCell, { layer: cell.layer, t: cell.t, detail });
}

/**
 * Above a cell explorer the sequence view opened on one of its cells: which cell it is, and the
 * way back (the browser's Back, which the sequence view pushed this view for).
 */
export function OpenedCellNote() {
  const view = useViewStore((state) => state.view);
  const cell = useOpenedSequenceCell((state) => state.opened);
  if (!cell || cell.view !== view) return null;
  return (
    <div className="opened-cell-note">
      <p>
        <BilingualText text={whichCell(cell)} />
      </p>
      <button type="button" className="action-button" onClick={() => window.history.back()}>
        <BilingualText text={shellText.backToSequence} />
      </button>
    </div>
  );
}
