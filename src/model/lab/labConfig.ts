import { check } from '../errors';
import { LAB_KINDS } from './labShapes';
import type { LabConfig } from './labProtocol';
import { RECALL_MAX_LENGTH, RECALL_MIN_LENGTH } from './recallTask';

/** Largest hidden size and batch the lab accepts: beyond them a step takes too long to watch. */
export const LAB_MAX_HIDDEN = 64;
export const LAB_MAX_BATCH = 512;
export const LAB_MAX_EVALUATION = 4096;

/** Largest carry-gate bias the lab starts with: σ(8) ≈ 0.9997 already keeps everything. */
export const LAB_MAX_CARRY_BIAS = 8;

/**
 * The lab's starting point: the three kinds at about 300 parameters each (RNN 337, LSTM 316,
 * GRU 297 with H = 16, 7, 8), batch 32, sequences of 20 steps, Adam at 0.01, and the gated
 * networks started as the explorers' "keeps memory" (carry bias 4). Measured at L = 50 (seeds
 * 1–4, WASM): the LSTM and the GRU reach 100 % within 200 steps, the RNN stays near 50 % for 600;
 * from PyTorch's plain start (carry bias 0) all three stay near 50 %.
 */
export const DEFAULT_LAB_CONFIG: LabConfig = {
  sequenceLength: 20,
  hiddenSizes: { RNN: 16, LSTM: 7, GRU: 8 },
  batchSize: 32,
  learningRate: 0.01,
  carryBias: 4,
  seed: 1,
  models: ['RNN', 'LSTM', 'GRU'],
  evaluateEvery: 25,
  evaluationSize: 256,
};

const whole = (value: number, low: number, high: number) => Number.isInteger(value) && value >= low && value <= high;

/** @throws ModelInputError naming the first field of `config` out of its range (see {@link LabConfig}). */
export function checkLabConfig(config: LabConfig): void {
  check(
    whole(config.sequenceLength, RECALL_MIN_LENGTH, RECALL_MAX_LENGTH),
    `sequenceLength must be a whole number from ${RECALL_MIN_LENGTH} to ${RECALL_MAX_LENGTH}, got ${config.sequenceLength}`,
  );
  check(
    config.models.length > 0 && new Set(config.models).size === config.models.length,
    'models must list at least one of RNN, LSTM, GRU, each once',
  );
  for (const kind of config.models) {
    check(LAB_KINDS.includes(kind), `models lists ${String(kind)}, which is not RNN, LSTM or GRU`);
    const hidden = config.hiddenSizes[kind];
    check(whole(hidden, 1, LAB_MAX_HIDDEN), `hiddenSizes.${kind} must be a whole number from 1 to ${LAB_MAX_HIDDEN}`);
  }
  check(whole(config.batchSize, 1, LAB_MAX_BATCH), `batchSize must be a whole number from 1 to ${LAB_MAX_BATCH}`);
  check(
    config.learningRate > 0 && config.learningRate <= 1,
    `learningRate must be above 0 and at most 1, got ${config.learningRate}`,
  );
  check(
    Number.isFinite(config.carryBias) && config.carryBias >= 0 && config.carryBias <= LAB_MAX_CARRY_BIAS,
    `carryBias must be from 0 to ${LAB_MAX_CARRY_BIAS}, got ${config.carryBias}`,
  );
  check(Number.isInteger(config.seed), `seed must be a whole number, got ${config.seed}`);
  check(whole(config.evaluateEvery, 1, Number.MAX_SAFE_INTEGER), 'evaluateEvery must be a whole number ≥ 1');
  check(
    whole(config.evaluationSize, 1, LAB_MAX_EVALUATION),
    `evaluationSize must be a whole number from 1 to ${LAB_MAX_EVALUATION}`,
  );
}
