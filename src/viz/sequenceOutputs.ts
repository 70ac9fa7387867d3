import type { LstmGates, PlainTensor, TraceStep } from '../model';

// Where each of PyTorch's results `out, (h_n, c_n) = lstm(x)` sits in its flat data, and which
// traced cell step it must equal. Indices follow PyTorch's row-major layout exactly, so the panel
// can show the expression a student would type (`out[5, 0, :]`) next to the numbers it reads.

/** The sizes that decide the results' shapes; a SequenceSettings fits. */
export interface OutputSizes {
  /** Sequence length L. */
  steps: number;
  /** Batch size B. */
  batch: number;
  /** H. */
  hiddenSize: number;
  numLayers: number;
  bidirectional: boolean;
  batchFirst: boolean;
}

/** D: 2 directions with bidirectional, else 1. */
export function directionCount(bidirectional: boolean): 1 | 2 {
  return bidirectional ? 2 : 1;
}

/** out's shape: (L, B, D·H), or (B, L, D·H) with batch_first. */
export function outputShape(sizes: OutputSizes): [number, number, number] {
  const width = directionCount(sizes.bidirectional) * sizes.hiddenSize;
  return sizes.batchFirst ? [sizes.batch, sizes.steps, width] : [sizes.steps, sizes.batch, width];
}

/** h_n's (and c_n's) shape, (num_layers·D, B, H), whatever batch_first says. */
export function stateShape(sizes: OutputSizes): [number, number, number] {
  return [sizes.numLayers * directionCount(sizes.bidirectional), sizes.batch, sizes.hiddenSize];
}

/** out's shape in symbols and numbers: "(L, B, D·H) = (10, 3, 100)". */
export function outputShapeText(sizes: OutputSizes): string {
  const symbols = sizes.batchFirst ? '(B, L, D·H)' : '(L, B, D·H)';
  return `${symbols} = (${outputShape(sizes).join(', ')})`;
}

/** h_n's (and c_n's) shape in symbols and numbers: "(num_layers·D, B, H) = (2, 3, 100)". */
export function stateShapeText(sizes: OutputSizes): string {
  return `(num_layers·D, B, H) = (${stateShape(sizes).join(', ')})`;
}

/** The flat offset of out[t, b, 0] (out[b, t, 0] with batch_first) in out's data. */
export function outputIndex(sizes: OutputSizes, t: number, b: number): number {
  const [, second, width] = outputShape(sizes);
  const [outer, inner] = sizes.batchFirst ? [b, t] : [t, b];
  return (outer * second + inner) * width;
}

/** The expression that reads step t of batch element b from out: "out[t, b, :]" or, batch_first, "out[b, t, :]". */
export function outputIndexText(batchFirst: boolean, t: number, b: number, last: string | number = ':'): string {
  return batchFirst ? `out[${b}, ${t}, ${last}]` : `out[${t}, ${b}, ${last}]`;
}

/** h_n's row for a cell: layer·D + direction. */
export function hNRow(layer: number, direction: number, bidirectional: boolean): number {
  return layer * directionCount(bidirectional) + direction;
}

/** The step a direction ends at, whose state h_n keeps: L − 1 going forward, 0 in reverse. */
export function lastStepOf(direction: number, steps: number): number {
  return direction === 0 ? steps - 1 : 0;
}

/** The flat offset of h_n[row, b, 0] (or c_n's) in its data. */
export function stateIndex(sizes: OutputSizes, row: number, b: number): number {
  return (row * sizes.batch + b) * sizes.hiddenSize;
}

/** Whether a tensor has exactly `shape`: guards reads against a result of other sizes. */
export function hasShape(tensor: PlainTensor | undefined, shape: readonly number[]): tensor is PlainTensor {
  return tensor !== undefined && tensor.shape.length === shape.length && tensor.shape.every((n, i) => n === shape[i]);
}

/** out[t, b, :] (D·H values, forward then reverse), read from out's data. */
export function outputAt(output: PlainTensor, sizes: OutputSizes, t: number, b: number): Float32Array {
  const start = outputIndex(sizes, t, b);
  return output.data.subarray(start, start + directionCount(sizes.bidirectional) * sizes.hiddenSize);
}

/** h_n[row, b, :] (or c_n's), read from its data. */
export function stateAt(state: PlainTensor, sizes: OutputSizes, row: number, b: number): Float32Array {
  const start = stateIndex(sizes, row, b);
  return state.data.subarray(start, start + sizes.hiddenSize);
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
 * reverse): what out[t, b, :] should hold. Undefined when a step is missing from the trace.
 * `steps` is indexed [row][t], row = layer·D + direction.
 */
export function topLayerHiddenAt(
  steps: readonly (readonly TraceStep[])[],
  sizes: OutputSizes,
  t: number,
  b: number,
): Float32Array | undefined {
  const directions = directionCount(sizes.bidirectional);
  const parts: Float32Array[] = [];
  for (let direction = 0; direction < directions; direction++) {
    const part = tracedState(steps[hNRow(sizes.numLayers - 1, direction, sizes.bidirectional)]?.[t], 'h', b);
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

/** A cell's h (or C) at the step its direction ends on: what h_n[row, b, :] (or c_n's) should hold. */
export function finalTracedState(
  steps: readonly (readonly TraceStep[])[],
  sizes: OutputSizes,
  layer: number,
  direction: number,
  state: 'h' | 'c',
  b: number,
): Float32Array | undefined {
  const row = steps[hNRow(layer, direction, sizes.bidirectional)];
  return tracedState(row?.[lastStepOf(direction, sizes.steps)], state, b);
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
