import type * as tf from '@tensorflow/tfjs-core';
import type { LstmStepTensors } from './lstmDirection';
import { LSTM_NOTATION, type LstmGateLetter, type LstmGateName } from './notation';

/**
 * Every number of one `nn.LSTMCell` step, for a single (unbatched) input: what the explorer draws.
 * Vectors have hidden_size values except `input` (input_size). Plain copies, owned by the caller.
 */
export interface LstmCellExplanation {
  /** x_t. */
  input: Float32Array;
  /** h_{t−1}. */
  previousHidden: Float32Array;
  /** C_{t−1}. */
  previousCell: Float32Array;
  /** Each gate's W·[h_{t−1}, x_t] + b, before its activation. */
  preActivation: Record<LstmGateName, Float32Array>;
  /** f, i, o in (0, 1) (the selector vectors) and the candidate g in (−1, 1). */
  gates: Record<LstmGateName, Float32Array>;
  /** f ⊙ C_{t−1}: the memory the forget gate keeps. */
  kept: Float32Array;
  /** i ⊙ g: what the input gate writes. */
  written: Float32Array;
  /** C_t = kept + written. */
  cell: Float32Array;
  /** tanh(C_t). */
  cellTanh: Float32Array;
  /** h_t = o ⊙ tanh(C_t). */
  hidden: Float32Array;
}

const values = (tensor: tf.Tensor) => new Float32Array(tensor.dataSync());

const byGate = (tensors: Record<LstmGateLetter, tf.Tensor>) =>
  Object.fromEntries(
    LSTM_NOTATION.gates.map((gate) => [gate, values(tensors[LSTM_NOTATION.gate[gate].letter])]),
  ) as Record<LstmGateName, Float32Array>;

/** Reads one step's tensors (batch of one) into an explanation. Call inside the tidy that made them. */
export function readLstmExplanation(
  step: LstmStepTensors,
  input: Float32Array,
  previousHidden: Float32Array,
  previousCell: Float32Array,
): LstmCellExplanation {
  return {
    input: Float32Array.from(input),
    previousHidden: Float32Array.from(previousHidden),
    previousCell: Float32Array.from(previousCell),
    preActivation: byGate(step.preActivation),
    gates: byGate(step),
    kept: values(step.kept),
    written: values(step.written),
    cell: values(step.c),
    cellTanh: values(step.cellTanh),
    hidden: values(step.h),
  };
}
