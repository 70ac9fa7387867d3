import * as tf from '@tensorflow/tfjs-core';
// For its side effect: the gradient of every kernel, which tfjs-core alone leaves unregistered.
// The cell code calls kernels through engine.runKernel, which records them on the tape by kernel
// name; the gradients must be registered before a forward pass runs, hence here, at load.
import '@tensorflow/tfjs';
import { bceWithLogits, labForward, type LabParameterTensors } from './labForward';
import { LAB_PARAMETER_NAMES, type LabKind, type LabParameterName, type RnnNonlinearity } from './labShapes';

/** A loss and its gradients, as tensors the caller must dispose (see {@link disposeLabGradients}). */
export interface LabGradientTensors {
  /** Scalar: the mean BCE-with-logits loss. */
  loss: tf.Scalar;
  /** `(B)`: the head's output. */
  logit: tf.Tensor1D;
  /** ∂loss/∂p for every parameter p, shaped as p. */
  grads: Record<LabParameterName, tf.Tensor>;
  /** With `states`: total ∂loss/∂h_t for t = 0 … L−1, each `(B, H)`. */
  hiddenGrads?: tf.Tensor2D[];
  /** With `states`, LSTM only: total ∂loss/∂c_t, each `(B, H)`. */
  cellGrads?: tf.Tensor2D[];
  /** With `states`, LSTM and GRU: the carrying gate (f_t or z_t) stacked, `(L, B, H)`. */
  carry?: tf.Tensor3D;
  /**
   * Bytes tfjs held at the end of the forward pass beyond what it held at the start: the
   * activations the backward pass keeps, a step's working memory.
   */
  forwardBytes: number;
}

/**
 * The loss of a lab network on `input` `(L, B, 2)` against `target` `(B)` and its gradients, in
 * one forward and one backward pass over tfjs's tape. With `states`, also the gradients with
 * respect to the intermediate states h_t (and c_t): the states, which exist only inside the
 * forward pass, are appended to the list of tensors to differentiate as the pass makes them
 * (tfjs reads that list only after the forward pass has run). The backward pass computes these
 * gradients anyway on its way to the weights; asking for them only keeps them, at no extra op.
 * They are total derivatives: ∂loss/∂h_t sums every path from h_t to the loss.
 */
export function labGradientTensors(
  kind: LabKind,
  parameters: LabParameterTensors,
  input: tf.Tensor3D,
  target: tf.Tensor1D,
  options: { states?: boolean; nonlinearity?: RnnNonlinearity } = {},
): LabGradientTensors {
  const xs: tf.Tensor[] = LAB_PARAMETER_NAMES.map((name) => parameters[name]);
  const bytesBefore = tf.memory().numBytes;
  let forwardBytes = 0;
  let logit: tf.Tensor1D | undefined;
  let carry: tf.Tensor3D | undefined;
  let hiddenCount = 0;
  let cellCount = 0;
  const { value, grads } = tf.engine().gradients(
    () => {
      const pass = labForward(kind, parameters, input, options.nonlinearity);
      if (options.states) {
        hiddenCount = pass.hidden.length;
        cellCount = pass.cell?.length ?? 0;
        xs.push(...pass.hidden, ...(pass.cell ?? []));
        if (pass.carry) carry = tf.keep(tf.stack(pass.carry) as tf.Tensor3D);
      }
      logit = tf.keep(pass.logit);
      const loss = bceWithLogits(pass.logit, target);
      forwardBytes = tf.memory().numBytes - bytesBefore;
      return loss;
    },
    xs,
    undefined,
    true,
  );
  const count = LAB_PARAMETER_NAMES.length;
  const byName = Object.fromEntries(LAB_PARAMETER_NAMES.map((name, index) => [name, grads[index]!]));
  return {
    loss: value as tf.Scalar,
    logit: logit!,
    grads: byName as Record<LabParameterName, tf.Tensor>,
    hiddenGrads: options.states ? (grads.slice(count, count + hiddenCount) as tf.Tensor2D[]) : undefined,
    cellGrads: cellCount > 0 ? (grads.slice(count + hiddenCount) as tf.Tensor2D[]) : undefined,
    carry,
    forwardBytes,
  };
}

/** Frees every tensor of `result`. */
export function disposeLabGradients(result: LabGradientTensors): void {
  tf.dispose([
    result.loss,
    result.logit,
    ...Object.values(result.grads),
    ...(result.hiddenGrads ?? []),
    ...(result.cellGrads ?? []),
    ...(result.carry ? [result.carry] : []),
  ]);
}
