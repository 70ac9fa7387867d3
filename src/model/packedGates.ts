import type { PlainTensor, StateDict } from './types';

// PyTorch packs a cell's gates in the rows of weight_ih, weight_hh, bias_ih and bias_hh: gate k is
// rows k·H … (k+1)·H − 1. These read and edit one gate of a cell's (LSTMCell, GRUCell) weights.

/** The explorers' weight presets: PyTorch's initialisation from a seed, or the same tuned to keep memory. */
export type WeightPreset = 'random' | 'keepsMemory';

/** A gate's weight block as one matrix: row u is unit u's weights over the concatenation [h, x]. */
export interface GateWeightBlock {
  /** hidden_size. */
  rows: number;
  /** hidden_size + input_size: the h columns first, then the x columns, as in [h_{t−1}, x_t]. */
  cols: number;
  /** Row-major `rows × cols`. */
  data: Float32Array;
  /** b_ih + b_hh for each unit (zeros with bias=False). */
  bias: Float32Array;
  /** b_ih alone, for each unit. */
  inputBias: Float32Array;
  /** b_hh alone, for each unit (GRU's candidate keeps it apart: r scales it). */
  hiddenBias: Float32Array;
}

function tensorOf(weights: StateDict, name: string): PlainTensor {
  const tensor = weights[name];
  if (!tensor) throw new Error(`internal: ${name} missing from the cell's weights`);
  return tensor;
}

/** hidden_size and input_size of a cell's weights. */
function sizesOf(weights: StateDict): { hidden: number; input: number } {
  return { hidden: tensorOf(weights, 'weight_hh').shape[1]!, input: tensorOf(weights, 'weight_ih').shape[1]! };
}

/**
 * Gate number `packedIndex` of a cell's weights as one fully connected layer from [h_{t−1}, x_t]
 * to its H units. PyTorch keeps W_hh and W_ih apart; side by side they are exactly the layer's
 * weight matrix over the concatenation.
 */
export function packedGateBlock(weights: StateDict, packedIndex: number): GateWeightBlock {
  const weightIh = tensorOf(weights, 'weight_ih');
  const weightHh = tensorOf(weights, 'weight_hh');
  const { hidden, input } = sizesOf(weights);
  const first = packedIndex * hidden;
  const data = new Float32Array(hidden * (hidden + input));
  const inputBias = new Float32Array(hidden);
  const hiddenBias = new Float32Array(hidden);
  for (let unit = 0; unit < hidden; unit++) {
    const row = first + unit;
    data.set(weightHh.data.subarray(row * hidden, (row + 1) * hidden), unit * (hidden + input));
    data.set(weightIh.data.subarray(row * input, (row + 1) * input), unit * (hidden + input) + hidden);
    inputBias[unit] = weights.bias_ih?.data[row] ?? 0;
    hiddenBias[unit] = weights.bias_hh?.data[row] ?? 0;
  }
  const bias = inputBias.map((value, unit) => value + hiddenBias[unit]!);
  return { rows: hidden, cols: hidden + input, data, bias, inputBias, hiddenBias };
}

/**
 * A copy of `weights` with one weight of gate number `packedIndex` set: unit `unit`'s weight on
 * column `column` of [h, x] (columns below hidden_size are W_hh's, the rest W_ih's). The original
 * is untouched.
 */
export function withPackedWeight(
  weights: StateDict,
  packedIndex: number,
  unit: number,
  column: number,
  value: number,
): StateDict {
  const { hidden, input } = sizesOf(weights);
  const row = packedIndex * hidden + unit;
  const [name, index] =
    column < hidden ? ['weight_hh', row * hidden + column] : ['weight_ih', row * input + column - hidden];
  const source = tensorOf(weights, name);
  const data = Float32Array.from(source.data);
  data[index] = value;
  return { ...weights, [name]: { shape: [...source.shape], data } };
}

/**
 * A copy of `weights` with `shift` added to every unit's b_ih of each listed gate
 * (`[packedIndex, shift]` pairs). b_ih is where a shift means the same in every gate: it is
 * never scaled by GRU's reset gate.
 */
export function withPackedBiasShifts(weights: StateDict, shifts: readonly (readonly [number, number])[]): StateDict {
  const bias = tensorOf(weights, 'bias_ih');
  const { hidden } = sizesOf(weights);
  const data = Float32Array.from(bias.data);
  for (const [packedIndex, shift] of shifts) {
    const first = packedIndex * hidden;
    for (let unit = 0; unit < hidden; unit++) data[first + unit] = data[first + unit]! + shift;
  }
  return { ...weights, bias_ih: { shape: [...bias.shape], data } };
}
