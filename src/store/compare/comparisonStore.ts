import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  activeBackend,
  cachedRecurrentModel,
  type CellKind,
  DEFAULT_STEP_TIMING,
  defaultConfig,
  GRU_PACKED_GATE_INDEX,
  ModelInputError,
  msPerStep,
  PACKED_GATE_INDEX,
  parameterCount,
  type ParameterSpec,
  parameterSpecs,
  pulseMemory,
  type PulseMemory,
  randomWeights,
  type RecurrentConfig,
  type StateDict,
  timeForwardPass,
  timingInput,
  withPackedBiasShifts,
} from '../../model';
import { clampTo, LSTM_COURSE_SIZES, GRU_COURSE_SIZES, EXPLORER_LIMITS } from '../explorerLimits';

/**
 * Everything that defines what the LSTM-vs-GRU view shows: plain, serializable data, so a link
 * restores it exactly. Both models always share the sizes and the seed.
 */
export interface ComparisonSettings {
  /** input_size of both models: one of {@link COMPARISON_SIZES}. */
  inputSize: number;
  /** hidden_size of both models. */
  hiddenSize: number;
  /** Seed of both models' PyTorch-style random weights, 0 … 2³¹ − 1. */
  seed: number;
  /** The pulse: every component of x₀, 0.1 … 3; every later input is 0. */
  pulse: number;
  /** The last time step plotted, 50 … 200: the sequence is the pulse and then `steps` zeros. */
  steps: number;
  /** Added to every unit's b_ih of the LSTM's forget gate, −6 … 6. */
  forgetBiasShift: number;
  /** Added to every unit's b_ih of the GRU's update gate, −6 … 6. */
  updateBiasShift: number;
}

/** The ranges the view's controls and links are held to. */
export const COMPARISON_LIMITS = {
  steps: { min: 50, max: 200 },
  pulse: { min: 0.1, max: 3 },
  biasShift: EXPLORER_LIMITS.biasShift,
  seed: { min: 0, max: 2 ** 31 - 1 },
} as const;

/** The sizes to compare at: the teaching size 3 → 4, the course's nn.GRU(10, 20) and nn.LSTM(50, 100). */
export const COMPARISON_SIZES: readonly { readonly inputSize: number; readonly hiddenSize: number }[] = [
  { inputSize: 3, hiddenSize: 4 },
  GRU_COURSE_SIZES,
  LSTM_COURSE_SIZES,
];

/** The course's two models as its notes build them: nn.LSTM(50, 100, num_layers=2) and nn.GRU(10, 20). */
export const COURSE_MODELS: readonly { readonly module: CellKind; readonly config: RecurrentConfig }[] = [
  {
    module: 'LSTM',
    config: { ...defaultConfig(LSTM_COURSE_SIZES.inputSize, LSTM_COURSE_SIZES.hiddenSize), numLayers: 2 },
  },
  { module: 'GRU', config: defaultConfig(GRU_COURSE_SIZES.inputSize, GRU_COURSE_SIZES.hiddenSize) },
];

/** Where the view starts: the course's GRU sizes, PyTorch's initialisation, no bias shifts. */
export const DEFAULT_COMPARISON_SETTINGS: Readonly<ComparisonSettings> = {
  inputSize: GRU_COURSE_SIZES.inputSize,
  hiddenSize: GRU_COURSE_SIZES.hiddenSize,
  seed: 1,
  pulse: 1,
  steps: 60,
  forgetBiasShift: 0,
  updateBiasShift: 0,
};

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

/** A speed measurement: plain numbers, for the sizes it was made at. */
export interface SpeedMeasurement {
  /** Median milliseconds per step of each, > 0. */
  lstmMsPerStep: number;
  gruMsPerStep: number;
  /** gruMsPerStep / lstmMsPerStep: below 1 when the GRU was faster. */
  gruToLstm: number;
  inputSize: number;
  hiddenSize: number;
  /** Sequence length of each timed pass. */
  steps: number;
  /** Timed passes of each model. */
  runs: number;
}

/** Whether a speed measurement is running, or has a result for the current sizes. */
export type SpeedStatus = 'idle' | 'measuring' | 'done';

/** The view's state: its settings, and what the model layer computed from them. */
export interface ComparisonState extends ComparisonSettings {
  /** nn.LSTM(inputSize, hiddenSize)'s weights from the seed, with the forget bias shift. */
  lstmWeights: StateDict;
  /** nn.GRU(inputSize, hiddenSize)'s weights from the seed, with the update bias shift. */
  gruWeights: StateDict;
  /** Both modules' parameters at the current sizes. */
  parameters: Readonly<Record<CellKind, ModelParameters>>;
  /** The pulse's footprint in the LSTM's h and C, t = 0 … steps; undefined until the model layer is ready. */
  lstmMemory: PulseMemory | undefined;
  /** The pulse's footprint in the GRU's h, t = 0 … steps. */
  gruMemory: PulseMemory | undefined;
  /** Why the last computation was refused, if it was. */
  error: string | undefined;
  speedStatus: SpeedStatus;
  /** The last measurement; cleared when the sizes change. */
  speed: SpeedMeasurement | undefined;
  /** How far a running measurement is, 0 … 1. */
  speedProgress: number;
  /** Changes both models' sizes to one of {@link COMPARISON_SIZES}; anything else is ignored. */
  setSizes: (inputSize: number, hiddenSize: number) => void;
  /** New random weights for both models from `seed`. */
  setSeed: (seed: number) => void;
  setPulse: (value: number) => void;
  /** Rounded to a whole number and clamped to 50 … 200. */
  setSteps: (steps: number) => void;
  setForgetBiasShift: (value: number) => void;
  setUpdateBiasShift: (value: number) => void;
  /** Replaces the settings (from a link), keeping only what is valid. */
  restoreSettings: (settings: Partial<ComparisonSettings>) => void;
  /** Runs the model layer on the current settings (also after the model layer has started). */
  recompute: () => void;
  /**
   * Times both models here, pass by pass, alternating LSTM and GRU so both meet the same machine
   * conditions, and yielding to the browser between passes so the page stays responsive. Resolves
   * when done; a change of sizes cancels it. Does nothing while one runs or before the model layer is ready.
   */
  measureSpeed: () => Promise<void>;
}

/** `weights` of a one-layer nn.LSTM / nn.GRU with `shift` added to every unit's b_ih_l0 of packed gate `gate`. */
function withFirstLayerBiasShift(weights: StateDict, gate: number, shift: number): StateDict {
  if (shift === 0) return weights;
  // Layer 0's tensors are a cell's under other names, so the cells' helper applies as it is.
  const cell = { weight_ih: weights.weight_ih_l0!, weight_hh: weights.weight_hh_l0!, bias_ih: weights.bias_ih_l0! };
  return { ...weights, bias_ih_l0: withPackedBiasShifts(cell, [[gate, shift]]).bias_ih! };
}

const configOf = (settings: ComparisonSettings) => defaultConfig(settings.inputSize, settings.hiddenSize);

function lstmWeightsOf(settings: ComparisonSettings): StateDict {
  const weights = randomWeights('LSTM', configOf(settings), settings.seed);
  return withFirstLayerBiasShift(weights, PACKED_GATE_INDEX.forget, settings.forgetBiasShift);
}

function gruWeightsOf(settings: ComparisonSettings): StateDict {
  const weights = randomWeights('GRU', configOf(settings), settings.seed);
  return withFirstLayerBiasShift(weights, GRU_PACKED_GATE_INDEX.update, settings.updateBiasShift);
}

/** True for one of {@link COMPARISON_SIZES}. */
export function isComparisonSize(inputSize: unknown, hiddenSize: unknown): boolean {
  return COMPARISON_SIZES.some((size) => size.inputSize === inputSize && size.hiddenSize === hiddenSize);
}

const wholeIn = (value: unknown, range: { min: number; max: number }) =>
  Number.isInteger(value) && (value as number) >= range.min && (value as number) <= range.max
    ? (value as number)
    : undefined;

/**
 * The valid parts of `given` laid over `current`: sizes must be one of the three, numbers are
 * clamped (steps also rounded), anything else is dropped. For links, which may be old,
 * hand-edited or hostile.
 */
export function sanitizeComparisonSettings(
  given: Partial<ComparisonSettings>,
  current: ComparisonSettings,
): ComparisonSettings {
  const sizes = isComparisonSize(given.inputSize, given.hiddenSize);
  const steps = clampTo(given.steps, COMPARISON_LIMITS.steps);
  return {
    inputSize: sizes ? given.inputSize! : current.inputSize,
    hiddenSize: sizes ? given.hiddenSize! : current.hiddenSize,
    seed: wholeIn(given.seed, COMPARISON_LIMITS.seed) ?? current.seed,
    pulse: clampTo(given.pulse, COMPARISON_LIMITS.pulse) ?? current.pulse,
    steps: steps === undefined ? current.steps : Math.round(steps),
    forgetBiasShift: clampTo(given.forgetBiasShift, COMPARISON_LIMITS.biasShift) ?? current.forgetBiasShift,
    updateBiasShift: clampTo(given.updateBiasShift, COMPARISON_LIMITS.biasShift) ?? current.updateBiasShift,
  };
}

const BOTH: readonly CellKind[] = ['LSTM', 'GRU'];

/** Lets the browser paint and handle input between timed passes. */
const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** A fresh, independent comparison store starting from `initial`; the app uses {@link comparisonStore}. */
export function createComparisonStore(
  initial: ComparisonSettings = DEFAULT_COMPARISON_SETTINGS,
): StoreApi<ComparisonState> {
  return createStore<ComparisonState>()((set, get) => {
    /** Raised by every change of sizes, so a measurement at the old sizes stops. */
    let measurement = 0;

    const memoryOf = (kind: CellKind, settings: ComparisonSettings, weights: StateDict) =>
      pulseMemory(
        kind,
        configOf(settings),
        weights,
        new Float32Array(settings.inputSize).fill(settings.pulse),
        settings.steps + 1,
      );

    /** The memory curves of the models `kinds`, or the reason the model layer refused. */
    const curves = (settings: ComparisonSettings, weights: Record<CellKind, StateDict>, kinds: readonly CellKind[]) => {
      if (!activeBackend()) return { lstmMemory: undefined, gruMemory: undefined, error: undefined };
      try {
        return {
          ...(kinds.includes('LSTM') && { lstmMemory: memoryOf('LSTM', settings, weights.LSTM) }),
          ...(kinds.includes('GRU') && { gruMemory: memoryOf('GRU', settings, weights.GRU) }),
          error: undefined,
        };
      } catch (error) {
        if (!(error instanceof ModelInputError)) throw error;
        return { lstmMemory: undefined, gruMemory: undefined, error: error.message };
      }
    };

    /** What the sizes alone decide; a measurement at other sizes no longer applies. */
    const sized = (settings: ComparisonSettings) => ({
      parameters: {
        LSTM: modelParameters('LSTM', configOf(settings)),
        GRU: modelParameters('GRU', configOf(settings)),
      },
      speedStatus: 'idle' as const,
      speed: undefined,
      speedProgress: 0,
    });

    /**
     * Applies `change` and recomputes what it touches: `weights` lists the models whose weights
     * it changes (both for sizes and seed), `curved` those whose footprints (the same by default).
     */
    const update = (change: Partial<ComparisonSettings>, weights: readonly CellKind[], curved = weights) => {
      const before = get();
      const settings = { ...before, ...change };
      const newWeights = {
        LSTM: weights.includes('LSTM') ? lstmWeightsOf(settings) : before.lstmWeights,
        GRU: weights.includes('GRU') ? gruWeightsOf(settings) : before.gruWeights,
      };
      const resized = settings.inputSize !== before.inputSize || settings.hiddenSize !== before.hiddenSize;
      if (resized) measurement++;
      set({
        ...change,
        lstmWeights: newWeights.LSTM,
        gruWeights: newWeights.GRU,
        ...(resized && sized(settings)),
        ...curves(settings, newWeights, curved),
      });
    };

    const measureSpeed = async () => {
      if (get().speedStatus === 'measuring' || !activeBackend()) return;
      const mine = ++measurement;
      const { inputSize, hiddenSize } = get();
      const { steps, runs, warmupRuns } = DEFAULT_STEP_TIMING;
      const input = timingInput(configOf(get()), steps);
      const samples: Record<CellKind, number[]> = { LSTM: [], GRU: [] };
      const passes = 2 * (warmupRuns + runs);
      set({ speedStatus: 'measuring', speed: undefined, speedProgress: 0 });
      try {
        for (let pass = 0; pass < passes; pass++) {
          await yieldToBrowser();
          if (mine !== measurement) return;
          const kind: CellKind = pass % 2 === 0 ? 'LSTM' : 'GRU';
          const { lstmWeights, gruWeights } = get();
          const model = cachedRecurrentModel(kind, configOf(get()), kind === 'LSTM' ? lstmWeights : gruWeights);
          const ms = timeForwardPass(model, input);
          if (pass >= 2 * warmupRuns) samples[kind].push(ms);
          set({ speedProgress: (pass + 1) / passes });
        }
      } catch (error) {
        if (!(error instanceof ModelInputError)) throw error;
        set({ speedStatus: 'idle', speedProgress: 0, error: error.message });
        return;
      }
      const lstmMsPerStep = msPerStep(samples.LSTM, steps);
      const gruMsPerStep = msPerStep(samples.GRU, steps);
      set({
        speedStatus: 'done',
        speed: {
          lstmMsPerStep,
          gruMsPerStep,
          gruToLstm: gruMsPerStep / lstmMsPerStep,
          inputSize,
          hiddenSize,
          steps,
          runs,
        },
      });
    };

    const weights = { LSTM: lstmWeightsOf(initial), GRU: gruWeightsOf(initial) };
    return {
      ...initial,
      lstmWeights: weights.LSTM,
      gruWeights: weights.GRU,
      ...sized(initial),
      lstmMemory: undefined,
      gruMemory: undefined,
      ...curves(initial, weights, BOTH),
      setSizes: (inputSize, hiddenSize) => {
        if (isComparisonSize(inputSize, hiddenSize)) update({ inputSize, hiddenSize }, BOTH);
      },
      setSeed: (seed) => {
        const whole = wholeIn(seed, COMPARISON_LIMITS.seed);
        if (whole !== undefined) update({ seed: whole }, BOTH);
      },
      setPulse: (value) => {
        const pulse = clampTo(value, COMPARISON_LIMITS.pulse);
        if (pulse !== undefined) update({ pulse }, [], BOTH);
      },
      setSteps: (value) => {
        const steps = clampTo(value, COMPARISON_LIMITS.steps);
        if (steps !== undefined) update({ steps: Math.round(steps) }, [], BOTH);
      },
      setForgetBiasShift: (value) => {
        const forgetBiasShift = clampTo(value, COMPARISON_LIMITS.biasShift);
        if (forgetBiasShift !== undefined) update({ forgetBiasShift }, ['LSTM']);
      },
      setUpdateBiasShift: (value) => {
        const updateBiasShift = clampTo(value, COMPARISON_LIMITS.biasShift);
        if (updateBiasShift !== undefined) update({ updateBiasShift }, ['GRU']);
      },
      restoreSettings: (settings) => update(sanitizeComparisonSettings(settings, get()), BOTH),
      recompute: () => update({}, [], BOTH),
      measureSpeed,
    };
  });
}

/** The app's one comparison store. */
export const comparisonStore: StoreApi<ComparisonState> = createComparisonStore();

/** Reads one slice of {@link comparisonStore} in a component; pick narrow slices. */
export function useComparisonStore<T>(selector: (state: ComparisonState) => T): T {
  return useStore(comparisonStore, selector);
}
