import type * as tf from '@tensorflow/tfjs-core';
import type { GruStepTensors } from './gruDirection';

/** GRU's three fully connected layers by name, in PyTorch's packed order r, z, n. */
export type GruGateName = 'reset' | 'update' | 'candidate';

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
  /** h_t = (1 − z) ⊙ n + z ⊙ h_{t−1}. */
  hidden: Float32Array;
}

const values = (tensor: tf.Tensor) => new Float32Array(tensor.dataSync());

/** Reads one step's tensors (batch of one) into an explanation. Call inside the tidy that made them. */
export function readGruExplanation(
  step: GruStepTensors,
  input: Float32Array,
  previousHidden: Float32Array,
): GruCellExplanation {
  const sides = (side: GruStepTensors['inputSide']) => ({
    reset: values(side.r),
    update: values(side.z),
    candidate: values(side.n),
  });
  return {
    input: Float32Array.from(input),
    previousHidden: Float32Array.from(previousHidden),
    inputSide: sides(step.inputSide),
    hiddenSide: sides(step.hiddenSide),
    gates: { reset: values(step.r), update: values(step.z), candidate: values(step.n) },
    resetHidden: values(step.resetHidden),
    hidden: values(step.h),
  };
}
