import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { LabBackendName, LabCurves, LabKind, LabTrainer } from '../../model';
import { connectSettingsToPage, type SettingsPage } from '../connectSettingsToPage';
import type { LabRun } from './labRun';
import { LAB_MAX_LENGTH, LAB_MIN_LENGTH, labLink } from './labUrl';

export { LAB_MAX_LENGTH, LAB_MIN_LENGTH };

/** What the lab's link carries: everything else of a run follows from it. */
export interface LabSettings {
  /** L, steps per sequence, {@link LAB_MIN_LENGTH} … {@link LAB_MAX_LENGTH}. */
  sequenceLength: number;
  /**
   * Whether the LSTM's forget gate and the GRU's update gate start biased towards 1 (the model's
   * default carry bias, +4), or at PyTorch's plain initialisation.
   */
  carryOpen: boolean;
}

/** The lab opens at the length the course asks about (long for a plain RNN's memory), gates open. */
export const DEFAULT_LAB_SETTINGS: LabSettings = { sequenceLength: 50, carryOpen: true };

/** One model's latest numbers, plain data from the last progress report. */
export interface LabModelSummary {
  kind: LabKind;
  hiddenSize: number;
  parameterCount: number;
  /** Mean wall time of a training step over the last report, ms (0 before any). */
  msPerStep: number;
  /** Parameters, Adam's moments and a step's activations, bytes. */
  memoryBytes: number;
  /** ‖∂loss/∂hₜ‖ (and for the LSTM ∏ f, for the GRU ∏ z) at `step`, L values each; absent before step 1. */
  flow?: { step: number; hiddenGradientNorms: number[]; carryProduct?: number[] };
}

/** Where the trainer is: not asked for yet, loading, running (paused or training), or broken. */
export type LabPhase = 'closed' | 'starting' | 'ready' | 'failed';

/** The lab's state: the settings, the trainer's phase and the run's latest report, all plain data. */
export interface LabState extends LabSettings {
  phase: LabPhase;
  /** Why the trainer failed or refused a request (one sentence), else undefined. */
  error?: string;
  backend?: LabBackendName;
  status: 'paused' | 'running';
  /** Training steps done. */
  step: number;
  /** Training pauses by itself at this step; Start past it trains another {@link labTargetSteps}. */
  targetSteps: number;
  stepsPerSecond: number;
  models: LabModelSummary[];
  /** Every loss and held-out accuracy of the run so far, by model. */
  curves: LabCurves;
  /** Starts the trainer (once; later calls wait for the same start) and sets it up for the settings. */
  open: () => Promise<void>;
  /** Stops the trainer and frees its worker; `open` starts a fresh one. */
  close: () => void;
  start: () => void;
  pause: () => void;
  /** Step 0 with fresh weights, paused. */
  reset: () => void;
  /** One training step while paused. */
  takeStep: () => void;
  /** Sets L (clamped, whole) and starts training over from step 0, paused. */
  setSequenceLength: (length: number) => void;
  /** Sets how the gated networks start (see {@link LabSettings.carryOpen}) and starts over, paused. */
  setCarryOpen: (open: boolean) => void;
  /** Takes a link's settings, keeping only what is valid. */
  restoreSettings: (settings: Partial<LabSettings>) => void;
  /** The trained weights of `kind` as a .safetensors file named after the run. */
  modelFile: (kind: LabKind) => Promise<File>;
}

/** How many steps a run at length `length` trains before pausing: long enough to show the result. */
export function labTargetSteps(length: number): number {
  return length <= 20 ? 300 : 1000;
}

/** L as the lab takes it: whole, within LAB_MIN_LENGTH … LAB_MAX_LENGTH. */
export function clampSequenceLength(length: number): number {
  if (!Number.isFinite(length)) return DEFAULT_LAB_SETTINGS.sequenceLength;
  return Math.min(LAB_MAX_LENGTH, Math.max(LAB_MIN_LENGTH, Math.round(length)));
}

const freshRun = (length: number) => ({
  status: 'paused' as const,
  step: 0,
  stepsPerSecond: 0,
  targetSteps: labTargetSteps(length),
  curves: {},
});

/**
 * A fresh lab store. Its code for running the trainer (./labRun, and the model's lab code with it)
 * loads on the first `open`, as does the trainer: `openTrainer`, else the app's (a worker on WASM).
 * The trainer's handle lives in this closure, never in the state.
 */
export function createLabStore(
  openTrainer?: () => Promise<LabTrainer>,
  initial: LabSettings = DEFAULT_LAB_SETTINGS,
): StoreApi<LabState> {
  let run: LabRun | undefined;
  let opening: Promise<void> | undefined;
  return createStore<LabState>()((set, get, store) => {
    const configure = () => {
      set({ ...freshRun(get().sequenceLength), error: undefined, models: [] });
      run?.configure();
    };
    return {
      ...initial,
      phase: 'closed',
      models: [],
      ...freshRun(initial.sequenceLength),
      open: () => {
        opening ??= (async () => {
          set({ phase: 'starting', error: undefined });
          try {
            const { connectLabRun, openAppTrainer } = await import('./labRun');
            const trainer = await (openTrainer ?? openAppTrainer)();
            run = connectLabRun(store, trainer);
            set({ phase: 'ready', backend: trainer.backend });
          } catch (error) {
            opening = undefined;
            set({ phase: 'failed', error: error instanceof Error ? error.message : String(error) });
            return;
          }
          configure();
        })();
        return opening;
      },
      close: () => {
        run?.close();
        run = opening = undefined;
        set({ phase: 'closed', ...freshRun(get().sequenceLength), models: [] });
      },
      start: () => {
        const { step, targetSteps, sequenceLength } = get();
        if (step >= targetSteps) set({ targetSteps: targetSteps + labTargetSteps(sequenceLength) });
        run?.start();
      },
      pause: () => run?.pause(),
      reset: () => {
        set({ ...freshRun(get().sequenceLength), error: undefined });
        run?.reset();
      },
      takeStep: () => run?.step(),
      setSequenceLength: (length) => {
        const sequenceLength = clampSequenceLength(length);
        if (sequenceLength === get().sequenceLength) return;
        set({ sequenceLength });
        configure();
      },
      setCarryOpen: (open) => {
        if (typeof open !== 'boolean' || open === get().carryOpen) return;
        set({ carryOpen: open });
        configure();
      },
      restoreSettings: (settings) => {
        if (settings.sequenceLength !== undefined) get().setSequenceLength(settings.sequenceLength);
        if (settings.carryOpen !== undefined) get().setCarryOpen(settings.carryOpen);
      },
      modelFile: (kind) => (run ? run.modelFile(kind) : Promise.reject(new Error('the trainer has not started'))),
    };
  });
}

/** The app's one lab store. */
export const labStore: StoreApi<LabState> = createLabStore();

/** Reads one slice of {@link labStore} in a component. */
export function useLabStore<T>(selector: (state: LabState) => T): T {
  return useStore(labStore, selector);
}

let linked = false;

/**
 * Restores {@link labStore}'s settings from the page's link and keeps the link in step, once (later
 * calls do nothing). The lab's view calls it as it loads: the first view never loads the lab's store.
 */
export function connectLabToPage(page: SettingsPage): void {
  if (linked) return;
  linked = true;
  connectSettingsToPage(labStore, labLink, page);
}
