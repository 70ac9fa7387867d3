import { randomWeights } from './randomWeights';
import type { PlainTensor, RecurrentConfig, StateDict } from './types';

/** The LSTM's four fully connected layers by name, in the order the cell uses them. */
export type LstmGateName = 'forget' | 'input' | 'candidate' | 'output';

/** The gates in the order the walkthrough meets them. */
export const LSTM_GATE_NAMES: readonly LstmGateName[] = ['forget', 'input', 'candidate', 'output'];

/** Where each gate's rows sit in PyTorch's packed weights (i, f, g, o): block k is rows k·H … (k+1)·H − 1. */
export const PACKED_GATE_INDEX: Readonly<Record<LstmGateName, number>> = {
  input: 0,
  forget: 1,
  candidate: 2,
  output: 3,
};

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
}

function tensorOf(weights: StateDict, name: string): PlainTensor {
  const tensor = weights[name];
  if (!tensor) throw new Error(`internal: ${name} missing from LSTMCell weights`);
  return tensor;
}

/**
 * Gate `gate` of an `nn.LSTMCell`'s weights as the course draws it: one fully connected layer from
 * [h_{t−1}, x_t] to the gate's H units. PyTorch keeps W_hh and W_ih apart; side by side they are
 * exactly the layer's weight matrix over the concatenation.
 */
export function gateWeightBlock(weights: StateDict, gate: LstmGateName): GateWeightBlock {
  const weightIh = tensorOf(weights, 'weight_ih');
  const weightHh = tensorOf(weights, 'weight_hh');
  const hidden = weightHh.shape[1]!;
  const input = weightIh.shape[1]!;
  const first = PACKED_GATE_INDEX[gate] * hidden;
  const data = new Float32Array(hidden * (hidden + input));
  const bias = new Float32Array(hidden);
  for (let unit = 0; unit < hidden; unit++) {
    const row = first + unit;
    data.set(weightHh.data.subarray(row * hidden, (row + 1) * hidden), unit * (hidden + input));
    data.set(weightIh.data.subarray(row * input, (row + 1) * input), unit * (hidden + input) + hidden);
    bias[unit] = (weights.bias_ih?.data[row] ?? 0) + (weights.bias_hh?.data[row] ?? 0);
  }
  return { rows: hidden, cols: hidden + input, data, bias };
}

const blocksByWeights = new WeakMap<StateDict, Readonly<Record<LstmGateName, GateWeightBlock>>>();

/**
 * {@link gateWeightBlock} for every gate, computed once per weights object: the diagram's
 * formulas and the heat maps both read them, and the store makes a new object on every change.
 */
export function gateWeightBlocks(weights: StateDict): Readonly<Record<LstmGateName, GateWeightBlock>> {
  let blocks = blocksByWeights.get(weights);
  if (!blocks) {
    blocks = Object.fromEntries(LSTM_GATE_NAMES.map((gate) => [gate, gateWeightBlock(weights, gate)])) as Record<
      LstmGateName,
      GateWeightBlock
    >;
    blocksByWeights.set(weights, blocks);
  }
  return blocks;
}

/**
 * A copy of `weights` with one weight of gate `gate` set: unit `unit`'s weight on column `column`
 * of [h, x] (columns below hidden_size are W_hh's, the rest W_ih's). The original is untouched.
 */
export function withGateWeight(
  weights: StateDict,
  gate: LstmGateName,
  unit: number,
  column: number,
  value: number,
): StateDict {
  const hidden = tensorOf(weights, 'weight_hh').shape[1]!;
  const input = tensorOf(weights, 'weight_ih').shape[1]!;
  const row = PACKED_GATE_INDEX[gate] * hidden + unit;
  const [name, index] =
    column < hidden ? ['weight_hh', row * hidden + column] : ['weight_ih', row * input + column - hidden];
  const source = tensorOf(weights, name);
  const data = Float32Array.from(source.data);
  data[index] = value;
  return { ...weights, [name]: { shape: [...source.shape], data } };
}

/**
 * A copy of `weights` whose gates' biases are shifted: `shifts.forget` is added to every forget
 * unit's b_ih, and so on. Pushing the forget bias up makes f ≈ 1 for any input: memory is kept.
 */
export function withGateBiasShifts(weights: StateDict, shifts: Readonly<Record<LstmGateName, number>>): StateDict {
  const bias = tensorOf(weights, 'bias_ih');
  const hidden = bias.shape[0]! / 4;
  const data = Float32Array.from(bias.data);
  for (const gate of LSTM_GATE_NAMES) {
    const first = PACKED_GATE_INDEX[gate] * hidden;
    for (let unit = 0; unit < hidden; unit++) data[first + unit] = data[first + unit]! + shifts[gate];
  }
  return { ...weights, bias_ih: { shape: [...bias.shape], data } };
}

/** The weight presets of the LSTM explorer. */
export type LstmWeightPreset = 'random' | 'keepsMemory';

/**
 * Weights for an `nn.LSTMCell(config.inputSize, config.hiddenSize)`: `random` is PyTorch's
 * initialisation from a seed; `keepsMemory` is the same with the forget gate's bias raised by 4
 * and the input gate's lowered by 4, so f ≈ 0.98 and i ≈ 0.02: the cell carries C almost unchanged.
 */
export function lstmCellPreset(preset: LstmWeightPreset, config: RecurrentConfig, seed: number): StateDict {
  const weights = randomWeights('LSTMCell', config, seed);
  if (preset === 'random') return weights;
  return withGateBiasShifts(weights, { forget: 4, input: -4, candidate: 0, output: 0 });
}
