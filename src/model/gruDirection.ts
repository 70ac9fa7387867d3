import * as tf from '@tensorflow/tfjs-core';
import { projectInputs, timeOrder } from './inputProjection';
import { add, matMul, mul, sigmoid, splitColumns, sub, tanh } from './kernels';
import type { LayerWeights } from './layerWeights';

/** The tensors of one GRU step, each `(B, H)`. */
export interface GruStepTensors {
  t: number;
  r: tf.Tensor2D;
  z: tf.Tensor2D;
  n: tf.Tensor2D;
  h: tf.Tensor2D;
  /** W_i· x + b_i· for each gate: the input side, before the hidden side joins it. */
  inputSide: { r: tf.Tensor2D; z: tf.Tensor2D; n: tf.Tensor2D };
  /** W_h· h + b_h· for each gate: the hidden side, which r scales for n (reset after). */
  hiddenSide: { r: tf.Tensor2D; z: tf.Tensor2D; n: tf.Tensor2D };
  /** r ⊙ (W_hn h + b_hn): how much of the past the candidate may read. */
  resetHidden: tf.Tensor2D;
}

/**
 * Runs one direction of one GRU layer over `sequence` `(L, B, input)` from `h0` `(B, H)`,
 * returning every step in the order computed. Call inside `tf.tidy`.
 *
 * PyTorch's equations, gates packed in the order r, z, n:
 *   r = σ(W_ir x + b_ir + W_hr h + b_hr)      z = σ(W_iz x + b_iz + W_hz h + b_hz)
 *   n = tanh(W_in x + b_in + r ⊙ (W_hn h + b_hn))
 *   h' = (1 − z) ⊙ n + z ⊙ h
 * The reset gate scales the hidden side after its matmul and bias ("reset after"), which is why
 * b_hh is added on the hidden side here, unlike the LSTM's folded biases.
 */
export function runGruDirection(
  sequence: tf.Tensor3D,
  weights: LayerWeights,
  h0: tf.Tensor2D,
  direction: number,
): GruStepTensors[] {
  const xProjected = projectInputs(sequence, weights.weightIhT, weights.inputBias);
  const steps: GruStepTensors[] = [];
  let hPrev = h0;
  for (const t of timeOrder(sequence.shape[0], direction)) {
    const hProjected = matMul(hPrev, weights.weightHhT, weights.hiddenBias);
    const [xr, xz, xn] = splitColumns(xProjected[t]!, 3);
    const [hr, hz, hn] = splitColumns(hProjected, 3);
    const r = sigmoid(add(xr!, hr!));
    const z = sigmoid(add(xz!, hz!));
    const resetHidden = mul(r, hn!);
    const n = tanh(add(xn!, resetHidden));
    // (1 − z) ⊙ n + z ⊙ h rewritten as n + z ⊙ (h − n): one op fewer, and the form PyTorch's kernel uses.
    const h = add(n, mul(z, sub(hPrev, n)));
    // The intermediates are tensors the step makes anyway; naming them costs nothing.
    const inputSide = { r: xr!, z: xz!, n: xn! };
    const hiddenSide = { r: hr!, z: hz!, n: hn! };
    steps.push({ t, r, z, n, h, inputSide, hiddenSide, resetHidden });
    hPrev = h;
  }
  return steps;
}
