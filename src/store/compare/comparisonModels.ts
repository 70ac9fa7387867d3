import {
  type CellKind,
  defaultConfig,
  GRU_PACKED_GATE_INDEX,
  PACKED_GATE_INDEX,
  parameterCount,
  type ParameterSpec,
  parameterSpecs,
  pulseMemory,
  type PulseMemory,
  randomWeights,
  type RecurrentConfig,
  type StateDict,
  withPackedBiasShifts,
} from '../../model';
import type { ComparisonSettings } from './comparisonSettings';

// The two models the view compares, built from its settings: their weights, parameters and the
// pulse's footprint. Plain functions the store calls; each change of settings rebuilds what it touches.

/** One module's parameters as PyTorch lists them, and their total. */
export interface ModelParameters {
  module: CellKind;
  config: RecurrentConfig;
  /** In `state_dict()` order: `weight_ih_l0`, `weight_hh_l0`, `bias_ih_l0`, `bias_hh_l0`, then the next layer's. */
  specs: ParameterSpec[];
  /** `sum(p.numel() for p in module.parameters())`. */
  count: number;
}

/** `module`'s parameters for `config`. */
export function modelParameters(module: CellKind, config: RecurrentConfig): ModelParameters {
  return { module, config, specs: parameterSpecs(module, config), count: parameterCount(module, config) };
}

/** `weights` of a one-layer nn.LSTM / nn.GRU with `shift` added to every unit's b_ih_l0 of packed gate `gate`. */
function withFirstLayerBiasShift(weights: StateDict, gate: number, shift: number): StateDict {
  if (shift === 0) return weights;
  // Layer 0's tensors are a cell's under other names, so the cells' helper applies as it is.
  const cell = { weight_ih: weights.weight_ih_l0!, weight_hh: weights.weight_hh_l0!, bias_ih: weights.bias_ih_l0! };
  return { ...weights, bias_ih_l0: withPackedBiasShifts(cell, [[gate, shift]]).bias_ih! };
}

/** Both models' constructor arguments: nn.LSTM / nn.GRU(inputSize, hiddenSize). */
export const configOf = (settings: ComparisonSettings) => defaultConfig(settings.inputSize, settings.hiddenSize);

/** nn.LSTM(inputSize, hiddenSize)'s weights from the seed, with the forget bias shift. */
export function lstmWeightsOf(settings: ComparisonSettings): StateDict {
  const weights = randomWeights('LSTM', configOf(settings), settings.seed);
  return withFirstLayerBiasShift(weights, PACKED_GATE_INDEX.forget, settings.forgetBiasShift);
}

/** nn.GRU(inputSize, hiddenSize)'s weights from the seed, with the update bias shift. */
export function gruWeightsOf(settings: ComparisonSettings): StateDict {
  const weights = randomWeights('GRU', configOf(settings), settings.seed);
  return withFirstLayerBiasShift(weights, GRU_PACKED_GATE_INDEX.update, settings.updateBiasShift);
}

/** The pulse's footprint in `kind`'s states: x₀ = the pulse in every component, then zeros up to t = steps. */
export function memoryOf(kind: CellKind, settings: ComparisonSettings, weights: StateDict): PulseMemory {
  return pulseMemory(
    kind,
    configOf(settings),
    weights,
    new Float32Array(settings.inputSize).fill(settings.pulse),
    settings.steps + 1,
  );
}
