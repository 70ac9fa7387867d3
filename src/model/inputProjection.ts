import * as tf from '@tensorflow/tfjs-core';
import { matMul, sliceRows } from './kernels';

/**
 * `x_t · W_ihᵀ + bias` (given W_ihᵀ) for every time step at once, as cuDNN does: one matrix product over the
 * whole `(L, B, input)` sequence instead of L small ones. Returns L tensors of `(B, G·H)`.
 */
export function projectInputs(sequence: tf.Tensor3D, weightIhT: tf.Tensor2D, bias?: tf.Tensor1D): tf.Tensor2D[] {
  const [steps, batch, features] = sequence.shape;
  const flat = tf.reshape(sequence, [steps * batch, features]) as tf.Tensor2D;
  const projected = matMul(flat, weightIhT, bias);
  // Step t is rows t·B … t·B + B − 1 of the (L·B, G·H) product, sliced out directly.
  return Array.from({ length: steps }, (_, t) => sliceRows(projected, t * batch, batch));
}

/** Time indices in the order a direction reads them: 0…L-1 forward, L-1…0 reverse. */
export function timeOrder(steps: number, direction: number): number[] {
  const order = Array.from({ length: steps }, (_, t) => t);
  return direction === 1 ? order.reverse() : order;
}
