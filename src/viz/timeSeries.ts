import type { GruGates, LstmGates, TraceStep } from '../model';

/** A value a trace step records: an LSTM's i, f, g, o, c, h or a GRU's r, z, n, h. */
export type TraceValueName = keyof LstmGates | keyof GruGates;

/**
 * One value of one cell over time for one batch element, laid out [t][unit]: entry
 * `t · hidden + unit` is `steps[t].gates[gate][batch, unit]`. `steps` is one row of a sequence
 * run (one layer and direction), indexed by the input's time step. Whatever the trace lacks (a
 * missing step, a gate the other cell kind has, a batch element out of range) is NaN, which the
 * colour scales draw as neutral grey rather than as a made-up 0.
 */
export function gateOverTime(
  steps: readonly (TraceStep | undefined)[],
  gate: TraceValueName,
  batch: number,
  hidden: number,
): Float32Array {
  const values = new Float32Array(steps.length * hidden).fill(NaN);
  steps.forEach((step, t) => {
    const tensor = (step?.gates as Partial<Record<TraceValueName, { data: Float32Array }>> | undefined)?.[gate];
    if (!tensor) return;
    const from = batch * hidden;
    if (batch < 0 || from + hidden > tensor.data.length) return;
    values.set(tensor.data.subarray(from, from + hidden), t * hidden);
  });
  return values;
}

/** The largest |value| in `values`, ignoring NaN; 0 when there is none. */
export function largestMagnitude(values: ArrayLike<number>): number {
  let largest = 0;
  for (let index = 0; index < values.length; index++) {
    const size = Math.abs(values[index]!);
    if (size > largest) largest = size;
  }
  return largest;
}
