import type { LstmGates, PlainTensor, TraceStep } from '../model';

// Where each of PyTorch's results `out, (h_n, c_n) = lstm(x)` sits in its flat data, and which
// traced cell step it must equal. Indices follow PyTorch's row-major layout exactly, so the panel
// can show the expression a student would type (`out[5, 0, :]`) next to the numbers it reads.
// Shapes are read off the result tensors the model returned, never recomputed from the settings;
// which row a cell is (layer·D + direction) is the caller's, from the model's `stateRow`.

/** out's shape in symbols and, once out exists, in numbers read off it: "(L, B, D·H) = (10, 3, 100)". */
export function outputShapeText(output: PlainTensor | undefined, batchFirst: boolean): string {
  const symbols = batchFirst ? '(B, L, D·H)' : '(L, B, D·H)';
  return output ? `${symbols} = (${output.shape.join(', ')})` : symbols;
}

/** h_n's (or c_n's) shape in symbols and, once it exists, in numbers: "(num_layers·D, B, H) = (2, 3, 100)". */
export function stateShapeText(state: PlainTensor | undefined): string {
  const symbols = '(num_layers·D, B, H)';
  return state ? `${symbols} = (${state.shape.join(', ')})` : symbols;
}

/** The flat offset of out[t, b, 0] (out[b, t, 0] with batch_first) in data of shape `shape`. */
export function outputIndex(shape: readonly number[], batchFirst: boolean, t: number, b: number): number {
  const [, second = 0, width = 0] = shape;
  const [outer, inner] = batchFirst ? [b, t] : [t, b];
  return (outer * second + inner) * width;
}

/** The expression that reads step t of batch element b from out: "out[t, b, :]" or, batch_first, "out[b, t, :]". */
export function outputIndexText(batchFirst: boolean, t: number, b: number, last: string | number = ':'): string {
  return batchFirst ? `out[${b}, ${t}, ${last}]` : `out[${t}, ${b}, ${last}]`;
}

/** The step a direction ends at, whose state h_n keeps: L − 1 going forward, 0 in reverse. */
export function lastStepOf(direction: number, steps: number): number {
  return direction === 0 ? steps - 1 : 0;
}

/** The flat offset of h_n[row, b, 0] (or c_n's) in data of shape `shape`. */
export function stateIndex(shape: readonly number[], row: number, b: number): number {
  const [, batch = 0, hidden = 0] = shape;
  return (row * batch + b) * hidden;
}

/** Whether `indices` lie inside `shape`, axis by axis: guards reads against an index the tensor lacks. */
function inside(shape: readonly number[], ...indices: number[]): boolean {
  return indices.every((index, axis) => Number.isInteger(index) && index >= 0 && index < (shape[axis] ?? 0));
}

/** out[t, b, :] (D·H values, forward then reverse), read from out's data; undefined when out has no such step. */
export function outputAt(output: PlainTensor, batchFirst: boolean, t: number, b: number): Float32Array | undefined {
  if (!inside(output.shape, ...(batchFirst ? [b, t] : [t, b]))) return undefined;
  const start = outputIndex(output.shape, batchFirst, t, b);
  return output.data.subarray(start, start + (output.shape[2] ?? 0));
}

/** h_n[row, b, :] (or c_n's), read from its data; undefined when it has no such row. */
export function stateAt(state: PlainTensor, row: number, b: number): Float32Array | undefined {
  if (!inside(state.shape, row, b)) return undefined;
  const start = stateIndex(state.shape, row, b);
  return state.data.subarray(start, start + (state.shape[2] ?? 0));
}

/** One traced state of batch element b: the step's h, or its C (undefined for a GRU, which has none). */
export function tracedState(step: TraceStep | undefined, state: 'h' | 'c', b: number): Float32Array | undefined {
  if (!step) return undefined;
  const tensor = state === 'h' ? step.gates.h : 'c' in step.gates ? (step.gates as LstmGates).c : undefined;
  if (!tensor) return undefined;
  const size = tensor.shape.at(-1) ?? tensor.data.length;
  return tensor.data.subarray(b * size, (b + 1) * size);
}

/**
 * The top layer's h at step t for batch element b, each direction's in turn (forward, then
 * reverse): what out[t, b, :] should hold. `topRows` are the top layer's rows of `steps`
 * (indexed [row][t], row = layer·D + direction), forward first. Undefined when a step is missing.
 */
export function topLayerHiddenAt(
  steps: readonly (readonly TraceStep[])[],
  topRows: readonly number[],
  t: number,
  b: number,
): Float32Array | undefined {
  const parts: Float32Array[] = [];
  for (const row of topRows) {
    const part = tracedState(steps[row]?.[t], 'h', b);
    if (!part) return undefined;
    parts.push(part);
  }
  const joined = new Float32Array(parts.reduce((length, part) => length + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }
  return joined;
}

/**
 * The h (or C) of the cell at row `row` of `steps`, running in `direction` over `length` steps, at
 * the step its direction ends on: what h_n[row, b, :] (or c_n's) should hold.
 */
export function finalTracedState(
  steps: readonly (readonly TraceStep[])[],
  row: number,
  direction: number,
  length: number,
  state: 'h' | 'c',
  b: number,
): Float32Array | undefined {
  return tracedState(steps[row]?.[lastStepOf(direction, length)], state, b);
}

/** Where two vectors first disagree: the unit and both values (NaN where one is shorter). */
export interface Mismatch {
  unit: number;
  actual: number;
  expected: number;
}

/**
 * The first unit where `actual` and `expected` differ, compared exactly (they should come from
 * the very same float32 numbers, so any tolerance would hide a real bug); undefined when equal.
 */
export function firstMismatch(actual: ArrayLike<number>, expected: ArrayLike<number>): Mismatch | undefined {
  const length = Math.max(actual.length, expected.length);
  for (let unit = 0; unit < length; unit++) {
    const a = unit < actual.length ? actual[unit]! : NaN;
    const e = unit < expected.length ? expected[unit]! : NaN;
    const same = a === e || (Number.isNaN(a) && Number.isNaN(e) && unit < actual.length && unit < expected.length);
    if (!same) return { unit, actual: a, expected: e };
  }
  return undefined;
}
