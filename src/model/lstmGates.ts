import {
  packedGateBlock,
  withPackedBiasShifts,
  withPackedWeight,
  type GateWeightBlock,
  type WeightPreset,
} from './packedGates';
import { LSTM_NOTATION, packedIndices, type LstmGateName } from './notation';
import { randomWeights } from './randomWeights';
import type { RecurrentConfig, StateDict } from './types';

export type { GateWeightBlock } from './packedGates';
export type { LstmGateName } from './notation';

/** The gates in the order the walkthrough meets them (the notation's order). */
export const LSTM_GATE_NAMES: readonly LstmGateName[] = LSTM_NOTATION.gates;

/** Where each gate's rows sit in PyTorch's packed weights (i, f, g, o): block k is rows k·H … (k+1)·H − 1. */
export const PACKED_GATE_INDEX: Readonly<Record<LstmGateName, number>> = packedIndices(LSTM_NOTATION);

/**
 * Gate `gate` of an `nn.LSTMCell`'s weights as the course draws it: one fully connected layer from
 * [h_{t−1}, x_t] to the gate's H units.
 */
export function gateWeightBlock(weights: StateDict, gate: LstmGateName): GateWeightBlock {
  return packedGateBlock(weights, PACKED_GATE_INDEX[gate]);
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
  return withPackedWeight(weights, PACKED_GATE_INDEX[gate], unit, column, value);
}

/**
 * A copy of `weights` whose gates' biases are shifted: `shifts.forget` is added to every forget
 * unit's b_ih, and so on. Pushing the forget bias up makes f ≈ 1 for any input: memory is kept.
 */
export function withGateBiasShifts(weights: StateDict, shifts: Readonly<Record<LstmGateName, number>>): StateDict {
  return withPackedBiasShifts(
    weights,
    LSTM_GATE_NAMES.map((gate) => [PACKED_GATE_INDEX[gate], shifts[gate]] as const),
  );
}

/** The bias shifts the `keepsMemory` preset adds to b_ih: f ≈ 0.98 and i ≈ 0.02. */
export const LSTM_KEEPS_MEMORY_SHIFTS: Readonly<Record<LstmGateName, number>> = {
  forget: 4,
  input: -4,
  candidate: 0,
  output: 0,
};

/**
 * Weights for an `nn.LSTMCell(config.inputSize, config.hiddenSize)`: `random` is PyTorch's
 * initialisation from a seed; `keepsMemory` is the same with the forget gate's bias raised by 4
 * and the input gate's lowered by 4, so f ≈ 0.98 and i ≈ 0.02: the cell carries C almost unchanged.
 */
export function lstmCellPreset(preset: WeightPreset, config: RecurrentConfig, seed: number): StateDict {
  const weights = randomWeights('LSTMCell', config, seed);
  if (preset === 'random') return weights;
  return withGateBiasShifts(weights, LSTM_KEEPS_MEMORY_SHIFTS);
}
