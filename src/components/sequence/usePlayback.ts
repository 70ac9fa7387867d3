import { useEffect } from 'react';
import { sequenceStore } from '../../store/sequence/sequenceStore';
import { usePageKeys } from '../shared/usePageKeys';

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
 * The sequence's keys anywhere on the page: Space plays or pauses, ← and → step, Home and End
 * jump to either end. Keys typed into a slider, a field or a button stay there.
 */
export function usePlaybackKeys(): void {
  usePageKeys((event) => {
    const state = sequenceStore.getState();
    if (event.key === ' ') {
      // Space on a button presses that button.
      if (event.target instanceof HTMLButtonElement) return false;
      if (state.playing) state.pause();
      else state.play();
    } else if (event.key === 'ArrowRight') state.stepBy(1);
    else if (event.key === 'ArrowLeft') state.stepBy(-1);
    else if (event.key === 'Home') state.goToStep(0);
    else if (event.key === 'End') state.goToStep(state.steps - 1);
    else return false;
    return true;
  });
}
