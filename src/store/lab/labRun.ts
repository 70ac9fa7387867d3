import type { StoreApi } from 'zustand/vanilla';
import {
  appendLabCurves,
  DEFAULT_LAB_CONFIG,
  openLabTrainer,
  serializeSafetensors,
  type LabConfig,
  type LabEvent,
  type LabKind,
  type LabProgress,
  type LabTrainer,
} from '../../model';
import { viewStore } from '../viewStore';
import { giveWayToInput } from './giveWayToInput';
import type { LabModelSummary, LabSettings, LabState } from './labStore';

// What drives a training run, loaded with the lab on its first show (the store's `open`), so that
// the first view carries only the lab's settings: progress reports into the store, the store's
// requests out to the trainer, and the trained weights as a file.

/** The trainer's config for `settings`: the lab's defaults with L and the gates' start set. */
export function labConfigOf(settings: LabSettings): LabConfig {
  return {
    ...DEFAULT_LAB_CONFIG,
    sequenceLength: settings.sequenceLength,
    carryBias: settings.carryOpen ? DEFAULT_LAB_CONFIG.carryBias : 0,
  };
}

/**
 * The app's trainer: in a worker, on WASM. Measured in Chromium, WASM trained these ~300-parameter
 * networks 3–6× faster than WebGL, whose cost is the many small kernels a step launches (16 against
 * 2.5 steps/s at L = 20, all three models).
 */
export function openAppTrainer(): Promise<LabTrainer> {
  return openLabTrainer('wasm');
}

/** The store's handle on a run: what its actions ask of the trainer. */
export interface LabRun {
  /** New networks for the store's L, paused at step 0. */
  configure: () => void;
  start: () => void;
  pause: () => void;
  reset: () => void;
  step: () => void;
  modelFile: (kind: LabKind) => Promise<File>;
  /** Stops listening and ends the trainer. */
  close: () => void;
}

function summaryOf(progress: LabProgress, previous: readonly LabModelSummary[]): LabModelSummary[] {
  return progress.models.map((model) => ({
    kind: model.kind,
    hiddenSize: model.hiddenSize,
    parameterCount: model.parameterCount,
    msPerStep: model.msPerStep,
    memoryBytes: model.memory.persistentBytes + model.memory.stepBytes,
    // A report without a new flow keeps the last one, except at step 0 (a new run).
    flow: model.flow ?? (progress.step === 0 ? undefined : previous.find((old) => old.kind === model.kind)?.flow),
  }));
}

/**
 * Connects `trainer` to `store`: every report becomes plain data in the store (curves appended),
 * and a run pauses itself at the store's target.
 */
export function connectLabRun(store: StoreApi<LabState>, trainer: LabTrainer): LabRun {
  const onEvent = (event: LabEvent) => {
    if (event.type === 'error') {
      store.setState({ error: event.message, status: 'paused' });
      return;
    }
    const { progress } = event;
    const state = store.getState();
    // A report of a run configured before the last change of settings.
    const current = labConfigOf(state);
    if (progress.config.sequenceLength !== current.sequenceLength || progress.config.carryBias !== current.carryBias)
      return;
    store.setState({
      status: progress.status,
      step: progress.step,
      stepsPerSecond: progress.stepsPerSecond,
      backend: progress.backend,
      models: summaryOf(progress, state.models),
      curves: appendLabCurves(progress.step === 0 ? {} : state.curves, progress),
    });
    if (progress.status === 'running' && progress.step >= state.targetSteps) trainer.pause();
  };
  const unsubscribe = trainer.subscribe(onEvent);
  // Out of sight, training rests half the time and gives way to the reader's drags in the view
  // they are in (see giveWayToInput), so that view keeps its frames.
  const outOfSight = () => viewStore.getState().view !== 'lab';
  const stopGivingWay = giveWayToInput(trainer, () => store.getState().status === 'running' && outOfSight());
  trainer.setBackground(outOfSight());
  const stopPacing = viewStore.subscribe((state, previous) => {
    if (state.view !== previous.view) trainer.setBackground(outOfSight());
  });
  return {
    configure: () => trainer.configure(labConfigOf(store.getState())),
    start: () => trainer.start(),
    pause: () => trainer.pause(),
    reset: () => trainer.reset(),
    step: () => trainer.step(),
    modelFile: async (kind) => {
      const { sequenceLength, step } = store.getState();
      const bytes = serializeSafetensors(await trainer.exportStateDict(kind), { format: 'pt' });
      const name = `lab-${kind.toLowerCase()}-L${sequenceLength}-step-${step}.safetensors`;
      return new File([bytes as Uint8Array<ArrayBuffer>], name, { type: 'application/octet-stream' });
    },
    close: () => {
      unsubscribe();
      stopGivingWay();
      stopPacing();
      trainer.terminate();
    },
  };
}
