import * as tf from '@tensorflow/tfjs-core';
import type { PlainTensor, StateDict } from '../types';
import { disposeLabGradients, labGradientTensors } from './labGradients';
import type { LabParameterTensors } from './labForward';
import { LAB_PARAMETER_NAMES, type LabKind, type RnnNonlinearity } from './labShapes';

/** A lab network's loss on one batch and every gradient of it, as plain data. */
export interface LabGradientValues {
  /** `(B)`: the head's output. */
  logit: PlainTensor;
  /** Mean BCE-with-logits loss. */
  loss: number;
  /** ∂loss/∂p by state-dict name (`rnn.weight_ih_l0` … `head.bias`), each shaped as p. */
  grads: StateDict;
  /** `(L, B, H)`: total ∂loss/∂h_t, t = 0 … L−1 (h_t the state after step t). */
  hiddenGradients: PlainTensor;
  /** `(L, B, H)`, LSTM only: total ∂loss/∂c_t. */
  cellGradients?: PlainTensor;
  /** `(L, B, H)`, LSTM and GRU: the carrying gate, f_t or z_t. */
  carry?: PlainTensor;
}

const plain = (tensor: tf.Tensor): PlainTensor => ({
  shape: [...tensor.shape],
  data: Float32Array.from(tensor.dataSync()),
});

/**
 * The loss of `kind` network `stateDict` (names as in PyTorch: `rnn.weight_ih_l0` … `head.bias`)
 * on `input` `(L, B, 2)` against `target` `(B)` of 0/1, and its gradients with respect to every
 * parameter and every state: what PyTorch's autograd gives for the same module. Leaves no tensor.
 */
export function labGradientValues(
  kind: LabKind,
  stateDict: StateDict,
  input: PlainTensor,
  target: Float32Array,
  nonlinearity: RnnNonlinearity = 'tanh',
): LabGradientValues {
  const parameters = Object.fromEntries(
    LAB_PARAMETER_NAMES.map((name) => {
      const tensor = stateDict[name];
      if (!tensor) throw new Error(`the state_dict has no ${name}`);
      return [name, tensor];
    }),
  );
  const tensors = Object.fromEntries(
    LAB_PARAMETER_NAMES.map((name) => [name, tf.tensor(parameters[name]!.data, parameters[name]!.shape)]),
  ) as LabParameterTensors;
  const inputTensor = tf.tensor3d(input.data, input.shape as [number, number, number]);
  const targetTensor = tf.tensor1d(target);
  const result = labGradientTensors(kind, tensors, inputTensor, targetTensor, { states: true, nonlinearity });
  try {
    const stacked = (list: tf.Tensor[]) => {
      const tensor = tf.stack(list);
      try {
        return plain(tensor);
      } finally {
        tensor.dispose();
      }
    };
    return {
      logit: plain(result.logit),
      loss: result.loss.dataSync()[0]!,
      grads: Object.fromEntries(LAB_PARAMETER_NAMES.map((name) => [name, plain(result.grads[name])])),
      hiddenGradients: stacked(result.hiddenGrads!),
      cellGradients: result.cellGrads && stacked(result.cellGrads),
      carry: result.carry && plain(result.carry),
    };
  } finally {
    disposeLabGradients(result);
    tf.dispose([...Object.values(tensors), inputTensor, targetTensor]);
  }
}
