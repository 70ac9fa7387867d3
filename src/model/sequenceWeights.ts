import { defaultConfig } from './config';
import { GRU_KEEPS_MEMORY_SHIFTS, gruCellPreset, withGruGateBiasShifts, type GruGateName } from './gruGates';
import { LSTM_KEEPS_MEMORY_SHIFTS, lstmCellPreset, withGateBiasShifts, type LstmGateName } from './lstmGates';
import type { WeightPreset } from './packedGates';
import { hiddenOutSize } from './parameterShapes';
import { check } from './errors';
import type { ModelFileModule } from './modelFile';
import { cellOfModule } from './moduleCell';
import { directionCount } from './stateRows';
import type { CellKind, RecurrentConfig, StateDict } from './types';

/** Most layers × directions a sequence seed spreads over: 8 cells' seeds per sequence seed. */
const CELLS_PER_SEED = 8;

/** Largest sequence seed: every cell seed it gives stays a valid explorer seed (< 2³¹). */
export const MAX_SEQUENCE_SEED = Math.floor((2 ** 31 - 1) / CELLS_PER_SEED) - 1;

/** Bias shift per gate of an LSTM or a GRU (the names the explorers use). */
export type SequenceBiasShifts = Partial<Record<LstmGateName | GruGateName, number>>;

/**
 * The bias shifts a weight preset itself adds to every cell's b_ih before any of the sequence
 * view's own: none for `random`; for `keepsMemory`, the explorers' (LSTM f +4 and i −4, GRU z +4).
 * Gates without a shift are left out.
 */
export function weightPresetShifts(kind: CellKind, preset: WeightPreset): SequenceBiasShifts {
  if (preset === 'random') return {};
  const shifts: SequenceBiasShifts = kind === 'LSTM' ? LSTM_KEEPS_MEMORY_SHIFTS : GRU_KEEPS_MEMORY_SHIFTS;
  return Object.fromEntries(Object.entries(shifts).filter(([, shift]) => shift !== 0));
}

/**
 * The seed of one cell (layer, direction) of a stacked network built from `seed`. The cell
 * explorer, given this seed, the same preset and shifts, builds exactly that cell's weights, which
 * is how a click on the timeline opens the explorer on the very cell that ran.
 */
export function cellSeedOf(seed: number, layer: number, direction: number): number {
  return seed * CELLS_PER_SEED + layer * 2 + direction;
}

/** What one layer reads: the input for layer 0, the layer below's h (both directions) above it. */
export function layerInputSize(config: RecurrentConfig, layer: number): number {
  return layer === 0 ? config.inputSize : directionCount(config) * hiddenOutSize(config);
}

/**
 * Weights for `nn.LSTM` / `nn.GRU` (`kind`) built with `config` (no projection), by PyTorch's
 * names (`weight_ih_l0`, `bias_hh_l1_reverse`, …). Each layer and direction is the cell preset an
 * explorer would build for its sizes from {@link cellSeedOf}, with `shifts` added to each gate's
 * bias, so every cell of the stack can be opened in a cell explorer unchanged.
 */
export function sequenceWeights(
  kind: CellKind,
  config: RecurrentConfig,
  preset: WeightPreset,
  seed: number,
  shifts: SequenceBiasShifts,
): StateDict {
  const weights: StateDict = {};
  for (let layer = 0; layer < config.numLayers; layer++) {
    for (let direction = 0; direction < directionCount(config); direction++) {
      const cell = sequenceCellWeights(kind, layerInputSize(config, layer), config.hiddenSize, preset, {
        seed: cellSeedOf(seed, layer, direction),
        shifts,
      });
      for (const [name, tensor] of Object.entries(cell)) weights[`${name}${layerSuffix(layer, direction)}`] = tensor;
    }
  }
  return weights;
}

/** `_l0`, `_l1_reverse`, …: what PyTorch appends to a stacked module's parameter names. */
const layerSuffix = (layer: number, direction: number) => `_l${layer}${direction === 1 ? '_reverse' : ''}`;

/**
 * The weights of an imported `nn.LSTM` / `nn.GRU` as the sequence view runs them, by PyTorch's
 * names, with `shifts` added to each gate's b_ih in every layer and direction. A module built
 * with bias=False gets zero biases (the same numbers), so the shifts have a bias to move.
 * The module's own arrays are never changed.
 *
 * @throws ModelInputError for a single cell (nn.LSTMCell runs one step, not a sequence) and for
 *   an LSTM with proj_size (cellOfModule's refusal).
 */
export function moduleSequenceWeights(module: ModelFileModule, shifts: SequenceBiasShifts): StateDict {
  check(
    module.module === 'LSTM' || module.module === 'GRU',
    `an nn.${module.module} runs one step, not a sequence: the sequence view runs nn.LSTM and nn.GRU`,
  );
  const weights: StateDict = {};
  for (let layer = 0; layer < module.config.numLayers; layer++) {
    for (let direction = 0; direction < directionCount(module.config); direction++) {
      const cell = withSequenceShifts(module.module, cellOfModule(module, layer, direction).weights, shifts);
      for (const [name, tensor] of Object.entries(cell)) weights[`${name}${layerSuffix(layer, direction)}`] = tensor;
    }
  }
  return weights;
}

/** Presets already drawn, by kind, sizes, preset and seed: a bias slider re-uses them. */
const presetCache = new Map<string, StateDict>();
/** Enough for every cell of the largest network (3 layers × 2 directions) and a few seeds. */
const PRESET_CACHE_SIZE = 24;

/**
 * The cell preset for these sizes and seed, drawn once: drawing the course network's 141,600
 * random numbers again for every step of a bias slider cost more than the whole forward pass.
 * Callers get the cached object; every edit in this codebase copies before it changes.
 */
function cachedPreset(kind: CellKind, inputSize: number, hiddenSize: number, preset: WeightPreset, seed: number) {
  const key = `${kind} ${inputSize} ${hiddenSize} ${preset} ${seed}`;
  let weights = presetCache.get(key);
  if (!weights) {
    const config = defaultConfig(inputSize, hiddenSize);
    weights = kind === 'LSTM' ? lstmCellPreset(preset, config, seed) : gruCellPreset(preset, config, seed);
    if (presetCache.size >= PRESET_CACHE_SIZE) presetCache.delete(presetCache.keys().next().value!);
    presetCache.set(key, weights);
  }
  return weights;
}

/** One cell's weights (`weight_ih`, …) as the explorer of `kind` builds them. */
function sequenceCellWeights(
  kind: CellKind,
  inputSize: number,
  hiddenSize: number,
  preset: WeightPreset,
  { seed, shifts }: { seed: number; shifts: SequenceBiasShifts },
): StateDict {
  return withSequenceShifts(kind, cachedPreset(kind, inputSize, hiddenSize, preset, seed), shifts);
}

/** A copy of one cell's weights with `shifts` added to its gates' b_ih (the gates without a shift keep theirs). */
function withSequenceShifts(kind: CellKind, weights: StateDict, shifts: SequenceBiasShifts): StateDict {
  if (kind === 'LSTM') {
    const { forget = 0, input = 0, candidate = 0, output = 0 } = shifts;
    return withGateBiasShifts(weights, { forget, input, candidate, output });
  }
  const { reset = 0, update = 0, candidate = 0 } = shifts;
  return withGruGateBiasShifts(weights, { reset, update, candidate });
}
