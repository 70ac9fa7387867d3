/**
 * How many times a view's computation is run on nudged settings while the page is idle, each in an
 * idle callback of its own (a store's `warmUp(run)`): enough calls for V8 to compile the code a
 * drag runs (the model layer, tfjs, its WASM kernels), so that the first drag after the page opens
 * starts at the speed of the ones after it.
 */
export const WARM_UP_RUNS = 4;

/** How far warm-up run `run` moves a value: 0.01, each run the other way; a new number, the same code. */
export function warmUpNudge(run: number): number {
  return run % 2 === 0 ? 0.01 : -0.01;
}

/**
 * The idle period each warm-up run waits for, ms. Between the frames of anything that moves (a
 * drag, playback, an animation) Chromium's idle periods end at the next frame, under 16.7 ms
 * away; only when no frame is due does it give longer ones, up to 50 ms. So a run waits for the
 * page to be still: it never makes a frame late, even the first time, when it runs at two to four
 * times its later cost (the sequence's rehearsal measured 24–42 ms where a drag's input takes 6).
 */
export const WARM_UP_IDLE_MS = 40;

/**
 * A store's warm-up run `run` (0 … WARM_UP_RUNS − 1): it computes what a drag would, on values
 * moved by {@link warmUpNudge}. It may go further and rehearse: put that state in place as the
 * drag's action does, and return what puts the state it had back. useWarmUpWhenIdle renders the
 * two at once, so the view's update code runs before the first drag and no frame ever shows the
 * moved numbers. A rehearsal goes through {@link rehearse}, which keeps the state it replaced
 * beside the moved one for what reads the store from outside its view ({@link outsideRehearsal}).
 */
export type WarmUp = (run: number) => RestoreAfterRehearsal | undefined;

/** Puts back, object for object, the state a rehearsal replaced. */
export type RestoreAfterRehearsal = () => void;

/**
 * What a store that rehearses adds to its state: only while a rehearsal runs, the state it
 * replaced, which it puts back in the same task.
 */
export interface Rehearsable<State> {
  beforeRehearsal: State | undefined;
}

/**
 * Puts `moved` in place over the store's state as a rehearsal, with the state it replaces kept in
 * `beforeRehearsal`, and returns what puts that state back, object for object.
 */
export function rehearse<State extends Rehearsable<State>>(
  get: () => State,
  set: { (partial: Partial<State>): void; (state: State, replace: true): void },
  moved: Partial<State>,
): RestoreAfterRehearsal {
  const before = get();
  set({ ...moved, beforeRehearsal: before });
  return () => set(before, true);
}

/**
 * The state a reader outside the store's own view reads (the course's live exercises): while a
 * rehearsal runs, the student's own, so they see no change at all. The moved numbers are no
 * student's doing; they could solve a task, and a live region re-rendered with them is read out
 * again by a screen reader even when the words end up the same.
 */
export function outsideRehearsal<State extends Rehearsable<State>>(state: State): State {
  return state.beforeRehearsal ?? state;
}
