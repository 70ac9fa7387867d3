import * as tf from '@tensorflow/tfjs-core';
import type { GruStepTensors } from './gruDirection';
import { add, matMul, mul, splitColumns, sub, tanh } from './kernels';
import type { LayerWeights } from './layerWeights';
import { GRU_NOTATION, type GruGateLetter, type GruGateName } from './notation';

export type { GruGateName } from './notation';

/**
 * Every number of one `nn.GRUCell` step, for a single (unbatched) input: what a GRU explorer
 * draws. Vectors have hidden_size values except `input` (input_size). Plain copies.
 */
export interface GruCellExplanation {
  /** x_t. */
  input: Float32Array;
  /** h_{t−1}. */
  previousHidden: Float32Array;
  /** Each gate's input side, W_i· x + b_i·. */
  inputSide: Record<GruGateName, Float32Array>;
  /** Each gate's hidden side, W_h· h + b_h·. */
  hiddenSide: Record<GruGateName, Float32Array>;
  /** r and z in (0, 1) (selector vectors) and the candidate n in (−1, 1). */
  gates: Record<GruGateName, Float32Array>;
  /** r ⊙ (W_hn h + b_hn), which enters n: the reset gate applied after the hidden matmul. */
  resetHidden: Float32Array;
  /** z ⊙ h_{t−1}: the part of the old state the update gate keeps. */
  kept: Float32Array;
  /** 1 − z: the share of the candidate written, in (0, 1); the selector z leaves for n. */
  oneMinusUpdate: Float32Array;
  /** (1 − z) ⊙ n: the part of the candidate that replaces it. */
  written: Float32Array;
  /** h_t = (1 − z) ⊙ n + z ⊙ h_{t−1} = kept + written. */
  hidden: Float32Array;
  /**
   * The same weights and input in the other convention students meet (Cho et al. 2014, Keras's
   * `reset_after=False`): r scales h before the matmul, n = tanh(W_in x + b_in + W_hn (r ⊙ h) + b_hn).
   * Not what PyTorch computes; shown only to compare.
   */
  resetBefore: GruResetBefore;
}

/** One GRU step's candidate and output had r been applied before the hidden matmul ("reset before"). */
export interface GruResetBefore {
  /** W_hn (r ⊙ h_{t−1}) + b_hn. */
  resetHidden: Float32Array;
  /** n = tanh(W_in x + b_in + W_hn (r ⊙ h_{t−1}) + b_hn). */
  candidate: Float32Array;
  /** (1 − z) ⊙ n + z ⊙ h_{t−1} with that n. */
  hidden: Float32Array;
}

const values = (tensor: tf.Tensor) => new Float32Array(tensor.dataSync());

/**
 * Reads one step's tensors (batch of one) into an explanation, computing the few extra products
 * it shows with the same kernels. `hPrev` is the step's h_{t−1} `(1, H)` and `weights` its layer.
 * Call inside the tidy that made them.
 */
export function readGruExplanation(
  step: GruStepTensors,
  weights: LayerWeights,
  hPrev: tf.Tensor2D,
  input: Float32Array,
  previousHidden: Float32Array,
): GruCellExplanation {
  const oneMinusUpdate = sub(tf.onesLike(step.z), step.z);
  // Reset before: W_hn (r ⊙ h) + b_hn. The matmul yields all three gates' columns; n's are the last.
  const resetBeforeHidden = splitColumns(matMul(mul(step.r, hPrev), weights.weightHhT, weights.hiddenBias), 3)[2]!;
  const resetBeforeCandidate = tanh(add(step.inputSide.n, resetBeforeHidden));
  const byGate = (tensors: Record<GruGateLetter, tf.Tensor>) =>
    Object.fromEntries(
      GRU_NOTATION.gates.map((gate) => [gate, values(tensors[GRU_NOTATION.gate[gate].letter])]),
    ) as Record<GruGateName, Float32Array>;
  return {
    input: Float32Array.from(input),
    previousHidden: Float32Array.from(previousHidden),
    inputSide: byGate(step.inputSide),
    hiddenSide: byGate(step.hiddenSide),
    gates: byGate(step),
    resetHidden: values(step.resetHidden),
    kept: values(mul(step.z, hPrev)),
    oneMinusUpdate: values(oneMinusUpdate),
    written: values(mul(oneMinusUpdate, step.n)),
    hidden: values(step.h),
    resetBefore: {
      resetHidden: values(resetBeforeHidden),
      candidate: values(resetBeforeCandidate),
      hidden: values(add(mul(oneMinusUpdate, resetBeforeCandidate), mul(step.z, hPrev))),
    },
  };
}
