import { useEffect } from 'react';
import { sequenceStore } from '../../store/sequence/sequenceStore';
import { useViewSteps } from '../shared/useViewSteps';

/**
 * Frames arrive a little early or late; a step due within this much of a frame is taken on it, so
 * 60 steps per second on a 60 Hz screen step on every frame instead of every other one.
 */
const FRAME_SLACK_MS = 2;

/**
 * While the sequence plays, advances one step every 1 / speed seconds on animation frames (so
 * playing stops with the tab hidden and never outruns the screen), and pauses at the last step.
 */
export function usePlayback(playing: boolean): void {
  useEffect(() => {
    if (!playing) return;
    let frame = 0;
    let last: number | undefined;
    let waited = 0;
    const tick = (now: number) => {
      const state = sequenceStore.getState();
      waited += last === undefined ? 0 : now - last;
      last = now;
      const interval = 1000 / state.speed;
      if (waited >= interval - FRAME_SLACK_MS) {
        // One step a frame at most: a slow frame does not skip steps, it catches up on the next.
        waited = Math.max(0, Math.min(waited - interval, interval));
        state.stepBy(1);
        // Stop on reaching the last step, not a frame later: a Home pressed right then must not
        // find the sequence still playing.
        if (sequenceStore.getState().t >= state.steps - 1) {
          state.pause();
          return;
        }
      }
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [playing]);
}

/**
 * The sequence's steps for the page's key map: → / Page Down / Space a time step on, ← / Page Up
 * one back, Home and End to either end, P plays or pauses.
 */
export function usePlaybackSteps(): void {
  useViewSteps({
    next: () => sequenceStore.getState().stepBy(1),
    previous: () => sequenceStore.getState().stepBy(-1),
    first: () => sequenceStore.getState().goToStep(0),
    last: () => {
      const state = sequenceStore.getState();
      state.goToStep(state.steps - 1);
    },
    play: () => {
      const state = sequenceStore.getState();
      if (state.playing) state.pause();
      else state.play();
    },
  });
}
