import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { activeBackend } from '../model/backend';
import { defaultConfig } from '../model/config';
import { ModelInputError } from '../model/errors';
import type { LstmCellExplanation } from '../model/lstmCellExplanation';
import {
  LSTM_GATE_NAMES,
  lstmCellPreset,
  withGateBiasShifts,
  withGateWeight,
  type LstmGateName,
  type LstmWeightPreset,
} from '../model/lstmGates';
import { cachedRecurrentModel } from '../model/modelCache';
import type { StateDict } from '../model/types';
import { clampTo, COURSE_SIZES, LSTM_EXPLORER_LIMITS } from './lstmExplorerLimits';
import { LSTM_STAGES } from './lstmStages';

/** One weight the user changed by hand: unit `unit` of `gate`, column `column` of [h, x]. */
export interface WeightEdit {
  gate: LstmGateName;
  unit: number;
  column: number;
  value: number;
}

/**
 * Everything that defines what the LSTM explorer shows: plain, serializable data, so a link can
 * restore it exactly. The weights are not stored, only how to make them (preset, seed, edits).
 */
export interface LstmExplorerSettings {
  /** input_size: 1–8, or 50 for the course's size. */
  inputSize: number;
  /** hidden_size: 1–8, or 100 for the course's size. */
  hiddenSize: number;
  preset: LstmWeightPreset;
  /** Seed of the preset's random weights. */
  seed: number;
  weightEdits: WeightEdit[];
  /** Added to every unit's bias of each gate. */
  biasShifts: Record<LstmGateName, number>;
  /** x_t. */
  input: number[];
  /** h_{t−1}. */
  previousHidden: number[];
  /** C_{t−1}. */
  previousCell: number[];
  /** Index into {@link LSTM_STAGES}. */
  stage: number;
  /** The unit whose numbers the formulas show. */
  focusedUnit: number;
}

/** The explorer's state: its settings, and what the model layer computed from them. */
export interface LstmExplorerState extends LstmExplorerSettings {
  /** The weights the settings describe (preset, then edits, then bias shifts). */
  weights: StateDict;
  /** Every number of the step, from the model layer; undefined until it is ready. */
  explanation: LstmCellExplanation | undefined;
  /** Why the last computation was refused, if it was. */
  error: string | undefined;
  setInput: (index: number, value: number) => void;
  setPreviousHidden: (index: number, value: number) => void;
  setPreviousCell: (index: number, value: number) => void;
  setBiasShift: (gate: LstmGateName, value: number) => void;
  /** Changes the sizes (each clamped to 1–8 unless it is the course's 50 → 100); keeps what values fit. */
  setSizes: (inputSize: number, hiddenSize: number) => void;
  /** Loads a weight preset; drops hand edits. */
  choosePreset: (preset: LstmWeightPreset, seed?: number) => void;
  editWeight: (edit: WeightEdit) => void;
  goToStage: (stage: number) => void;
  nextStage: () => void;
  previousStage: () => void;
  focusUnit: (unit: number) => void;
  /** Replaces the settings (from a link), keeping only what is valid. */
  restoreSettings: (settings: Partial<LstmExplorerSettings>) => void;
  /** Runs the model layer on the current settings (also after the model layer has started). */
  recompute: () => void;
}

const ZERO_SHIFTS: Record<LstmGateName, number> = { forget: 0, input: 0, candidate: 0, output: 0 };

/** A small, readable starting point: 3 inputs, 4 hidden units, seeded weights, a non-trivial x. */
export const DEFAULT_LSTM_EXPLORER_SETTINGS: Readonly<LstmExplorerSettings> = {
  inputSize: 3,
  hiddenSize: 4,
  preset: 'random',
  seed: 1,
  weightEdits: [],
  biasShifts: ZERO_SHIFTS,
  input: [0.8, -0.5, 1.2],
  previousHidden: [0.1, -0.3, 0.5, 0],
  previousCell: [0.6, -1, 0.2, 1.5],
  stage: 0,
  focusedUnit: 0,
};

/** True for sizes the explorer draws: 1–8 each, or exactly the course's 50 → 100. */
export function isSupportedSize(inputSize: number, hiddenSize: number): boolean {
  const { min, max } = LSTM_EXPLORER_LIMITS.teachingSize;
  const teaching = [inputSize, hiddenSize].every((size) => Number.isInteger(size) && size >= min && size <= max);
  return teaching || (inputSize === COURSE_SIZES.inputSize && hiddenSize === COURSE_SIZES.hiddenSize);
}

function resized(values: readonly number[], length: number): number[] {
  return Array.from({ length }, (_, index) => values[index] ?? 0);
}

/** True when `edit` names a gate and a weight inside a cell of these sizes (its value is not checked). */
function isEditInside(edit: WeightEdit, inputSize: number, hiddenSize: number): boolean {
  const whole = (value: unknown, end: number) =>
    Number.isInteger(value) && (value as number) >= 0 && (value as number) < end;
  return (
    LSTM_GATE_NAMES.includes(edit?.gate) && whole(edit.unit, hiddenSize) && whole(edit.column, hiddenSize + inputSize)
  );
}

/** The weights that `settings` describe. */
export function weightsOf(settings: LstmExplorerSettings): StateDict {
  const config = defaultConfig(settings.inputSize, settings.hiddenSize);
  let weights = lstmCellPreset(settings.preset, config, settings.seed);
  for (const edit of settings.weightEdits)
    weights = withGateWeight(weights, edit.gate, edit.unit, edit.column, edit.value);
  return withGateBiasShifts(weights, settings.biasShifts);
}

function explain(settings: LstmExplorerSettings, weights: StateDict): Pick<LstmExplorerState, 'explanation' | 'error'> {
  if (!activeBackend()) return { explanation: undefined, error: undefined };
  try {
    const model = cachedRecurrentModel('LSTMCell', defaultConfig(settings.inputSize, settings.hiddenSize), weights);
    const vector = (values: number[]) => ({ shape: [values.length], data: Float32Array.from(values) });
    const explanation = model.explainLstmCell(
      vector(settings.input),
      vector(settings.previousHidden),
      vector(settings.previousCell),
    );
    return { explanation, error: undefined };
  } catch (error) {
    if (!(error instanceof ModelInputError)) throw error;
    return { explanation: undefined, error: error.message };
  }
}

/** A fresh, independent explorer store starting from `initial`; the app uses {@link lstmExplorerStore}. */
export function createLstmExplorerStore(
  initial: LstmExplorerSettings = DEFAULT_LSTM_EXPLORER_SETTINGS,
): StoreApi<LstmExplorerState> {
  return createStore<LstmExplorerState>()((set, get) => {
    /** Applies a change of settings and recomputes; weights are rebuilt only when `weightsChanged`. */
    const update = (change: Partial<LstmExplorerSettings>, weightsChanged = false) => {
      const settings = { ...get(), ...change };
      const weights = weightsChanged ? weightsOf(settings) : get().weights;
      set({ ...change, weights, ...explain(settings, weights) });
    };
    const setVector = (key: 'input' | 'previousHidden' | 'previousCell') => (index: number, value: number) => {
      const clamped = clampTo(value, LSTM_EXPLORER_LIMITS[key]);
      const values = get()[key];
      if (clamped === undefined || !Number.isInteger(index) || index < 0 || index >= values.length) return;
      update({ [key]: values.map((old, at) => (at === index ? clamped : old)) });
    };
    const weights = weightsOf(initial);
    return {
      ...initial,
      weights,
      ...explain(initial, weights),
      setInput: setVector('input'),
      setPreviousHidden: setVector('previousHidden'),
      setPreviousCell: setVector('previousCell'),
      setBiasShift: (gate, value) => {
        const clamped = clampTo(value, LSTM_EXPLORER_LIMITS.biasShift);
        if (clamped === undefined || !LSTM_GATE_NAMES.includes(gate)) return;
        update({ biasShifts: { ...get().biasShifts, [gate]: clamped } }, true);
      },
      setSizes: (inputSize, hiddenSize) => {
        if (!isSupportedSize(inputSize, hiddenSize)) return;
        const { input, previousHidden, previousCell, focusedUnit, weightEdits } = get();
        update(
          {
            inputSize,
            hiddenSize,
            input: resized(input, inputSize),
            previousHidden: resized(previousHidden, hiddenSize),
            previousCell: resized(previousCell, hiddenSize),
            focusedUnit: Math.min(focusedUnit, hiddenSize - 1),
            weightEdits: weightEdits.filter((edit) => isEditInside(edit, inputSize, hiddenSize)),
          },
          true,
        );
      },
      choosePreset: (preset, seed = get().seed) => {
        if (preset !== 'random' && preset !== 'keepsMemory') return;
        if (!Number.isInteger(seed) || seed < 0) return;
        update({ preset, seed, weightEdits: [], biasShifts: ZERO_SHIFTS }, true);
      },
      editWeight: (edit) => {
        const value = clampTo(edit.value, LSTM_EXPLORER_LIMITS.weight);
        const { hiddenSize, inputSize, weightEdits } = get();
        if (value === undefined || !isEditInside(edit, inputSize, hiddenSize)) return;
        const others = weightEdits.filter(
          (old) => old.gate !== edit.gate || old.unit !== edit.unit || old.column !== edit.column,
        );
        update({ weightEdits: [...others, { ...edit, value }] }, true);
      },
      goToStage: (stage) => {
        if (Number.isInteger(stage) && stage >= 0 && stage < LSTM_STAGES.length) set({ stage });
      },
      nextStage: () => set({ stage: Math.min(get().stage + 1, LSTM_STAGES.length - 1) }),
      previousStage: () => set({ stage: Math.max(get().stage - 1, 0) }),
      focusUnit: (unit) => {
        if (Number.isInteger(unit) && unit >= 0 && unit < get().hiddenSize) set({ focusedUnit: unit });
      },
      restoreSettings: (settings) => {
        const restored = sanitizeSettings(settings, get());
        update(restored, true);
      },
      recompute: () => update({}, false),
    };
  });
}

/**
 * The valid parts of `given` laid over `current`: sizes must be supported, vectors must have the
 * right length and are clamped, unknown presets and malformed edits are dropped. Used for links,
 * which may be old, hand-edited or hostile.
 */
export function sanitizeSettings(
  given: Partial<LstmExplorerSettings>,
  current: LstmExplorerSettings,
): LstmExplorerSettings {
  const sizesValid = isSupportedSize(given.inputSize ?? NaN, given.hiddenSize ?? NaN);
  const inputSize = sizesValid ? given.inputSize! : current.inputSize;
  const hiddenSize = sizesValid ? given.hiddenSize! : current.hiddenSize;
  const vector = (values: unknown, length: number, fallback: number[], range: { min: number; max: number }) =>
    Array.isArray(values) && values.length === length
      ? values.map((value, index) => clampTo(value, range) ?? fallback[index] ?? 0)
      : resized(fallback, length);
  const shifts = { ...current.biasShifts };
  for (const gate of LSTM_GATE_NAMES) {
    const value = clampTo(given.biasShifts?.[gate], LSTM_EXPLORER_LIMITS.biasShift);
    if (value !== undefined) shifts[gate] = value;
  }
  const edits = Array.isArray(given.weightEdits)
    ? given.weightEdits.filter(
        (edit) =>
          isEditInside(edit, inputSize, hiddenSize) && clampTo(edit.value, LSTM_EXPLORER_LIMITS.weight) !== undefined,
      )
    : current.weightEdits;
  const whole = (value: unknown, min: number, max: number, fallback: number) =>
    Number.isInteger(value) && (value as number) >= min && (value as number) <= max ? (value as number) : fallback;
  return {
    inputSize,
    hiddenSize,
    preset: given.preset === 'random' || given.preset === 'keepsMemory' ? given.preset : current.preset,
    seed: whole(given.seed, 0, 2 ** 31 - 1, current.seed),
    weightEdits: edits.map((edit) => ({ ...edit, value: clampTo(edit.value, LSTM_EXPLORER_LIMITS.weight)! })),
    biasShifts: shifts,
    input: vector(given.input, inputSize, current.input, LSTM_EXPLORER_LIMITS.input),
    previousHidden: vector(
      given.previousHidden,
      hiddenSize,
      current.previousHidden,
      LSTM_EXPLORER_LIMITS.previousHidden,
    ),
    previousCell: vector(given.previousCell, hiddenSize, current.previousCell, LSTM_EXPLORER_LIMITS.previousCell),
    stage: whole(given.stage, 0, LSTM_STAGES.length - 1, current.stage),
    focusedUnit: whole(given.focusedUnit, 0, hiddenSize - 1, Math.min(current.focusedUnit, hiddenSize - 1)),
  };
}

/** The app's one LSTM explorer store. */
export const lstmExplorerStore: StoreApi<LstmExplorerState> = createLstmExplorerStore();

/** Reads one slice of {@link lstmExplorerStore} in a component; pick narrow slices. */
export function useLstmExplorerStore<T>(selector: (state: LstmExplorerState) => T): T {
  return useStore(lstmExplorerStore, selector);
}
