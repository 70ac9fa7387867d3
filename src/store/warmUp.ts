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
 * The idle period each warm-up run waits for, ms: as long as one run takes at the course's sizes
 * (the sequence's whole trace, about 10 ms), and longer than what a drag at those sizes leaves
 * between its frames, so a long run waits for the drag to end instead of making a frame late.
 */
export const WARM_UP_IDLE_MS = 12;

/**
 * A store's warm-up run `run` (0 … WARM_UP_RUNS − 1): it computes what a drag would, on values
 * moved by {@link warmUpNudge}. A store whose state nothing but its own view reads may go further
 * and rehearse: put that state in place as the drag's action does, and return what puts the state
 * it had back. useWarmUpWhenIdle renders the two at once, so the view's update code runs before the
 * first drag and no frame ever shows the moved numbers.
 */
export type WarmUp = (run: number) => RestoreAfterRehearsal | undefined;

/** Puts back, object for object, the state a rehearsal replaced. */
export type RestoreAfterRehearsal = () => void;
