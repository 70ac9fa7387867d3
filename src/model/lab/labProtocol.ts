import type { WasmBinaryUrls } from '../backend';
import type { StateDict } from '../types';
import type { LabKind } from './labShapes';

/**
 * The messages between the page and the training lab's worker (labWorker.ts), plain data only.
 * The page sends {@link LabRequest}s; the worker answers with {@link LabReply}s.
 */

/** Which tfjs backend to train on; `auto` tries WebGL (OffscreenCanvas), then WASM, then cpu. */
export type LabBackendChoice = 'auto' | 'webgl' | 'wasm' | 'cpu';

/** The backend the worker trains on. */
export type LabBackendName = 'webgl' | 'wasm' | 'cpu';

/** How a training run is set up. Everything that decides the numbers is here, so a run is a link. */
export interface LabConfig {
  /** L, steps per sequence, 5 … 100 (RECALL_MIN_LENGTH … RECALL_MAX_LENGTH). */
  sequenceLength: number;
  /** H of each kind, 1 … 64; see comparableHiddenSize for networks of similar parameter counts. */
  hiddenSizes: Record<LabKind, number>;
  /** Sequences per training step, 1 … 512. */
  batchSize: number;
  /** Adam's learning rate, > 0 and ≤ 1. */
  learningRate: number;
  /**
   * How far the gates that keep memory start from PyTorch's initialisation (LSTM f up and i down,
   * GRU z up, by this much; see initialLabStateDict's CARRY_START), 0 … 8: 0 is PyTorch's plain
   * start, 4 the explorers' "keeps memory" (f, z ≈ 0.98, i ≈ 0.02).
   */
  carryBias: number;
  /** Seeds the initial weights and every batch: the same config gives the same losses. */
  seed: number;
  /** The networks trained side by side, each on the same batches; at least one, no repeats. */
  models: LabKind[];
  /** Held-out accuracy is measured at step 0 and every this many steps, ≥ 1. */
  evaluateEvery: number;
  /** Sequences in the held-out batch (a fixed, seeded batch no training step draws), 1 … 4096. */
  evaluationSize: number;
}

/** What the page asks of the worker. */
export type LabRequest =
  /**
   * First message: start tfjs on a backend; answered by `ready`. `wasmUrls` are the page's
   * (WASM_BINARY_URLS): passed in so the worker's bundle does not carry the binaries itself.
   */
  | { type: 'init'; backend: LabBackendChoice; wasmUrls?: WasmBinaryUrls }
  /** Builds fresh networks for `config` (freeing any old ones), paused at step 0. */
  | { type: 'configure'; config: LabConfig }
  | { type: 'start' }
  | { type: 'pause' }
  /**
   * The page is busy with the reader's input elsewhere: train no chunk for `ms` from now (a later
   * request moves the end). The run stays `running`; it only waits, so the page keeps its frames.
   */
  | { type: 'giveWay'; ms: number }
  /**
   * Whether the lab's view is out of sight: then training rests as long as it trains, chunk by
   * chunk, leaving the machine's cores to the view the reader is in. Half the speed, every frame.
   */
  | { type: 'background'; on: boolean }
  /** Back to step 0 with the same config, paused: fresh weights, fresh optimisers. */
  | { type: 'reset' }
  /** One training step while paused, reported at once. */
  | { type: 'step' }
  /** The current weights of one model; answered by `stateDict` with the same `id`. */
  | { type: 'export'; model: LabKind; id: number }
  /** Frees every tensor; the worker can be terminated after (or at any time: it holds nothing else). */
  | { type: 'dispose' };

/** A value along the training run: `step` is the count of training steps done before it was measured. */
export interface LabPoint {
  step: number;
  value: number;
}

/** One model's part of a {@link LabProgress}. */
export interface LabModelProgress {
  kind: LabKind;
  hiddenSize: number;
  parameterCount: number;
  /** Training loss of every step since the previous report (the loss of batch `step − 1`, before its update). */
  losses: LabPoint[];
  /** Held-out accuracy (fraction in [0, 1], chance 0.5) of every evaluation since the previous report. */
  accuracies: LabPoint[];
  /** Mean wall time of this model's training steps since the previous report (0 before any). */
  msPerStep: number;
  /** Parameters + Adam's moments (persistent) and the last step's forward activations, in bytes. */
  memory: { persistentBytes: number; stepBytes: number };
  /**
   * Gradient flow at step `step` (L values each, t = 0 … L−1): the size of ∂loss/∂h_t (mean over
   * the batch of each sequence's own ‖∂ℓ_b/∂h_t‖₂) and, for the LSTM, ∏_{s>t} f_s (GRU:
   * ∏_{s>t} z_s) averaged over batch and units. Absent before the first step.
   */
  flow?: { step: number; hiddenGradientNorms: number[]; carryProduct?: number[] };
}

/** Where training stands. Curves come as increments: add each report's points to the previous ones. */
export interface LabProgress {
  status: 'paused' | 'running';
  /** Training steps done (each model has taken this many). */
  step: number;
  /** Steps per second over the time since the previous report while running, wall clock; 0 when paused. */
  stepsPerSecond: number;
  backend: LabBackendName;
  /** Live tfjs tensors in the worker: constant between steps while training; 0 after `dispose`. */
  tensors: number;
  config: LabConfig;
  models: LabModelProgress[];
}

/** What the worker answers. */
export type LabReply =
  | { type: 'ready'; backend: LabBackendName }
  | { type: 'progress'; progress: LabProgress }
  | { type: 'stateDict'; id: number; model: LabKind; stateDict: StateDict }
  /**
   * A request that could not be carried out (a bad config, a failed step); the run is paused.
   * `id` is the failed `export`'s.
   */
  | { type: 'error'; message: string; id?: number };
