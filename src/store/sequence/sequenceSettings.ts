import {
  type CellKind,
  directionCount,
  type GateName,
  GRU_NOTATION,
  LSTM_NOTATION,
  MAX_SEQUENCE_SEED,
  SEQUENCE_INPUT_PRESETS,
  type SequenceInputPreset,
  stateRowCount,
  type WeightPreset,
} from '../../model';
import { clampTo, EXPLORER_LIMITS } from '../explorerLimits';

/** A gate of either cell, as the explorers name them. */
export type SequenceGate = GateName;

/** The gates whose bias the sequence view shifts, per cell kind: the notation's, in its order. */
export const SEQUENCE_GATES: Readonly<Record<CellKind, readonly SequenceGate[]>> = {
  LSTM: LSTM_NOTATION.gates,
  GRU: GRU_NOTATION.gates,
};

/** One input value the student drew: x_t[feature] of batch element `batch`. */
export interface InputEdit {
  t: number;
  batch: number;
  feature: number;
  value: number;
}

/** One initial-state value set by hand: h0 or c0 at [row, batch, unit], row = layer · directions + direction. */
export interface StateEdit {
  state: 'h' | 'c';
  row: number;
  batch: number;
  unit: number;
  value: number;
}

/**
 * Everything that defines what the sequence view shows: plain, serializable data, so a link
 * restores it exactly. Inputs, states and weights are not stored, only how to make them.
 */
export interface SequenceSettings {
  kind: CellKind;
  inputSize: number;
  hiddenSize: number;
  numLayers: number;
  bidirectional: boolean;
  /** Only changes how the input and `out` are laid out, (B, L, ·) instead of (L, B, ·). */
  batchFirst: boolean;
  /** Sequence length L. */
  steps: number;
  /** Batch size B. */
  batch: number;
  weightPreset: WeightPreset;
  weightSeed: number;
  /** Added to every unit's bias of each gate, in every layer. */
  biasShifts: Partial<Record<SequenceGate, number>>;
  inputPreset: SequenceInputPreset;
  inputSeed: number;
  /** What the student drew over the preset. */
  inputEdits: InputEdit[];
  /** The feature the input sketch draws. */
  drawnFeature: number;
  /** h0 / c0: zeros (PyTorch's default) or random like the course's torch.randn, before the hand edits. */
  initialState: 'zeros' | 'random';
  stateSeed: number;
  stateEdits: StateEdit[];
  /** The time step shown. */
  t: number;
  /** The cell (layer, direction) whose numbers are shown. */
  layer: number;
  direction: number;
  /** The batch element shown. */
  shownBatch: number;
  /** Steps per second while playing. */
  speed: number;
}

/** Ranges of the sequence view's controls. */
export const SEQUENCE_LIMITS = {
  inputSize: { min: 1, max: 50 },
  hiddenSize: { min: 1, max: 100 },
  numLayers: { min: 1, max: 3 },
  steps: { min: 2, max: 50 },
  // 32: the course's nn.GRU(10, 20) runs on torch.randn(3, 32, 10).
  batch: { min: 1, max: 32 },
  seed: { min: 0, max: MAX_SEQUENCE_SEED },
  speed: { min: 1, max: 60 },
  input: EXPLORER_LIMITS.input,
  h0: EXPLORER_LIMITS.previousHidden,
  c0: EXPLORER_LIMITS.previousCell,
  biasShift: EXPLORER_LIMITS.biasShift,
} as const;

/** Playback speeds offered, in steps per second. */
export const PLAYBACK_SPEEDS = [1, 2, 4, 8, 15, 30, 60] as const;

/** The course's two networks, with the input the course feeds them. */
export const COURSE_SEQUENCES = {
  /** `nn.LSTM(50, 100, num_layers=2)` on `torch.randn(10, 3, 50)`. */
  LSTM: { kind: 'LSTM', inputSize: 50, hiddenSize: 100, numLayers: 2, steps: 10, batch: 3 },
  /** `nn.GRU(10, 20)` on `torch.randn(3, 32, 10)`: 3 steps of a batch of 32. */
  GRU: { kind: 'GRU', inputSize: 10, hiddenSize: 20, numLayers: 1, steps: 3, batch: 32 },
} as const satisfies Record<CellKind, Partial<SequenceSettings>>;

/**
 * Where a newcomer starts: a small two-layer LSTM whose forget gates are raised by 4, reading
 * one pulse. C carries the pulse for the whole sequence while H lets go of it.
 */
export const DEFAULT_SEQUENCE_SETTINGS: Readonly<SequenceSettings> = {
  kind: 'LSTM',
  inputSize: 1,
  hiddenSize: 8,
  numLayers: 2,
  bidirectional: false,
  batchFirst: false,
  steps: 30,
  batch: 1,
  weightPreset: 'random',
  weightSeed: 1,
  biasShifts: { forget: 4 },
  inputPreset: 'pulse',
  inputSeed: 1,
  inputEdits: [],
  drawnFeature: 0,
  initialState: 'zeros',
  stateSeed: 1,
  stateEdits: [],
  t: 0,
  layer: 0,
  direction: 0,
  shownBatch: 0,
  speed: 4,
};

const whole = (value: unknown, range: { min: number; max: number }, fallback: number) =>
  Number.isInteger(value) && (value as number) >= range.min && (value as number) <= range.max
    ? (value as number)
    : fallback;

const below = (value: unknown, end: number) =>
  Number.isInteger(value) && (value as number) >= 0 && (value as number) < end;

/** The edits that still fit sizes `settings` (after a resize, the rest are dropped). */
export function fittingInputEdits(edits: unknown, settings: SequenceSettings): InputEdit[] {
  if (!Array.isArray(edits)) return [];
  return edits
    .filter(
      (edit: InputEdit) =>
        below(edit?.t, settings.steps) &&
        below(edit.batch, settings.batch) &&
        below(edit.feature, settings.inputSize) &&
        clampTo(edit.value, SEQUENCE_LIMITS.input) !== undefined,
    )
    .map((edit: InputEdit) => ({
      t: edit.t,
      batch: edit.batch,
      feature: edit.feature,
      value: clampTo(edit.value, SEQUENCE_LIMITS.input)!,
    }));
}

/** The initial-state edits that still fit `settings`. */
export function fittingStateEdits(edits: unknown, settings: SequenceSettings): StateEdit[] {
  if (!Array.isArray(edits)) return [];
  return edits
    .filter(
      (edit: StateEdit) =>
        (edit?.state === 'h' || (edit?.state === 'c' && settings.kind === 'LSTM')) &&
        below(edit.row, stateRowCount(settings)) &&
        below(edit.batch, settings.batch) &&
        below(edit.unit, settings.hiddenSize) &&
        clampTo(edit.value, edit.state === 'h' ? SEQUENCE_LIMITS.h0 : SEQUENCE_LIMITS.c0) !== undefined,
    )
    .map((edit: StateEdit) => ({
      state: edit.state,
      row: edit.row,
      batch: edit.batch,
      unit: edit.unit,
      value: clampTo(edit.value, edit.state === 'h' ? SEQUENCE_LIMITS.h0 : SEQUENCE_LIMITS.c0)!,
    }));
}

/**
 * The valid parts of `given` laid over `current`: out-of-range sizes and unknown names fall back
 * to `current`, numbers are clamped, edits that no longer fit are dropped, and the selection
 * (step, cell, batch element) is kept inside the network. Used for links and every change, so a
 * hostile link or a slider at its end can never reach the model layer.
 */
export function sanitizeSequenceSettings(
  given: Partial<SequenceSettings>,
  current: SequenceSettings,
): SequenceSettings {
  const kind = given.kind === 'LSTM' || given.kind === 'GRU' ? given.kind : current.kind;
  const sizes = {
    inputSize: whole(given.inputSize, SEQUENCE_LIMITS.inputSize, current.inputSize),
    hiddenSize: whole(given.hiddenSize, SEQUENCE_LIMITS.hiddenSize, current.hiddenSize),
    numLayers: whole(given.numLayers, SEQUENCE_LIMITS.numLayers, current.numLayers),
    steps: whole(given.steps, SEQUENCE_LIMITS.steps, current.steps),
    batch: whole(given.batch, SEQUENCE_LIMITS.batch, current.batch),
  };
  const flag = (value: unknown, fallback: boolean) => (typeof value === 'boolean' ? value : fallback);
  const bidirectional = flag(given.bidirectional, current.bidirectional);
  const biasShifts: Partial<Record<SequenceGate, number>> = {};
  for (const gate of SEQUENCE_GATES[kind]) {
    const value = clampTo(given.biasShifts?.[gate] ?? current.biasShifts[gate] ?? 0, SEQUENCE_LIMITS.biasShift) ?? 0;
    if (value !== 0) biasShifts[gate] = value;
  }
  const settings: SequenceSettings = {
    ...current,
    kind,
    ...sizes,
    bidirectional,
    batchFirst: flag(given.batchFirst, current.batchFirst),
    weightPreset:
      given.weightPreset === 'random' || given.weightPreset === 'keepsMemory'
        ? given.weightPreset
        : current.weightPreset,
    weightSeed: whole(given.weightSeed, SEQUENCE_LIMITS.seed, current.weightSeed),
    biasShifts,
    inputPreset: SEQUENCE_INPUT_PRESETS.includes(given.inputPreset!) ? given.inputPreset! : current.inputPreset,
    inputSeed: whole(given.inputSeed, SEQUENCE_LIMITS.seed, current.inputSeed),
    initialState:
      given.initialState === 'zeros' || given.initialState === 'random' ? given.initialState : current.initialState,
    stateSeed: whole(given.stateSeed, SEQUENCE_LIMITS.seed, current.stateSeed),
    speed: whole(given.speed, SEQUENCE_LIMITS.speed, current.speed),
  };
  const directions = directionCount({ bidirectional });
  const within = (value: unknown, end: number, fallback: number) =>
    below(value, end) ? (value as number) : Math.min(fallback, end - 1);
  return {
    ...settings,
    inputEdits: fittingInputEdits(given.inputEdits ?? current.inputEdits, settings),
    stateEdits: fittingStateEdits(given.stateEdits ?? current.stateEdits, settings),
    drawnFeature: within(given.drawnFeature, settings.inputSize, current.drawnFeature),
    t: within(given.t, settings.steps, current.t),
    layer: within(given.layer, settings.numLayers, current.layer),
    direction: within(given.direction, directions, current.direction),
    shownBatch: within(given.shownBatch, settings.batch, current.shownBatch),
  };
}
