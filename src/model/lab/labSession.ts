import * as tf from '@tensorflow/tfjs-core';
import { checkLabConfig } from './labConfig';
import { LabModelTrainer, type LabGradientFlow } from './labModelTrainer';
import type { LabBackendName, LabConfig, LabModelProgress, LabPoint, LabReply, LabRequest } from './labProtocol';
import { labWeightSeed, recallBatch, recallHeldOutSeed, recallTrainingSeed, type RecallBatch } from './recallTask';
import { initialLabStateDict, LAB_KINDS } from './labShapes';
import { yieldToEvents } from './yieldToEvents';

/** Longest a `giveWay` request holds training, in ms: a page that stops asking gets its run back. */
export const LAB_MAX_GIVE_WAY_MS = 1000;

/** Longest stretch of training between two looks at the message queue, in ms. */
export const LAB_CHUNK_MS = 30;

/** Shortest time between two progress reports while running, in ms (at most 10 a second). */
export const LAB_REPORT_INTERVAL_MS = 100;

/** One model in the session and what it has done since the last report. */
interface Model {
  trainer: LabModelTrainer;
  losses: LabPoint[];
  accuracies: LabPoint[];
  milliseconds: number;
  timedSteps: number;
  flow?: LabGradientFlow & { step: number };
}

/**
 * The training lab's state machine, apart from how its messages travel: the worker
 * (labWorker.ts) feeds it the page's requests, and the in-thread fallback (labTrainer.ts, and the
 * tests) call it directly. Trains every configured model in lock-step on the same seeded batches,
 * in chunks of at most {@link LAB_CHUNK_MS} ms between which it yields to the event loop, so a
 * pause, reset or configure is handled within a chunk. Training is deterministic: which numbers
 * come out depends on the config and the step only, never on the chunking or the reports.
 */
export class LabSession {
  private config?: LabConfig;
  private models: Model[] = [];
  private heldOut?: RecallBatch;
  private step = 0;
  private status: 'paused' | 'running' = 'paused';
  /** Bumped by every configure, reset, pause and dispose: a running loop of an older run stops. */
  private generation = 0;
  private lastReportAt = 0;
  private stepAtLastReport = 0;
  /** performance.now() until which no chunk is trained (see the `giveWay` request). */
  private waitUntil = 0;
  /** Out of sight: each chunk is followed by as long a rest (see the `background` request). */
  private background = false;

  constructor(
    private readonly backend: LabBackendName,
    private readonly post: (reply: LabReply) => void,
  ) {}

  /** Carries out one request; `init` is the host's (it picks the backend) and ignored here. */
  handle(request: LabRequest): void {
    try {
      switch (request.type) {
        case 'configure':
          checkLabConfig(request.config);
          this.build(structuredClone(request.config));
          break;
        case 'reset':
          if (this.config) this.build(this.config);
          break;
        case 'start':
          if (this.config && this.status !== 'running') {
            this.status = 'running';
            this.stepAtLastReport = this.step;
            this.lastReportAt = performance.now();
            void this.run(++this.generation);
          }
          break;
        case 'giveWay':
          if (Number.isFinite(request.ms) && request.ms > 0)
            this.waitUntil = Math.max(this.waitUntil, performance.now() + Math.min(request.ms, LAB_MAX_GIVE_WAY_MS));
          break;
        case 'background':
          this.background = request.on === true;
          break;
        case 'pause':
          this.status = 'paused';
          this.generation++;
          this.report();
          break;
        case 'step':
          if (this.config && this.status === 'paused') {
            this.trainStep(true);
            this.report();
          }
          break;
        case 'export': {
          const model = this.models.find(({ trainer }) => trainer.kind === request.model);
          // A failed export leaves the run as it is.
          if (!model) this.post({ type: 'error', message: `no ${request.model} is training`, id: request.id });
          else
            this.post({
              type: 'stateDict',
              id: request.id,
              model: request.model,
              stateDict: model.trainer.stateDict(),
            });
          break;
        }
        case 'dispose':
          this.dispose();
          break;
        case 'init':
          break;
      }
    } catch (error) {
      this.status = 'paused';
      this.generation++;
      this.post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  }

  /** Frees every tensor of the session; it can be configured again after. */
  dispose(): void {
    this.generation++;
    this.status = 'paused';
    this.models.forEach(({ trainer }) => trainer.dispose());
    this.models = [];
    this.config = undefined;
  }

  private build(config: LabConfig): void {
    this.dispose();
    this.config = config;
    this.step = 0;
    this.stepAtLastReport = 0;
    this.heldOut = recallBatch(config.sequenceLength, config.evaluationSize, recallHeldOutSeed(config.seed));
    const kinds = LAB_KINDS.filter((kind) => config.models.includes(kind));
    this.models = kinds.map((kind) => {
      const hidden = config.hiddenSizes[kind];
      const seed = labWeightSeed(config.seed, LAB_KINDS.indexOf(kind));
      const start = initialLabStateDict(kind, hidden, seed, config.carryBias);
      return {
        trainer: new LabModelTrainer(kind, hidden, seed, config.learningRate, start),
        losses: [],
        accuracies: [],
        milliseconds: 0,
        timedSteps: 0,
      };
    });
    this.evaluate();
    this.report();
  }

  private async run(generation: number): Promise<void> {
    try {
      while (this.generation === generation) {
        const wait = this.waitUntil - performance.now();
        if (wait > 0) {
          await new Promise((resolve) => setTimeout(resolve, wait));
          continue;
        }
        const chunkStart = performance.now();
        do {
          const due = performance.now() - this.lastReportAt >= LAB_REPORT_INTERVAL_MS;
          this.trainStep(due);
          if (due) {
            this.report();
            break;
          }
        } while (performance.now() - chunkStart < LAB_CHUNK_MS);
        if (this.background) this.waitUntil = Math.max(this.waitUntil, 2 * performance.now() - chunkStart);
        await yieldToEvents();
      }
    } catch (error) {
      if (this.generation !== generation) return;
      this.status = 'paused';
      this.generation++;
      this.post({
        type: 'error',
        message: `training stopped: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  }

  /** One step of every model on training batch number `step`, then the held-out accuracy when due. */
  private trainStep(withFlow: boolean): void {
    const config = this.config!;
    const batch = recallBatch(config.sequenceLength, config.batchSize, recallTrainingSeed(config.seed, this.step));
    this.step++;
    for (const model of this.models) {
      const result = model.trainer.step(batch, withFlow);
      model.losses.push({ step: this.step, value: result.loss });
      model.milliseconds += result.milliseconds;
      model.timedSteps++;
      if (result.flow) model.flow = { step: this.step, ...result.flow };
    }
    if (this.step % config.evaluateEvery === 0) this.evaluate();
  }

  private evaluate(): void {
    for (const model of this.models)
      model.accuracies.push({ step: this.step, value: model.trainer.accuracy(this.heldOut!) });
  }

  private report(): void {
    if (!this.config) return;
    const now = performance.now();
    const elapsed = (now - this.lastReportAt) / 1000;
    const stepsPerSecond = this.status === 'running' && elapsed > 0 ? (this.step - this.stepAtLastReport) / elapsed : 0;
    this.lastReportAt = now;
    this.stepAtLastReport = this.step;
    const models = this.models.map((model): LabModelProgress => {
      const progress: LabModelProgress = {
        kind: model.trainer.kind,
        hiddenSize: model.trainer.hiddenSize,
        parameterCount: model.trainer.parameterCount,
        losses: model.losses,
        accuracies: model.accuracies,
        msPerStep: model.timedSteps > 0 ? model.milliseconds / model.timedSteps : 0,
        memory: model.trainer.memory(),
        flow: model.flow,
      };
      model.losses = [];
      model.accuracies = [];
      model.milliseconds = 0;
      model.timedSteps = 0;
      return progress;
    });
    this.post({
      type: 'progress',
      progress: {
        status: this.status,
        step: this.step,
        stepsPerSecond,
        backend: this.backend,
        tensors: tf.memory().numTensors,
        config: this.config,
        models,
      },
    });
  }
}
