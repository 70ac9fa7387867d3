// The easing and timing of a cell diagram's flow animation: one progress value 0 … 1 per stage,
// cut into steps that run one after another.

/** Cubic ease-in-out: values leave slowly, travel, and settle. */
export const easeInOut = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);

/** Progress 0 … 1 of step `step` out of `count` when the whole stage is at `progress`. */
export const stepProgress = (progress: number, step: number, count: number) =>
  Math.min(1, Math.max(0, progress * count - step));

/** `from` turning into `to`, value by value, at `t` (0 … 1); missing `from` values start at `to`'s. */
export function lerpVectors(from: Float32Array, to: Float32Array, t: number): Float32Array {
  return to.map((value, index) => (from[index] ?? value) + (value - (from[index] ?? value)) * t);
}
