import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  activeBackend,
  type CellKind,
  type ModelFileModule,
  ModelInputError,
  type SequenceInputPreset,
  type StateDict,
  stateRow,
  type WeightPreset,
} from '../../model';
import { clampTo } from '../explorerLimits';
import { runSequence, sequenceWeightsOf, type SequenceRun } from './sequenceRun';
import {
  COURSE_SEQUENCES,
  DEFAULT_SEQUENCE_SETTINGS,
  SEQUENCE_GATES,
  SEQUENCE_LIMITS,
  sanitizeSequenceSettings,
  type SequenceGate,
  type SequenceSettings,
} from './sequenceSettings';
import { type Rehearsable, rehearse, type WarmUp, warmUpNudge } from '../warmUp';

/** PyTorch's three results: `out, (h_n, c_n) = lstm(x)`. */
export type SequenceOutputName = 'out' | 'hN' | 'cN';

/** The network's structure: what a change of rebuilds the weights. */
export type SequenceStructure = Pick<
  SequenceSettings,
  'kind' | 'inputSize' | 'hiddenSize' | 'numLayers' | 'bidirectional' | 'batchFirst' | 'steps' | 'batch'
>;

/**
 * An `nn.LSTM` / `nn.GRU` of a model the reader imported (store/imported), run in place of the
 * preset's weights: the module as read (its arrays never changed) and where it came from.
 */
export interface ImportedNetwork {
  module: ModelFileModule;
  /** The file's name and SHA-256, the module as PyTorch prints it (`nn.LSTM(8, 16)`), its prefix in the file. */
  source: { file: string; hash: string; module: string; prefix: string };
}

/** The sequence view's state: its settings, and what the model layer computed from them. */
export interface SequenceState extends SequenceSettings, Rehearsable<SequenceState> {
  /** The weights the settings describe (the preset's or the imported network's, then the bias shifts). */
  weights: StateDict;
  /** The imported network run instead of the preset's weights, if any (the settings keep its structure). */
  imported: ImportedNetwork | undefined;
  /** The whole run; undefined until the model layer is ready or when it refused. */
  run: SequenceRun | undefined;
  /** Why the last computation was refused, if it was. */
  error: string | undefined;
  /** True while the timeline plays. */
  playing: boolean;
  /** The PyTorch output the pointer or focus is on, whose sources the timeline marks. */
  highlight: SequenceOutputName | undefined;
  setHighlight: (output: SequenceOutputName | undefined) => void;
  /** Changes the network or the input's sizes; keeps what still fits. */
  configure: (change: Partial<SequenceStructure>) => void;
  /**
   * The course's `nn.LSTM(50, 100, num_layers=2)` on (10, 3, 50), or `nn.GRU(10, 20)` on (3, 32, 10),
   * with random input as in the course.
   */
  loadCourseNetwork: (kind: CellKind) => void;
  /** Loads a weight preset; leaves an imported network. */
  chooseWeightPreset: (preset: WeightPreset, seed?: number) => void;
  /**
   * Runs an imported network: its kind, sizes, layers and directions, with no bias shifts (unless
   * `keepAdjustments`, for a link that restored them). Returns why it cannot (one sentence), and
   * then nothing changed.
   */
  showImportedNetwork: (network: ImportedNetwork, options?: { keepAdjustments?: boolean }) => string | undefined;
  setBiasShift: (gate: SequenceGate, value: number) => void;
  /** Loads an input preset; drops what was drawn. */
  chooseInputPreset: (preset: SequenceInputPreset, seed?: number) => void;
  /** Sets x_t[drawnFeature] of the shown batch element at each point's t (a stroke across the sketch). */
  drawInput: (points: readonly { t: number; value: number }[]) => void;
  chooseDrawnFeature: (feature: number) => void;
  /** Drops what was drawn, back to the preset. */
  clearDrawing: () => void;
  /** Zeros (PyTorch's default) or random h0 / c0 from a seed; drops hand edits. */
  chooseInitialState: (mode: 'zeros' | 'random', seed?: number) => void;
  /** Sets one unit of h0 or c0 for the selected cell's row and the shown batch element. */
  setInitialValue: (state: 'h' | 'c', unit: number, value: number) => void;
  goToStep: (t: number) => void;
  /** Moves `delta` steps, stopping at either end. */
  stepBy: (delta: number) => void;
  play: () => void;
  pause: () => void;
  setSpeed: (stepsPerSecond: number) => void;
  /** Selects the cell at (layer, direction), and step `t` when given. */
  selectCell: (layer: number, direction: number, t?: number) => void;
  showBatch: (batch: number) => void;
  /** Replaces the settings (from a link), keeping only what is valid. */
  restoreSettings: (settings: Partial<SequenceSettings>) => void;
  /** Runs the model layer on the current settings (also after the model layer has started). */
  recompute: () => void;
  /**
   * A rehearsal of a bias drag (see WarmUp): rebuilds the weights with every bias shift slightly
   * moved (warmUpNudge), runs the whole sequence and puts the result in place (see rehearse), then
   * returns what puts the state back as it was. Without a run yet, it does nothing.
   */
  warmUp: WarmUp;
}

/**
 * The User Timing measure each recompute after an edit leaves (the weights rebuilt when they
 * changed, their upload, the whole trace, the pulse-free run): DevTools shows it, and
 * `npm run bench:web` observes it. Only the latest is kept, so a long drag does not pile them up.
 */
export const SEQUENCE_RUN_MEASURE = 'gatescope: sequence recomputed';

function computed(settings: SequenceSettings, weights: StateDict): Pick<SequenceState, 'run' | 'error'> {
  if (!activeBackend()) return { run: undefined, error: undefined };
  try {
    return { run: runSequence(settings, weights), error: undefined };
  } catch (error) {
    if (!(error instanceof ModelInputError)) throw error;
    return { run: undefined, error: error.message };
  }
}

/** Every gate's shift at zero: sanitizeSequenceSettings keeps the current shift of a gate left out. */
const NO_SHIFTS: Partial<Record<SequenceGate, number>> = Object.fromEntries(
  [...SEQUENCE_GATES.LSTM, ...SEQUENCE_GATES.GRU].map((gate) => [gate, 0]),
);

/** True when the settings still describe `module`'s network: its kind, sizes, layers and directions. */
function fitsStructure(module: ModelFileModule, settings: SequenceSettings): boolean {
  const { config } = module;
  return (
    module.module === settings.kind &&
    config.inputSize === settings.inputSize &&
    config.hiddenSize === settings.hiddenSize &&
    config.numLayers === settings.numLayers &&
    config.bidirectional === settings.bidirectional
  );
}

/** Why the sequence view cannot run `module` (one sentence), or undefined when it can. */
export function networkRefusal(module: ModelFileModule): string | undefined {
  const { config } = module;
  const { inputSize, hiddenSize, numLayers } = SEQUENCE_LIMITS;
  if (module.module !== 'LSTM' && module.module !== 'GRU')
    return `an nn.${module.module} runs one step, not a sequence: open it in its cell explorer`;
  if (config.projSize > 0)
    return `this LSTM projects h to proj_size ${config.projSize}, which the sequence view does not draw`;
  if (config.inputSize > inputSize.max || config.hiddenSize > hiddenSize.max || config.numLayers > numLayers.max)
    return `this network has ${config.inputSize} inputs, ${config.hiddenSize} units and ${config.numLayers} layers; the sequence view draws up to ${inputSize.max} inputs, ${hiddenSize.max} units and ${numLayers.max} layers`;
  return undefined;
}

/** A fresh, independent sequence store starting from `initial`; the app uses {@link sequenceStore}. */
export function createSequenceStore(initial: SequenceSettings = DEFAULT_SEQUENCE_SETTINGS): StoreApi<SequenceState> {
  return createStore<SequenceState>()((set, get) => {
    /**
     * Applies a change of settings. `work` says what it touches: only the view (the step, the
     * cell), the run (inputs, states), or the weights too, so a scrub never re-runs the model.
     */
    const update = (
      change: Partial<SequenceSettings>,
      work: 'view' | 'run' | 'weights',
      shown?: { network: ImportedNetwork | undefined },
    ) => {
      const settings = sanitizeSequenceSettings(change, get());
      if (work === 'view') {
        // Only the selection: the edits and shifts keep their identity, so a step of playback
        // does not re-render the panels that show them.
        const { t, layer, direction, shownBatch, drawnFeature, speed } = settings;
        set({ t, layer, direction, shownBatch, drawnFeature, speed });
        return;
      }
      const started = performance.now();
      // An imported network has its own structure: another kind, size or layout leaves it.
      const candidate = shown ? shown.network : get().imported;
      const imported = candidate && fitsStructure(candidate.module, settings) ? candidate : undefined;
      const weights =
        work === 'weights' || imported !== get().imported
          ? sequenceWeightsOf(settings, imported?.module)
          : get().weights;
      const result = computed(settings, weights);
      if (result.run) {
        performance.clearMeasures(SEQUENCE_RUN_MEASURE);
        performance.measure(SEQUENCE_RUN_MEASURE, { start: started });
      }
      set({ ...settings, weights, imported, ...result });
    };
    const selected = () => {
      const { layer, direction, bidirectional } = get();
      return stateRow({ bidirectional }, layer, direction);
    };
    const weights = sequenceWeightsOf(initial);
    return {
      ...initial,
      weights,
      ...computed(initial, weights),
      imported: undefined,
      playing: false,
      highlight: undefined,
      beforeRehearsal: undefined,
      setHighlight: (highlight) => set({ highlight }),
      configure: (change) => update(change, 'weights'),
      loadCourseNetwork: (kind) =>
        update(
          { ...COURSE_SEQUENCES[kind], bidirectional: false, inputPreset: 'random', inputEdits: [], stateEdits: [] },
          'weights',
          { network: undefined },
        ),
      chooseWeightPreset: (preset, seed = get().weightSeed) =>
        update({ weightPreset: preset, weightSeed: seed }, 'weights', { network: undefined }),
      showImportedNetwork: (network, options) => {
        const refusal = networkRefusal(network.module);
        if (refusal) return refusal;
        const { module, config } = network.module;
        update(
          {
            kind: module as CellKind,
            inputSize: config.inputSize,
            hiddenSize: config.hiddenSize,
            numLayers: config.numLayers,
            bidirectional: config.bidirectional,
            // The preset's shifts do not apply to imported weights; a link's own shifts stay.
            ...(options?.keepAdjustments ? {} : { biasShifts: NO_SHIFTS, weightPreset: 'random' as const }),
          },
          'weights',
          { network },
        );
        return undefined;
      },
      setBiasShift: (gate, value) => {
        const shift = clampTo(value, SEQUENCE_LIMITS.biasShift);
        if (shift === undefined || !SEQUENCE_GATES[get().kind].includes(gate)) return;
        update({ biasShifts: { ...get().biasShifts, [gate]: shift } }, 'weights');
      },
      chooseInputPreset: (preset, seed = get().inputSeed) =>
        update({ inputPreset: preset, inputSeed: seed, inputEdits: [] }, 'run'),
      drawInput: (points) => {
        const { drawnFeature: feature, shownBatch: batch, inputEdits } = get();
        const drawn = points.filter((point) => Number.isInteger(point.t));
        const replaced = new Set(drawn.map((point) => point.t));
        const kept = inputEdits.filter(
          (edit) => edit.feature !== feature || edit.batch !== batch || !replaced.has(edit.t),
        );
        update({ inputEdits: [...kept, ...drawn.map(({ t, value }) => ({ t, batch, feature, value }))] }, 'run');
      },
      chooseDrawnFeature: (feature) => update({ drawnFeature: feature }, 'view'),
      clearDrawing: () => update({ inputEdits: [] }, 'run'),
      chooseInitialState: (mode, seed = get().stateSeed) =>
        update({ initialState: mode, stateSeed: seed, stateEdits: [] }, 'run'),
      setInitialValue: (state, unit, value) => {
        const { shownBatch: batch, stateEdits } = get();
        const row = selected();
        const others = stateEdits.filter(
          (edit) => edit.state !== state || edit.row !== row || edit.batch !== batch || edit.unit !== unit,
        );
        update({ stateEdits: [...others, { state, row, batch, unit, value }] }, 'run');
      },
      goToStep: (t) => update({ t }, 'view'),
      stepBy: (delta) => {
        const { t, steps } = get();
        update({ t: Math.max(0, Math.min(steps - 1, t + delta)) }, 'view');
      },
      play: () => {
        // Playing from the last step starts over, as a video player does.
        if (get().t >= get().steps - 1) update({ t: 0 }, 'view');
        set({ playing: true });
      },
      pause: () => set({ playing: false }),
      setSpeed: (speed) => update({ speed }, 'view'),
      selectCell: (layer, direction, t = get().t) => update({ layer, direction, t }, 'view'),
      showBatch: (batch) => update({ shownBatch: batch }, 'view'),
      restoreSettings: (settings) => update(settings, 'weights'),
      recompute: () => update({}, 'run'),
      warmUp: (run) => {
        const before = get();
        if (before.run === undefined) return undefined;
        const biasShifts = Object.fromEntries(
          Object.entries(before.biasShifts).map(([gate, shift]) => [gate, shift + warmUpNudge(run)]),
        ) as SequenceSettings['biasShifts'];
        // The drag's own path (setBiasShift → update), minus the User Timing measure bench:web reads.
        const settings = sanitizeSequenceSettings({ biasShifts }, before);
        const weights = sequenceWeightsOf(settings, before.imported?.module);
        return rehearse(get, set, { ...settings, weights, ...computed(settings, weights) });
      },
    };
  });
}

/** The app's one sequence store. */
export const sequenceStore: StoreApi<SequenceState> = createSequenceStore();

/** Reads one slice of {@link sequenceStore} in a component; pick narrow slices. */
export function useSequenceStore<T>(selector: (state: SequenceState) => T): T {
  return useStore(sequenceStore, selector);
}
