import * as tf from '@tensorflow/tfjs-core';
import { projectInputs, timeOrder } from '../inputProjection';
import { add, matMul, tanh } from '../kernels';
import type { LayerWeights } from '../layerWeights';
import type { RnnNonlinearity } from './labShapes';

// STAND-IN, to be replaced: the model layer's own plain RNN (src/model/rnnDirection.ts,
// `runRnnDirection`) is being written in parallel. Until it is merged, the lab runs this minimal
// step, built from the same kernels and input projection as runLstmDirection / runGruDirection.
// Same signature as the model layer's (its Nonlinearity type is RnnNonlinearity's twin), so the
// swap is the import in labForward.ts; the equations are PyTorch's.

/** The tensors of one RNN step, each `(B, H)`. */
export interface RnnStepTensors {
  t: number;
  h: tf.Tensor2D;
  /** W_ih x + b_ih + W_hh h + b_hh, before the nonlinearity. */
  preActivation: tf.Tensor2D;
}

/**
 * Runs one direction of one `nn.RNN` layer over `sequence` `(L, B, input)` from `h0` `(B, H)`,
 * returning every step in the order computed. Call inside `tf.tidy` (or a gradient tape).
 *
 * PyTorch's equation: h' = tanh(W_ih x + b_ih + W_hh h + b_hh) (relu in place of tanh with
 * nonlinearity='relu'). `weights.inputBias` is b_ih + b_hh folded, as for the LSTM; a
 * `hiddenBias`, if given, is added to W_hh h instead.
 */
export function runRnnDirection(
  sequence: tf.Tensor3D,
  weights: LayerWeights,
  h0: tf.Tensor2D,
  direction: number,
  nonlinearity: RnnNonlinearity,
): RnnStepTensors[] {
  const xProjected = projectInputs(sequence, weights.weightIhT, weights.inputBias);
  const steps: RnnStepTensors[] = [];
  let hPrev = h0;
  for (const t of timeOrder(sequence.shape[0], direction)) {
    const preActivation = add(xProjected[t]!, matMul(hPrev, weights.weightHhT, weights.hiddenBias));
    const h = nonlinearity === 'tanh' ? tanh(preActivation) : (tf.relu(preActivation) as tf.Tensor2D);
    steps.push({ t, h, preActivation });
    hPrev = h;
  }
  return steps;
}
