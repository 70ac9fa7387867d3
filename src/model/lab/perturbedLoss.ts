import * as tf from '@tensorflow/tfjs-core';
import { runGruDirection } from '../gruDirection';
import { runLstmDirection } from '../lstmDirection';
import { bceWithLogits, labHead, labLayerWeights, type LabParameterTensors } from './labForward';
import type { LabKind, RnnNonlinearity } from './labShapes';
import { runRnnDirection } from './rnnStandIn';

/** Additions to the states: ε_t for each h_t, and for the LSTM each c_t, each `(B, H)`, t = 0 … L−1. */
export interface StatePerturbation {
  hidden: tf.Tensor2D[];
  cell?: tf.Tensor2D[];
}

/**
 * The lab's loss with ε_t added to each state as it is made, h_t ← h_t + ε_t (and c_t ← c_t + ε^c_t
 * before h_t = o_t ⊙ tanh(c_t) reads it),
 * running the sequence one step at a time (a length-1 sequence per step) so that each perturbed
 * state is what the next step reads. At ε = 0 it is the loss of {@link labForward}, and
 * ∂loss/∂ε_t = ∂loss/∂h_t: the textbook definition of the state gradients, which the tests and the
 * bench hold labGradientTensors' direct method against. Call inside `tf.tidy` or a tape.
 */
export function perturbedLabLoss(
  kind: LabKind,
  parameters: LabParameterTensors,
  input: tf.Tensor3D,
  target: tf.Tensor1D,
  perturbation: StatePerturbation,
  nonlinearity: RnnNonlinearity = 'tanh',
): tf.Scalar {
  const [steps, batch, features] = input.shape;
  const hiddenSize = parameters['rnn.weight_hh_l0'].shape[1]!;
  const weights = labLayerWeights(kind, parameters);
  let h = tf.zeros([batch, hiddenSize]) as tf.Tensor2D;
  let c = h;
  for (let t = 0; t < steps; t++) {
    const x = tf.slice(input, [t, 0, 0], [1, batch, features]);
    if (kind === 'LSTM') {
      const [step] = runLstmDirection(x, weights, h, c, 0);
      c = tf.add(step!.c, perturbation.cell![t]!);
      // h_t reads c_t too: h = o ⊙ tanh(c) again from the shifted c, so the shift reaches the loss
      // by both paths, as ∂loss/∂c_t counts them.
      h = tf.add(tf.mul(step!.o, tf.tanh(c)), perturbation.hidden[t]!);
    } else {
      const [step] =
        kind === 'GRU' ? runGruDirection(x, weights, h, 0) : runRnnDirection(x, weights, h, 0, nonlinearity);
      h = tf.add(step!.h, perturbation.hidden[t]!);
    }
  }
  return bceWithLogits(labHead(parameters, h), target);
}
