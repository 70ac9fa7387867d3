import { GRU_NOTATION, packedIndices, type GruGateName } from './notation';
import {
  packedGateBlock,
  withPackedBiasShifts,
  withPackedWeight,
  type GateWeightBlock,
  type WeightPreset,
} from './packedGates';
import { randomWeights } from './randomWeights';
import type { RecurrentConfig, StateDict } from './types';

export type { GruGateName } from './notation';

/** The GRU's gates in the order the walkthrough meets them (also PyTorch's packed order). */
export const GRU_GATE_NAMES: readonly GruGateName[] = GRU_NOTATION.gates;

/** Where each gate's rows sit in PyTorch's packed GRU weights (r, z, n). */
export const GRU_PACKED_GATE_INDEX: Readonly<Record<GruGateName, number>> = packedIndices(GRU_NOTATION);

const blocksByWeights = new WeakMap<StateDict, Readonly<Record<GruGateName, GateWeightBlock>>>();

/**
 * Each gate of an `nn.GRUCell`'s weights over [h_{t−1}, x_t], computed once per weights object.
 * For the candidate the h columns and b_hh sit inside r ⊙ (…), so its block's `bias` sum is only
 * meaningful for r and z; the formulas read `inputBias` and `hiddenBias` apart.
 */
export function gruGateWeightBlocks(weights: StateDict): Readonly<Record<GruGateName, GateWeightBlock>> {
  let blocks = blocksByWeights.get(weights);
  if (!blocks) {
    blocks = Object.fromEntries(
      GRU_GATE_NAMES.map((gate) => [gate, packedGateBlock(weights, GRU_PACKED_GATE_INDEX[gate])]),
    ) as Record<GruGateName, GateWeightBlock>;
    blocksByWeights.set(weights, blocks);
  }
  return blocks;
}

/** A copy of `weights` with unit `unit` of `gate` given `value` on column `column` of [h, x]. */
export function withGruGateWeight(
  weights: StateDict,
  gate: GruGateName,
  unit: number,
  column: number,
  value: number,
): StateDict {
  return withPackedWeight(weights, GRU_PACKED_GATE_INDEX[gate], unit, column, value);
}

/**
 * A copy of `weights` with each gate's shift added to every unit's b_ih. Raising the update
 * gate's bias makes z ≈ 1, so h_t ≈ h_{t−1}: the GRU keeps its memory.
 */
export function withGruGateBiasShifts(weights: StateDict, shifts: Readonly<Record<GruGateName, number>>): StateDict {
  return withPackedBiasShifts(
    weights,
    GRU_GATE_NAMES.map((gate) => [GRU_PACKED_GATE_INDEX[gate], shifts[gate]] as const),
  );
}

/** The bias shifts the `keepsMemory` preset adds to b_ih: z ≈ 0.98. */
export const GRU_KEEPS_MEMORY_SHIFTS: Readonly<Record<GruGateName, number>> = { reset: 0, update: 4, candidate: 0 };

/**
 * Weights for an `nn.GRUCell(config.inputSize, config.hiddenSize)`: `random` is PyTorch's
 * initialisation from a seed; `keepsMemory` raises the update gate's bias by 4, so z ≈ 0.98 and
 * h_t stays close to h_{t−1}.
 */
export function gruCellPreset(preset: WeightPreset, config: RecurrentConfig, seed: number): StateDict {
  const weights = randomWeights('GRUCell', config, seed);
  if (preset === 'random') return weights;
  return withGruGateBiasShifts(weights, GRU_KEEPS_MEMORY_SHIFTS);
}
