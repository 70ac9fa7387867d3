/**
 * The training lab's public surface (issue 18): an RNN, an LSTM and a GRU trained side by side on
 * a task that needs long memory, in a worker. Plain data and types only; the trainer itself, and
 * tfjs with it, load on the first {@link openLabTrainer}. src/model/index.ts re-exports this.
 */
import type { LabBackendChoice } from './labProtocol';
import type { LabTrainer } from './labTrainer';

export type {
  LabBackendChoice,
  LabBackendName,
  LabConfig,
  LabModelProgress,
  LabPoint,
  LabProgress,
  LabReply,
  LabRequest,
} from './labProtocol';
export type { LabEvent, LabTrainer } from './labTrainer';
export { DEFAULT_LAB_CONFIG, LAB_MAX_BATCH, LAB_MAX_EVALUATION, LAB_MAX_HIDDEN, checkLabConfig } from './labConfig';
export {
  LAB_KINDS,
  LAB_PARAMETER_NAMES,
  comparableHiddenSize,
  labParameterCount,
  type LabKind,
  type LabParameterName,
} from './labShapes';
export { RECALL_MAX_LENGTH, RECALL_MIN_LENGTH, recallBatch, type RecallBatch } from './recallTask';
export { appendLabCurves, type LabCurve, type LabCurves } from './labCurves';

/**
 * Starts the training lab (see createLabTrainer in ./labTrainer), fetching its code on first use:
 * the trainer, its worker and tfjs stay out of every other view's bytes.
 */
export async function openLabTrainer(backend: LabBackendChoice = 'auto'): Promise<LabTrainer> {
  const { createLabTrainer } = await import('./labTrainer');
  return createLabTrainer(backend);
}
