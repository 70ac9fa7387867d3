import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { activeBackend, type CellKind, ModelInputError, type PulseMemory, type StateDict } from '../../model';
import { clampTo } from '../explorerLimits';
import { type WarmUp, warmUpNudge } from '../warmUp';
import {
  configOf,
  gruWeightsOf,
  lstmWeightsOf,
  memoryOf,
  modelParameters,
  type ModelParameters,
} from './comparisonModels';
import {
  COMPARISON_LIMITS,
  DEFAULT_COMPARISON_SETTINGS,
  isComparisonSize,
  sanitizeComparisonSettings,
  wholeIn,
  type ComparisonSettings,
} from './comparisonSettings';
import { timeBothModels, type SpeedMeasurement, type SpeedStatus } from './comparisonSpeed';

// The LSTM-vs-GRU view's store: its settings (comparisonSettings.ts), the two models built from
// them (comparisonModels.ts) and the speed measurement (comparisonSpeed.ts) held together.

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
   * Runs both pulses once with the biases slightly moved (see warmUpNudge) and drops the results:
   * it changes nothing. Run a few times while the page is idle, so a drag's code is compiled
   * before the first drag.
   */
  warmUp: WarmUp;
  /**
   * Times both models here, pass by pass, alternating LSTM and GRU so both meet the same machine
   * conditions, and yielding to the browser between passes so the page stays responsive. Resolves
   * when done; a change of sizes cancels it. Does nothing while one runs or before the model layer is ready.
   */
  measureSpeed: () => Promise<void>;
}

const BOTH: readonly CellKind[] = ['LSTM', 'GRU'];

/** A fresh, independent comparison store starting from `initial`; the app uses {@link comparisonStore}. */
export function createComparisonStore(
  initial: ComparisonSettings = DEFAULT_COMPARISON_SETTINGS,
): StoreApi<ComparisonState> {
  return createStore<ComparisonState>()((set, get) => {
    /** Raised by every change of sizes, so a measurement at the old sizes stops. */
    let measurement = 0;

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
      set({ speedStatus: 'measuring', speed: undefined, speedProgress: 0 });
      let timed: Awaited<ReturnType<typeof timeBothModels>>;
      try {
        timed = await timeBothModels(
          configOf(get()),
          (kind) => (kind === 'LSTM' ? get().lstmWeights : get().gruWeights),
          () => mine === measurement,
          (speedProgress) => set({ speedProgress }),
        );
      } catch (error) {
        if (!(error instanceof ModelInputError)) throw error;
        set({ speedStatus: 'idle', speedProgress: 0, error: error.message });
        return;
      }
      if (timed) set({ speedStatus: 'done', speed: { ...timed, inputSize, hiddenSize } });
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
      warmUp: (run) => {
        const before = get();
        if (before.lstmMemory === undefined) return undefined;
        const settings = {
          ...before,
          forgetBiasShift: before.forgetBiasShift + warmUpNudge(run),
          updateBiasShift: before.updateBiasShift + warmUpNudge(run),
        };
        curves(settings, { LSTM: lstmWeightsOf(settings), GRU: gruWeightsOf(settings) }, BOTH);
        return undefined;
      },
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
