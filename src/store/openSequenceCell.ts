import { gruExplorerStore } from './gruExplorerStore';
import { lstmExplorerStore } from './lstmExplorerStore';
import { sequenceCellSnapshot, type SequenceCellAt } from './sequenceCell';
import type { SequenceState } from './sequenceStore';
import { viewStore } from './viewStore';

/**
 * Opens the LSTM or GRU cell explorer on one cell of the sequence (`at`), with that cell's
 * weights, input and starting state, so the explorer shows the very step the timeline ran.
 * Returns false, and leaves everything as it was, when there is no run yet or a value lies
 * outside the explorer's sliders (it could only be shown clamped, so not as it ran).
 */
export function openSequenceCell(state: SequenceState, at: SequenceCellAt): boolean {
  if (!state.run) return false;
  const snapshot = sequenceCellSnapshot(state, state.run, at);
  if (snapshot.clamped) return false;
  // The snapshot's gates are the chosen explorer's own (LSTM or GRU names).
  if (snapshot.view === 'lstm') lstmExplorerStore.getState().restoreSettings(snapshot.settings as never);
  else gruExplorerStore.getState().restoreSettings(snapshot.settings as never);
  viewStore.getState().showView(snapshot.view);
  return true;
}
