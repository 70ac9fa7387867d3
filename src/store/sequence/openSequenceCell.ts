import { cellOfModule } from '../../model';
import { openedSequenceCellStore } from '../cell/openedSequenceCell';
import { gruExplorerStore } from '../gru/gruExplorerStore';
import { lstmExplorerStore } from '../lstm/lstmExplorerStore';
import { sequenceCellSnapshot, type SequenceCellAt, type SequenceCellSnapshot } from './sequenceCell';
import type { SequenceState } from './sequenceStore';
import { viewStore } from '../viewStore';

/**
 * Opens the LSTM or GRU cell explorer on one cell of the sequence (`at`), with that cell's
 * weights, input and starting state, so the explorer shows the very step the timeline ran.
 * Returns the cell's snapshot, or undefined before there is a run. When the snapshot is
 * `clamped` (a value lies outside the explorer's sliders, so it could not be shown as it ran),
 * nothing was opened and everything is left as it was.
 */
export function openSequenceCell(state: SequenceState, at: SequenceCellAt): SequenceCellSnapshot | undefined {
  if (!state.run) return undefined;
  const snapshot = sequenceCellSnapshot(state, state.run, at);
  if (snapshot.clamped) return snapshot;
  const explorer = (snapshot.view === 'lstm' ? lstmExplorerStore : gruExplorerStore).getState();
  if (state.imported) {
    // The imported network's own cell, then the step's numbers over it: no preset, no seed.
    const { module, source } = state.imported;
    const cell = cellOfModule(module, at.layer, at.direction);
    const refusal = explorer.showImportedCell(
      { ...cell, source: { ...source, layer: at.layer, direction: at.direction } },
      { keepAdjustments: false },
    );
    // Not expected: the sequence view's sizes are within the explorers'.
    if (refusal) return undefined;
    const { preset: _preset, seed: _seed, ...settings } = snapshot.settings;
    explorer.restoreSettings(settings as never);
  } else {
    // The snapshot's gates are the chosen explorer's own (LSTM or GRU names).
    explorer.restoreSettings(snapshot.settings as never);
  }
  // So the explorer can say which cell it shows (store/cell/openedSequenceCell.ts).
  openedSequenceCellStore.getState().remember({
    view: snapshot.view,
    ...at,
    directions: state.bidirectional ? 2 : 1,
    batchSize: state.batch,
  });
  viewStore.getState().showView(snapshot.view);
  return snapshot;
}
