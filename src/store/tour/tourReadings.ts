import { useLstmExplorerStore } from '../lstm/lstmExplorerStore';
import { useSequenceStore } from '../sequence/sequenceStore';
import { outsideRehearsal } from '../warmUp';
import {
  forgetTaskProgress,
  memoryHoldReadout,
  type ForgetTaskProgress,
  type MemoryHoldReadout,
} from './tourExercises';

// What the course's live exercises read off the views they send the student to. The course's
// components ask here, never another view's store: the tour is the one part of the store that may
// look into the other views' (see eslint.config.js). They read past a rehearsal (outsideRehearsal).

/** How far the student has closed the LSTM explorer's forget gate: the forget task's check, live. */
export function useForgetTaskProgress(): ForgetTaskProgress | undefined {
  return forgetTaskProgress(useLstmExplorerStore((state) => outsideRehearsal(state).explanation?.gates.forget));
}

/** The hold-the-memory exercise's numbers from the sequence view's run: mean f and i, how far C moved. */
export function useMemoryHoldReadout(): MemoryHoldReadout | undefined {
  return memoryHoldReadout(useSequenceStore((state) => outsideRehearsal(state).run));
}
