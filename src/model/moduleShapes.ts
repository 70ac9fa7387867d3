import { CELL_NOTATION, type GateName } from './notation';
import { cellKindOf, hiddenOutSize, isCellModule, type ParameterSpec } from './parameterShapes';
import { directionCount, stateRowCount } from './stateRows';
import type { RecurrentConfig, RecurrentModule } from './types';

/** The input's extent besides its features: sequence length L, batch N, or no batch axis at all. */
export interface InputExtent {
  /** L, the sequence length (not used by the cell classes, which take one step). */
  steps: number;
  /** N, the batch size (ignored when unbatched). */
  batch: number;
  /** False for unbatched input: every tensor then lacks the batch axis, as in PyTorch. */
  batched: boolean;
}

/**
 * Every tensor shape of one call, as PyTorch gives them. For `nn.LSTM` / `nn.GRU`: `input` is
 * `(L, N, input_size)` (`(N, L, input_size)` with batch_first, `(L, input_size)` unbatched),
 * `output` is the same with D·H_out features, `h0` / `hN` are `(D·num_layers, N, H_out)` and `c0` /
 * `cN` `(D·num_layers, N, hidden_size)` whatever batch_first says. For the cells: `(N, input_size)`
 * in, `(N, hidden_size)` out, no `output`. `c0` and `cN` exist for LSTM and LSTMCell only.
 */
export interface ModuleShapes {
  input: number[];
  output?: number[];
  h0: number[];
  c0?: number[];
  hN: number[];
  cN?: number[];
}

/**
 * The shapes of the initial and final states for `module` with `config`: `hidden` is
 * `(D·num_layers, N, H_out)`, `cell` `(D·num_layers, N, hidden_size)`; cells drop the first axis,
 * and `batch` undefined (unbatched input) drops N.
 */
export function stateShapes(
  module: RecurrentModule,
  config: RecurrentConfig,
  batch: number | undefined,
): { hidden: number[]; cell: number[] } {
  const rows = isCellModule(module) ? [] : [stateRowCount(config)];
  const batchAxis = batch === undefined ? [] : [batch];
  const hidden = isCellModule(module) ? config.hiddenSize : hiddenOutSize(config);
  return { hidden: [...rows, ...batchAxis, hidden], cell: [...rows, ...batchAxis, config.hiddenSize] };
}

/** The shapes of `input`, `output`, `h0`, `c0`, `h_n` and `c_n` for one call of `module` (see {@link ModuleShapes}). */
export function moduleShapes(module: RecurrentModule, config: RecurrentConfig, extent: InputExtent): ModuleShapes {
  const states = stateShapes(module, config, extent.batched ? extent.batch : undefined);
  const lstm = cellKindOf(module) === 'LSTM';
  const cellStates = lstm ? { c0: states.cell, cN: states.cell } : {};
  if (isCellModule(module)) {
    const input = extent.batched ? [extent.batch, config.inputSize] : [config.inputSize];
    return { input, h0: states.hidden, hN: states.hidden, ...cellStates };
  }
  const outputFeatures = directionCount(config) * hiddenOutSize(config);
  const leading = !extent.batched
    ? [extent.steps]
    : config.batchFirst
      ? [extent.batch, extent.steps]
      : [extent.steps, extent.batch];
  return {
    input: [...leading, config.inputSize],
    output: [...leading, outputFeatures],
    h0: states.hidden,
    hN: states.hidden,
    ...cellStates,
  };
}

/** One gate's block of a packed parameter: rows `firstRow` … `firstRow + shape[0] − 1`. */
export interface GateBlock {
  gate: GateName;
  /** PyTorch's letter for the gate: i, f, g, o or r, z, n. */
  letter: string;
  /** The block's name as PyTorch's documentation writes it: `W_hi`, `W_in`, `b_if`, … */
  symbol: string;
  firstRow: number;
  /** `[hidden_size, columns]` for a weight, `[hidden_size]` for a bias. */
  shape: number[];
}

/**
 * How the packed parameter `spec` of `module` splits into its gates' blocks, in PyTorch's packed
 * order (i, f, g, o or r, z, n): `weight_hh_l0` of `nn.LSTM(50, 100)` is four `100 × 100` blocks
 * W_hi, W_hf, W_hg, W_ho. `weight_hr` (the projection) and every parameter of the plain RNN have no
 * gates: an empty list.
 */
export function gateBlocks(module: RecurrentModule, spec: ParameterSpec): GateBlock[] {
  const kind = cellKindOf(module);
  if (spec.role === 'weight_hr' || kind === 'RNN') return [];
  const notation = CELL_NOTATION[kind];
  const [rows = 0, ...rest] = spec.shape;
  const gates = notation.gates as readonly GateName[];
  const size = rows / gates.length;
  const side = spec.role.endsWith('_ih') ? 'i' : 'h';
  const prefix = spec.role.startsWith('weight') ? 'W' : 'b';
  return gates
    .map((gate) => {
      const { letter, packedIndex } = (
        notation.gate as Readonly<Record<GateName, { letter: string; packedIndex: number }>>
      )[gate];
      return {
        gate,
        letter,
        symbol: `${prefix}_${side}${letter}`,
        firstRow: packedIndex * size,
        shape: [size, ...rest],
      };
    })
    .sort((a, b) => a.firstRow - b.firstRow);
}
