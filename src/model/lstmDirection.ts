import * as tf from '@tensorflow/tfjs-core';
import { projectInputs, timeOrder } from './inputProjection';
import { add, matMul, mul, sigmoid, splitColumns, tanh } from './kernels';
import type { LayerWeights } from './layerWeights';

/** The tensors of one LSTM step, each `(B, H)` (`h` is `(B, proj_size)` with a projection). */
export interface LstmStepTensors {
  t: number;
  i: tf.Tensor2D;
  f: tf.Tensor2D;
  g: tf.Tensor2D;
  o: tf.Tensor2D;
  c: tf.Tensor2D;
  h: tf.Tensor2D;
  /** What each gate's fully connected layer computed before its activation: W·[h, x] + b. */
  preActivation: { i: tf.Tensor2D; f: tf.Tensor2D; g: tf.Tensor2D; o: tf.Tensor2D };
  /** f ⊙ c_prev: the memory the forget gate let through. */
  kept: tf.Tensor2D;
  /** i ⊙ g: what the input gate wrote of the candidate. */
  written: tf.Tensor2D;
  /** tanh(c'), which the output gate scales into h. */
  cellTanh: tf.Tensor2D;
}

/**
 * Runs one direction of one LSTM layer over `sequence` `(L, B, input)` from `h0` `(B, H_out)` and
 * `c0` `(B, H)`, returning every step in the order computed. Call inside `tf.tidy`.
 *
 * PyTorch's equations, gates packed in the order i, f, g, o:
 *   i = σ(W_ii x + b_ii + W_hi h + b_hi)      f = σ(W_if x + b_if + W_hf h + b_hf)
 *   g = tanh(W_ig x + b_ig + W_hg h + b_hg)   o = σ(W_io x + b_io + W_ho h + b_ho)
 *   c' = f ⊙ c + i ⊙ g                        h' = o ⊙ tanh(c')   (then h' = h' · W_hrᵀ with proj_size)
 */
export function runLstmDirection(
  sequence: tf.Tensor3D,
  weights: LayerWeights,
  h0: tf.Tensor2D,
  c0: tf.Tensor2D,
  direction: number,
): LstmStepTensors[] {
  const xProjected = projectInputs(sequence, weights.weightIhT, weights.inputBias);
  const steps: LstmStepTensors[] = [];
  let hPrev = h0;
  let cPrev = c0;
  for (const t of timeOrder(sequence.shape[0], direction)) {
    const gatesPre = add(xProjected[t]!, matMul(hPrev, weights.weightHhT));
    const [iPre, fPre, gPre, oPre] = splitColumns(gatesPre, 4);
    const i = sigmoid(iPre!);
    const f = sigmoid(fPre!);
    const g = tanh(gPre!);
    const o = sigmoid(oPre!);
    const kept = mul(f, cPrev);
    const written = mul(i, g);
    const c = add(kept, written);
    const cellTanh = tanh(c);
    const hFull = mul(o, cellTanh);
    const h = weights.weightHrT ? matMul(hFull, weights.weightHrT) : hFull;
    // The intermediates are tensors the step makes anyway; naming them costs nothing.
    const preActivation = { i: iPre!, f: fPre!, g: gPre!, o: oPre! };
    steps.push({ t, i, f, g, o, c, h, preActivation, kept, written, cellTanh });
    hPrev = h;
    cPrev = c;
  }
  return steps;
}
