import * as tf from '@tensorflow/tfjs-core';
import { projectInputs, timeOrder } from './inputProjection';
import { add, matMul, relu, tanh } from './kernels';
import type { LayerWeights } from './layerWeights';
import type { Nonlinearity } from './types';

/** The tensors of one plain RNN step, each `(B, H)`. */
export interface RnnStepTensors {
  t: number;
  /** W_ih x + b_ih + W_hh h + b_hh: what the activation reads. */
  preActivation: tf.Tensor2D;
  /** The new hidden state, act(preActivation). */
  h: tf.Tensor2D;
}

/**
 * Runs one direction of one plain RNN layer over `sequence` `(L, B, input)` from `h0` `(B, H)`,
 * returning every step in the order computed. Call inside `tf.tidy`.
 *
 * PyTorch's equation (`nn.RNN`, `nn.RNNCell`), one block of rows, no gates:
 *   h' = act(W_ih x + b_ih + W_hh h + b_hh),   act = tanh (default) or relu
 * The two biases only ever appear summed, so `weights.inputBias` holds b_ih + b_hh.
 */
export function runRnnDirection(
  sequence: tf.Tensor3D,
  weights: LayerWeights,
  h0: tf.Tensor2D,
  direction: number,
  nonlinearity: Nonlinearity,
): RnnStepTensors[] {
  const xProjected = projectInputs(sequence, weights.weightIhT, weights.inputBias);
  const activation = nonlinearity === 'relu' ? relu : tanh;
  const steps: RnnStepTensors[] = [];
  let hPrev = h0;
  for (const t of timeOrder(sequence.shape[0], direction)) {
    const preActivation = add(xProjected[t]!, matMul(hPrev, weights.weightHhT));
    const h = activation(preActivation);
    steps.push({ t, preActivation, h });
    hPrev = h;
  }
  return steps;
}
