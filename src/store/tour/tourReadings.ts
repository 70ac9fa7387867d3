import { useLstmExplorerStore } from '../lstm/lstmExplorerStore';
import { useSequenceStore } from '../sequence/sequenceStore';
import {
  forgetTaskProgress,
  memoryHoldReadout,
  type ForgetTaskProgress,
  type MemoryHoldReadout,
} from './tourExercises';

// What the course's live exercises read off the views they send the student to. The course's
// components ask here, never another view's store: the tour is the one part of the store that may
// look into the other views' (see eslint.config.js).

/**
 * How far the student has closed the LSTM explorer's forget gate: the forget task's check, live.
 * While the explorer rehearses a drag at idle, the student's own numbers: the moved ones are no
 * student's doing, and one could solve the task.
 */
export function useForgetTaskProgress(): ForgetTaskProgress | undefined {
  return forgetTaskProgress(
    useLstmExplorerStore((state) => (state.beforeRehearsal ?? state).explanation?.gates.forget),
  );
}

/** The hold-the-memory exercise's numbers from the sequence view's run: mean f and i, how far C moved. */
export function useMemoryHoldReadout(): MemoryHoldReadout | undefined {
  return memoryHoldReadout(useSequenceStore((state) => state.run));
}
