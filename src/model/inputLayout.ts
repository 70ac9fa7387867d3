import { check } from './errors';
import { checkFinite } from './finite';
import { stateShapes } from './moduleShapes';
import { cellKindOf, hiddenOutSize, isCellModule } from './parameterShapes';
import { stateRowCount } from './stateRows';
import type { PlainTensor, RecurrentConfig, RecurrentModule } from './types';

/** Most values one forward pass may hold in its trace (about 256 MB of float32). */
export const MAX_TRACE_VALUES = 64 * 1024 * 1024;

/** How a request's tensors map onto the `(L, B, ·)` layout the model computes in. */
export interface InputLayout {
  /** Sequence length L (1 for cells). */
  steps: number;
  /** Batch size B (1 for unbatched input). */
  batch: number;
  /** False for unbatched input: results then drop the batch axis, as PyTorch does. */
  batched: boolean;
  /** The input is `(B, L, input)` and must be swapped to `(L, B, input)`. */
  batchFirst: boolean;
  /** State rows the model computes with: D·num_layers, or 1 for cells. */
  stateRows: number;
  /** Shape of the initial states: `(D·num_layers, B, H_out)`, or `(B, H)` for cells, less B unbatched. */
  hiddenShape: number[];
  /** Same for the cell state, with H instead of H_out. */
  cellShape: number[];
}

function sameShape(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((size, axis) => size === b[axis]);
}

function describeShape(shape: readonly number[]): string {
  return `(${shape.join(', ')})`;
}

/** Reads L, B and the batch layout off `input`, checking its rank and feature size against `config`. */
function layoutOfInput(module: RecurrentModule, config: RecurrentConfig, input: PlainTensor) {
  const shape = input.shape;
  const features = shape[shape.length - 1];
  if (isCellModule(module)) {
    check(
      shape.length === 1 || shape.length === 2,
      () => `input of ${module} must be (batch, input_size) or (input_size), got shape ${describeShape(shape)}`,
    );
    check(
      features === config.inputSize,
      () => `input's last axis is ${features} but input_size is ${config.inputSize}`,
    );
    const batched = shape.length === 2;
    return { steps: 1, batch: batched ? shape[0]! : 1, batched, batchFirst: false };
  }
  const expected = config.batchFirst ? '(batch, seq_len, input_size)' : '(seq_len, batch, input_size)';
  check(
    shape.length === 2 || shape.length === 3,
    () =>
      `input of ${module} must be ${expected} or unbatched (seq_len, input_size), got shape ${describeShape(shape)}`,
  );
  check(features === config.inputSize, () => `input's last axis is ${features} but input_size is ${config.inputSize}`);
  const batched = shape.length === 3;
  const batchFirst = batched && config.batchFirst;
  const steps = batchFirst ? shape[1]! : shape[0]!;
  const batch = batched ? (batchFirst ? shape[0]! : shape[1]!) : 1;
  return { steps, batch, batched, batchFirst };
}

/**
 * Checks `input`, `h0` and `c0` against `module` and `config` as PyTorch would (ranks, sizes,
 * batchedness agreeing) plus what PyTorch does not check (finite values, size limits) and says
 * how they map onto the computing layout. Throws a {@link ModelInputError} naming the tensor.
 */
export function inputLayout(
  module: RecurrentModule,
  config: RecurrentConfig,
  input: PlainTensor,
  h0?: PlainTensor,
  c0?: PlainTensor,
): InputLayout {
  const base = layoutOfInput(module, config, input);
  check(base.steps >= 1 && base.batch >= 1, () => `input has an empty axis: shape ${describeShape(input.shape)}`);
  checkFinite('input', input);
  const cell = isCellModule(module);
  const { hidden: hiddenShape, cell: cellShape } = stateShapes(module, config, base.batched ? base.batch : undefined);
  if (h0) {
    check(
      sameShape(h0.shape, hiddenShape),
      () =>
        `h0 must have shape ${describeShape(hiddenShape)} for this input and ${module}, got ${describeShape(h0.shape)}`,
    );
    checkFinite('h0', h0);
  }
  if (c0) {
    check(cellKindOf(module) === 'LSTM', `${module} has no cell state: remove c0`);
    check(
      sameShape(c0.shape, cellShape),
      () =>
        `c0 must have shape ${describeShape(cellShape)} for this input and ${module}, got ${describeShape(c0.shape)}`,
    );
    checkFinite('c0', c0);
  }
  const kind = cellKindOf(module);
  const perStep =
    kind === 'LSTM' ? 4 * config.hiddenSize + 2 * hiddenOutSize(config) : (kind === 'GRU' ? 4 : 2) * config.hiddenSize;
  const traceValues = base.steps * base.batch * stateRowCount(config) * perStep;
  check(
    traceValues <= MAX_TRACE_VALUES,
    () =>
      `this input would produce ${traceValues.toLocaleString('en')} traced values; the most Gatescope keeps is ${MAX_TRACE_VALUES.toLocaleString('en')}: shorten the sequence or the batch`,
  );
  return { ...base, stateRows: cell ? 1 : stateRowCount(config), hiddenShape, cellShape };
}
