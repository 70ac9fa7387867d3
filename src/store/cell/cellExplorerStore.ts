import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  activeBackend,
  cachedRecurrentModel,
  defaultConfig,
  ModelInputError,
  type PlainTensor,
  type RecurrentConfig,
  type RecurrentModel,
  type StateDict,
  type WeightPreset,
} from '../../model';
import { clampTo, EXPLORER_LIMITS as LIMITS } from '../explorerLimits';
import { type Rehearsable, rehearse, type WarmUp, warmUpNudge } from '../warmUp';

// The LSTM and GRU explorers keep the same kind of state (sizes, seeded weights with hand edits
// and bias shifts, the step's inputs, the walkthrough stage) and differ only in the cell: its
// gates, whether it has a C, and how the model layer explains a step. This is that shared store.

/** One weight the user changed by hand: unit `unit` of `gate`, column `column` of [h, x]. */
export interface WeightEdit<Gate extends string = string> {
  gate: Gate;
  unit: number;
  column: number;
  value: number;
}

/**
 * Everything that defines what a cell explorer shows: plain, serializable data, so a link can
 * restore it exactly. The weights are not stored, only how to make them (preset, seed, edits).
 */
export interface CellExplorerSettings<Gate extends string> {
  /** input_size: 1–8, or the course's size. */
  inputSize: number;
  /** hidden_size: 1–8, or the course's size. */
  hiddenSize: number;
  preset: WeightPreset;
  /** Seed of the preset's random weights. */
  seed: number;
  weightEdits: WeightEdit<Gate>[];
  /** Added to every unit's bias of each gate. */
  biasShifts: Record<Gate, number>;
  /** x_t. */
  input: number[];
  /** h_{t−1}. */
  previousHidden: number[];
  /** C_{t−1}; empty for a cell without one (GRU). */
  previousCell: number[];
  /** Index into the cell's walkthrough stages. */
  stage: number;
  /** The unit whose numbers the formulas show. */
  focusedUnit: number;
}

/**
 * A cell of a model the reader imported (store/imported), shown in place of the preset's weights:
 * nn.LSTMCell / nn.GRUCell names, the sizes it has, and where it came from.
 */
export interface ImportedCell {
  inputSize: number;
  hiddenSize: number;
  /** weight_ih, weight_hh, bias_ih, bias_hh: plain float32 arrays, never changed in place. */
  weights: StateDict;
  /**
   * Where it came from: the file's name and SHA-256, the module (`nn.LSTM(8, 16, num_layers=2)`)
   * and its prefix in the file, the layer and the direction (1 reverse).
   */
  source: { file: string; hash: string; module: string; prefix: string; layer: number; direction: number };
}

/** A cell explorer's state: its settings, and what the model layer computed from them. */
export interface CellExplorerState<Gate extends string, Explanation>
  extends CellExplorerSettings<Gate>, Rehearsable<CellExplorerState<Gate, Explanation>> {
  /** The weights the settings describe (preset or imported cell, then edits, then bias shifts). */
  weights: StateDict;
  /** The imported cell shown instead of the preset's weights, if any (the settings keep its sizes). */
  imported: ImportedCell | undefined;
  /** Every number of the step, from the model layer; undefined until it is ready. */
  explanation: Explanation | undefined;
  /** Why the last computation was refused, if it was. */
  error: string | undefined;
  setInput: (index: number, value: number) => void;
  setPreviousHidden: (index: number, value: number) => void;
  /** Ignored by a cell without C. */
  setPreviousCell: (index: number, value: number) => void;
  setBiasShift: (gate: Gate, value: number) => void;
  /** Changes the sizes (each 1–8, or exactly the course's); keeps what values fit. */
  setSizes: (inputSize: number, hiddenSize: number) => void;
  /** Loads a weight preset; drops hand edits, bias shifts and an imported cell. */
  choosePreset: (preset: WeightPreset, seed?: number) => void;
  /**
   * Shows an imported cell: its sizes and weights, with no hand edits or bias shifts yet (unless
   * `keepAdjustments`, as when a link restores both); the inputs keep what values fit. Returns why
   * not (one sentence) for sizes the explorer cannot draw.
   */
  showImportedCell: (cell: ImportedCell, options?: { keepAdjustments?: boolean }) => string | undefined;
  editWeight: (edit: WeightEdit<Gate>) => void;
  goToStage: (stage: number) => void;
  nextStage: () => void;
  previousStage: () => void;
  focusUnit: (unit: number) => void;
  /** Replaces the settings (from a link), keeping only what is valid. */
  restoreSettings: (settings: Partial<CellExplorerSettings<Gate>>) => void;
  /** Runs the model layer on the current settings (also after the model layer has started). */
  recompute: () => void;
  /**
   * A rehearsal of an input drag (see WarmUp): runs the step on slightly moved inputs (see
   * warmUpNudge) and puts its numbers in place (see rehearse), then returns what puts the state
   * back. Run a few times while the page is idle, so the code a drag runs (the model layer,
   * tfjs and its WASM kernels, and the view's update) is compiled before the student's first drag.
   */
  warmUp: WarmUp;
}

/** What makes an explorer an LSTM or a GRU explorer. */
export interface CellExplorerSpec<Gate extends string, Explanation> {
  module: 'LSTMCell' | 'GRUCell';
  gates: readonly Gate[];
  /** True when the cell carries C beside h (LSTM). */
  hasCellState: boolean;
  stageCount: number;
  /** The course's sizes, drawn compactly besides the teaching sizes 1–8. */
  courseSizes: { inputSize: number; hiddenSize: number };
  /** A preset's weights for a cell of `config`, from `seed`. */
  preset: (preset: WeightPreset, config: RecurrentConfig, seed: number) => StateDict;
  /** A copy of `weights` with one weight of `gate` set (unit, column of [h, x]). */
  withWeight: (weights: StateDict, gate: Gate, unit: number, column: number, value: number) => StateDict;
  /** A copy of `weights` with each gate's shift added to its bias. */
  withBiasShifts: (weights: StateDict, shifts: Readonly<Record<Gate, number>>) => StateDict;
  /** One step on the model layer: x, h_{t−1} and (LSTM) C_{t−1}. */
  explain: (model: RecurrentModel, input: PlainTensor, hidden: PlainTensor, cell: PlainTensor) => Explanation;
}

/** True for sizes `spec`'s explorer draws: 1–8 each, or exactly the course's sizes. */
export function isSupportedCellSize(
  spec: Pick<CellExplorerSpec<string, unknown>, 'courseSizes'>,
  inputSize: number,
  hiddenSize: number,
): boolean {
  const { min, max } = LIMITS.teachingSize;
  const teaching = [inputSize, hiddenSize].every((size) => Number.isInteger(size) && size >= min && size <= max);
  return teaching || (inputSize === spec.courseSizes.inputSize && hiddenSize === spec.courseSizes.hiddenSize);
}

/**
 * True for sizes an explorer can be given from a link or the sequence view: the sizes its size
 * controls offer ({@link isSupportedCellSize}) or any other up to 200 inputs and 100 units.
 */
export function isRestorableCellSize(
  spec: Pick<CellExplorerSpec<string, unknown>, 'courseSizes'>,
  inputSize: number,
  hiddenSize: number,
): boolean {
  const within = (size: number, range: { min: number; max: number }) =>
    Number.isInteger(size) && size >= range.min && size <= range.max;
  return (
    isSupportedCellSize(spec, inputSize, hiddenSize) ||
    (within(inputSize, LIMITS.cellInputSize) && within(hiddenSize, LIMITS.cellHiddenSize))
  );
}

/** The largest seed a preset takes. */
const MAX_SEED = 2 ** 31 - 1;

function resized(values: readonly number[], length: number): number[] {
  return Array.from({ length }, (_, index) => values[index] ?? 0);
}

/** True when `edit` names one of `gates` and a weight inside a cell of these sizes (its value is not checked). */
function isEditInside(gates: readonly string[], edit: WeightEdit, inputSize: number, hiddenSize: number): boolean {
  const whole = (value: unknown, end: number) =>
    Number.isInteger(value) && (value as number) >= 0 && (value as number) < end;
  return gates.includes(edit?.gate) && whole(edit.unit, hiddenSize) && whole(edit.column, hiddenSize + inputSize);
}

const zeroShifts = <Gate extends string>(gates: readonly Gate[]) =>
  Object.fromEntries(gates.map((gate) => [gate, 0])) as Record<Gate, number>;

const vector = (values: number[]): PlainTensor => ({ shape: [values.length], data: Float32Array.from(values) });

function explainWith<Gate extends string, Explanation>(
  spec: CellExplorerSpec<Gate, Explanation>,
  settings: CellExplorerSettings<Gate>,
  weights: StateDict,
): { explanation: Explanation | undefined; error: string | undefined } {
  if (!activeBackend()) return { explanation: undefined, error: undefined };
  try {
    const model = cachedRecurrentModel(spec.module, defaultConfig(settings.inputSize, settings.hiddenSize), weights);
    const explanation = spec.explain(
      model,
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

/**
 * The weights `settings` describe for `spec`'s cell: the preset's (or the `imported` cell's),
 * then the hand edits, then the bias shifts.
 */
export function cellWeightsOf<Gate extends string>(
  spec: Pick<CellExplorerSpec<Gate, unknown>, 'preset' | 'withWeight' | 'withBiasShifts'>,
  settings: CellExplorerSettings<Gate>,
  imported?: ImportedCell,
): StateDict {
  let weights =
    imported?.weights ??
    spec.preset(settings.preset, defaultConfig(settings.inputSize, settings.hiddenSize), settings.seed);
  for (const edit of settings.weightEdits)
    weights = spec.withWeight(weights, edit.gate, edit.unit, edit.column, edit.value);
  return spec.withBiasShifts(weights, settings.biasShifts);
}

/** A fresh, independent explorer store for `spec`'s cell, starting from `initial`. */
export function createCellExplorerStore<Gate extends string, Explanation>(
  spec: CellExplorerSpec<Gate, Explanation>,
  initial: CellExplorerSettings<Gate>,
): StoreApi<CellExplorerState<Gate, Explanation>> {
  type State = CellExplorerState<Gate, Explanation>;
  type Settings = CellExplorerSettings<Gate>;
  return createStore<State>()((set, get) => {
    /** Applies a change of settings and recomputes; weights are rebuilt only when `weightsChanged`. */
    /** `shown` replaces the imported cell (undefined: none); without it the one shown stays, if its sizes do. */
    const update = (change: Partial<Settings>, weightsChanged = false, shown?: { cell: ImportedCell | undefined }) => {
      const imported = shown ? shown.cell : get().imported;
      const settings = { ...get(), ...change };
      // An imported cell has its own sizes: other sizes leave it, for the preset's weights.
      const kept =
        imported && imported.inputSize === settings.inputSize && imported.hiddenSize === settings.hiddenSize
          ? imported
          : undefined;
      const weights = weightsChanged || kept !== get().imported ? cellWeightsOf(spec, settings, kept) : get().weights;
      set({ ...change, imported: kept, weights, ...explainWith(spec, settings, weights) } as Partial<State>);
    };
    const setVector = (key: 'input' | 'previousHidden' | 'previousCell') => (index: number, value: number) => {
      const clamped = clampTo(value, LIMITS[key]);
      const values = get()[key];
      if (clamped === undefined || !Number.isInteger(index) || index < 0 || index >= values.length) return;
      update({ [key]: values.map((old, at) => (at === index ? clamped : old)) });
    };
    const weights = cellWeightsOf(spec, initial);
    return {
      ...initial,
      weights,
      imported: undefined,
      ...explainWith(spec, initial, weights),
      beforeRehearsal: undefined,
      setInput: setVector('input'),
      setPreviousHidden: setVector('previousHidden'),
      setPreviousCell: setVector('previousCell'),
      setBiasShift: (gate, value) => {
        const clamped = clampTo(value, LIMITS.biasShift);
        if (clamped === undefined || !spec.gates.includes(gate)) return;
        update({ biasShifts: { ...get().biasShifts, [gate]: clamped } }, true);
      },
      setSizes: (inputSize, hiddenSize) => {
        if (!isSupportedCellSize(spec, inputSize, hiddenSize)) return;
        const { input, previousHidden, previousCell, focusedUnit, weightEdits } = get();
        update(
          {
            inputSize,
            hiddenSize,
            input: resized(input, inputSize),
            previousHidden: resized(previousHidden, hiddenSize),
            previousCell: resized(previousCell, spec.hasCellState ? hiddenSize : 0),
            focusedUnit: Math.min(focusedUnit, hiddenSize - 1),
            weightEdits: weightEdits.filter((edit) => isEditInside(spec.gates, edit, inputSize, hiddenSize)),
          },
          true,
        );
      },
      choosePreset: (preset, seed = get().seed) => {
        if (preset !== 'random' && preset !== 'keepsMemory') return;
        if (!Number.isInteger(seed) || seed < 0 || seed > MAX_SEED) return;
        update({ preset, seed, weightEdits: [], biasShifts: zeroShifts(spec.gates) }, true, { cell: undefined });
      },
      showImportedCell: (cell, options) => {
        if (!isRestorableCellSize(spec, cell.inputSize, cell.hiddenSize)) {
          const { cellInputSize, cellHiddenSize } = LIMITS;
          return `this cell has ${cell.inputSize} inputs and ${cell.hiddenSize} units; the explorer draws up to ${cellInputSize.max} inputs and ${cellHiddenSize.max} units`;
        }
        const { input, previousHidden, previousCell, focusedUnit, weightEdits, biasShifts } = get();
        const keep = options?.keepAdjustments === true;
        update(
          {
            inputSize: cell.inputSize,
            hiddenSize: cell.hiddenSize,
            input: resized(input, cell.inputSize),
            previousHidden: resized(previousHidden, cell.hiddenSize),
            previousCell: resized(previousCell, spec.hasCellState ? cell.hiddenSize : 0),
            focusedUnit: Math.min(focusedUnit, cell.hiddenSize - 1),
            weightEdits: keep
              ? weightEdits.filter((edit) => isEditInside(spec.gates, edit, cell.inputSize, cell.hiddenSize))
              : [],
            biasShifts: keep ? biasShifts : zeroShifts(spec.gates),
          },
          true,
          { cell },
        );
        return undefined;
      },
      editWeight: (edit) => {
        const value = clampTo(edit.value, LIMITS.weight);
        const { hiddenSize, inputSize, weightEdits } = get();
        if (value === undefined || !isEditInside(spec.gates, edit, inputSize, hiddenSize)) return;
        const others = weightEdits.filter(
          (old) => old.gate !== edit.gate || old.unit !== edit.unit || old.column !== edit.column,
        );
        update({ weightEdits: [...others, { ...edit, value }] }, true);
      },
      goToStage: (stage) => {
        if (Number.isInteger(stage) && stage >= 0 && stage < spec.stageCount) set({ stage } as Partial<State>);
      },
      nextStage: () => set({ stage: Math.min(get().stage + 1, spec.stageCount - 1) } as Partial<State>),
      previousStage: () => set({ stage: Math.max(get().stage - 1, 0) } as Partial<State>),
      focusUnit: (unit) => {
        if (Number.isInteger(unit) && unit >= 0 && unit < get().hiddenSize)
          set({ focusedUnit: unit } as Partial<State>);
      },
      restoreSettings: (settings) => update(sanitizeCellSettings(spec, settings, get()), true),
      recompute: () => update({}, false),
      warmUp: (run) => {
        const before = get();
        if (before.explanation === undefined) return undefined;
        // The drag's own path (setInput → update) for every input at once.
        const input = before.input.map((value) => clampTo(value + warmUpNudge(run), LIMITS.input) ?? value);
        return rehearse(get, set, {
          input,
          ...explainWith(spec, { ...before, input }, before.weights),
        } as Partial<State>);
      },
    };
  });
}

/**
 * The valid parts of `given` laid over `current`: sizes must be restorable, vectors must have the
 * right length and are clamped, unknown presets and malformed edits are dropped. Used for links,
 * which may be old, hand-edited or hostile.
 */
export function sanitizeCellSettings<Gate extends string>(
  spec: Pick<CellExplorerSpec<Gate, unknown>, 'gates' | 'hasCellState' | 'stageCount' | 'courseSizes'>,
  given: Partial<CellExplorerSettings<Gate>>,
  current: CellExplorerSettings<Gate>,
): CellExplorerSettings<Gate> {
  const sizesValid = isRestorableCellSize(spec, given.inputSize ?? NaN, given.hiddenSize ?? NaN);
  const inputSize = sizesValid ? given.inputSize! : current.inputSize;
  const hiddenSize = sizesValid ? given.hiddenSize! : current.hiddenSize;
  const vectorOf = (values: unknown, length: number, fallback: number[], range: { min: number; max: number }) =>
    Array.isArray(values) && values.length === length
      ? values.map((value, index) => clampTo(value, range) ?? fallback[index] ?? 0)
      : resized(fallback, length);
  const shifts = { ...current.biasShifts };
  for (const gate of spec.gates) {
    const value = clampTo(given.biasShifts?.[gate], LIMITS.biasShift);
    if (value !== undefined) shifts[gate] = value;
  }
  const edits = Array.isArray(given.weightEdits)
    ? given.weightEdits.filter(
        (edit) =>
          isEditInside(spec.gates, edit, inputSize, hiddenSize) && clampTo(edit.value, LIMITS.weight) !== undefined,
      )
    : current.weightEdits;
  const whole = (value: unknown, min: number, max: number, fallback: number) =>
    Number.isInteger(value) && (value as number) >= min && (value as number) <= max ? (value as number) : fallback;
  return {
    inputSize,
    hiddenSize,
    preset: given.preset === 'random' || given.preset === 'keepsMemory' ? given.preset : current.preset,
    seed: whole(given.seed, 0, MAX_SEED, current.seed),
    weightEdits: edits.map((edit) => ({ ...edit, value: clampTo(edit.value, LIMITS.weight)! })),
    biasShifts: shifts,
    input: vectorOf(given.input, inputSize, current.input, LIMITS.input),
    previousHidden: vectorOf(given.previousHidden, hiddenSize, current.previousHidden, LIMITS.previousHidden),
    previousCell: vectorOf(
      given.previousCell,
      spec.hasCellState ? hiddenSize : 0,
      current.previousCell,
      LIMITS.previousCell,
    ),
    stage: whole(given.stage, 0, spec.stageCount - 1, current.stage),
    focusedUnit: whole(given.focusedUnit, 0, hiddenSize - 1, Math.min(current.focusedUnit, hiddenSize - 1)),
  };
}
