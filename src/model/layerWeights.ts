import * as tf from '@tensorflow/tfjs-core';
import { cellKindOf, isCellModule } from './parameterShapes';
import type { PlainTensor, RecurrentModule, StateDict } from './types';

/**
 * The tensors one direction of one layer computes with. PyTorch packs the gates (i, f, g, o or
 * r, z, n; the plain RNN has one block) in the rows of each weight; these hold the weights transposed, `(input, G·H)`, so
 * `x · W_ihᵀ` gives all gates' pre-activations at once as a plain product. (tfjs-wasm 4.22's fused
 * matMul adds the bias along the wrong axis when asked to transpose b itself, so the transpose is
 * done once here instead.) Only lives inside a `tf.tidy` of the model layer.
 */
export interface LayerWeights {
  /** W_ihᵀ, `(input, G·H)`. */
  weightIhT: tf.Tensor2D;
  /** W_hhᵀ, `(H_out, G·H)`. */
  weightHhT: tf.Tensor2D;
  /**
   * `(G·H)`, added to `x · W_ihᵀ`; undefined when bias=False. For LSTM and RNN it is b_ih + b_hh:
   * the two only ever appear summed, so they are folded once here.
   */
  inputBias?: tf.Tensor1D;
  /** GRU only: b_hh `(3H)`, added to `h · W_hhᵀ`, since the reset gate scales b_hn but not b_in. */
  hiddenBias?: tf.Tensor1D;
  /** W_hrᵀ, `(H, proj_size)`, LSTM with projection only. */
  weightHrT?: tf.Tensor2D;
}

/** `tensor` `(rows, columns)` uploaded as its transpose, `(columns, rows)`. Call inside `tf.tidy`. */
export function transposed(tensor: PlainTensor): tf.Tensor2D {
  return tf.transpose(tf.tensor2d(tensor.data, [tensor.shape[0] ?? 0, tensor.shape[1] ?? 0]));
}

/** Parameter name suffix PyTorch uses for `layer` and `direction` (`_l1_reverse`); none for cells. */
export function parameterSuffix(module: RecurrentModule, layer: number, direction: number): string {
  if (isCellModule(module)) return '';
  return `_l${layer}${direction === 1 ? '_reverse' : ''}`;
}

/**
 * Uploads the (already validated) parameters of one layer and direction as tensors; each weight
 * matrix through `matrix`, which gives its transpose (uploaded, or taken over: see
 * weightUploads.ts). Call inside `tf.tidy`.
 */
export function layerWeights(
  module: RecurrentModule,
  weights: StateDict,
  layer: number,
  direction: number,
  matrix: (weight: PlainTensor) => tf.Tensor2D = transposed,
): LayerWeights {
  const suffix = parameterSuffix(module, layer, direction);
  const required = (name: string): PlainTensor => {
    const tensor = weights[name + suffix];
    // Weights are validated before any tensor is made; reaching this is a bug, not bad input.
    if (!tensor) throw new Error(`internal: ${name + suffix} missing after validation`);
    return tensor;
  };
  const projection = weights[`weight_hr${suffix}`];
  const biasIh = weights[`bias_ih${suffix}`];
  const biasHh = weights[`bias_hh${suffix}`];
  // Only the GRU keeps b_hh apart: its reset gate scales b_hn but not b_in.
  const folded = cellKindOf(module) !== 'GRU';
  return {
    weightIhT: matrix(required('weight_ih')),
    weightHhT: matrix(required('weight_hh')),
    inputBias:
      biasIh && biasHh && (folded ? (tf.add(biasIh.data, biasHh.data) as tf.Tensor1D) : tf.tensor1d(biasIh.data)),
    hiddenBias: biasHh && !folded ? tf.tensor1d(biasHh.data) : undefined,
    weightHrT: projection ? matrix(projection) : undefined,
  };
}
