import * as tf from '@tensorflow/tfjs-core';
import { runGruDirection } from '../gruDirection';
import { matMul } from '../kernels';
import type { LayerWeights } from '../layerWeights';
import { runLstmDirection } from '../lstmDirection';
import type { LabKind, LabParameterName, RnnNonlinearity } from './labShapes';
import { runRnnDirection } from '../rnnDirection';

/** A lab network's parameters as tensors (variables while training), by state-dict name. */
export type LabParameterTensors = Record<LabParameterName, tf.Tensor>;

/** What one forward pass of a lab network computed; every tensor belongs to the caller's scope. */
export interface LabPass {
  /** `(B)`: the head's output at the last step, before the sigmoid. */
  logit: tf.Tensor1D;
  /** h_t for t = 0 … L−1, each `(B, H)`: the state after step t. */
  hidden: tf.Tensor2D[];
  /** LSTM only: c_t for t = 0 … L−1, each `(B, H)`. */
  cell?: tf.Tensor2D[];
  /**
   * The gate that carries the old state straight through, each `(B, H)`, t = 0 … L−1: the forget
   * gate f_t of the LSTM (c' = f ⊙ c + i ⊙ g) or the update gate z_t of the GRU
   * (h' = (1 − z) ⊙ n + z ⊙ h). Absent for the RNN, which has no such path.
   */
  carry?: tf.Tensor2D[];
}

/**
 * The recurrent layer's weights in the form the model layer's direction functions take, built
 * with differentiable ops from the parameters, so gradients reach the state-dict tensors.
 * The LSTM and the RNN fold b_ih + b_hh (they only ever appear summed); the GRU keeps b_hh on the
 * hidden side, where its reset gate scales b_hn.
 */
export function labLayerWeights(kind: LabKind, parameters: LabParameterTensors): LayerWeights {
  const biasIh = parameters['rnn.bias_ih_l0'] as tf.Tensor1D;
  const biasHh = parameters['rnn.bias_hh_l0'] as tf.Tensor1D;
  return {
    weightIhT: tf.transpose(parameters['rnn.weight_ih_l0']) as tf.Tensor2D,
    weightHhT: tf.transpose(parameters['rnn.weight_hh_l0']) as tf.Tensor2D,
    inputBias: kind === 'GRU' ? biasIh : (tf.add(biasIh, biasHh) as tf.Tensor1D),
    hiddenBias: kind === 'GRU' ? biasHh : undefined,
  };
}

/** Additions to the states, ε_t for each h_t (and for the LSTM each c_t), each `(B, H)`, t = 0 … L−1. */
export interface StatePerturbation {
  hidden: tf.Tensor2D[];
  cell?: tf.Tensor2D[];
}

/**
 * Runs a lab network on `input` `(L, B, 2)` from zero states with the model layer's own cell
 * code (runLstmDirection, runGruDirection; runRnnDirection), then the head on h_{L−1}:
 * logit = h_{L−1} · head.weightᵀ + head.bias. Call inside `tf.tidy` or a gradient tape: every
 * tensor it makes, including the returned ones, belongs to that scope.
 *
 * The sequence goes through the direction function one step at a time, as a length-1 sequence
 * carrying the states over. Given the whole sequence, the direction function projects every x_t
 * in one product and slices step t out of it; the gradient of each of those L slices is then padded
 * back to the whole product's size and summed, O(L²) work in the backward pass that made a training
 * step at L = 50 several times slower on the cpu backend. Same ops per step, same numbers.
 *
 * With `perturbation` (the textbook route to ∂loss/∂h_t, for the tests and the bench): ε_t is added
 * to each state as it is made, c_t before h_t = o_t ⊙ tanh(c_t) reads it, so ∂loss/∂ε_t = ∂loss/∂h_t.
 */
export function labForward(
  kind: LabKind,
  parameters: LabParameterTensors,
  input: tf.Tensor3D,
  nonlinearity: RnnNonlinearity = 'tanh',
  perturbation?: StatePerturbation,
): LabPass {
  const [steps, batch, features] = input.shape;
  const hiddenSize = parameters['rnn.weight_hh_l0'].shape[1]!;
  const weights = labLayerWeights(kind, parameters);
  const pass: Omit<LabPass, 'logit'> = {
    hidden: [],
    cell: kind === 'LSTM' ? [] : undefined,
    carry: kind === 'RNN' ? undefined : [],
  };
  let h = tf.zeros([batch, hiddenSize]) as tf.Tensor2D;
  let c = h;
  for (let t = 0; t < steps; t++) {
    const x = tf.slice(input, [t, 0, 0], [1, batch, features]);
    if (kind === 'LSTM') {
      const step = runLstmDirection(x, weights, h, c, 0)[0]!;
      c = step.c;
      h = step.h;
      if (perturbation) {
        c = tf.add(c, perturbation.cell![t]!);
        h = tf.mul(step.o, tf.tanh(c));
      }
      pass.cell!.push(c);
      pass.carry!.push(step.f);
    } else if (kind === 'GRU') {
      const step = runGruDirection(x, weights, h, 0)[0]!;
      h = step.h;
      pass.carry!.push(step.z);
    } else {
      h = runRnnDirection(x, weights, h, 0, nonlinearity)[0]!.h;
    }
    if (perturbation) h = tf.add(h, perturbation.hidden[t]!);
    pass.hidden.push(h);
  }
  return { ...pass, logit: labHead(parameters, h) };
}

/** The head, `nn.Linear(H, 1)`, on the last state `(B, H)`: logit = h · head.weightᵀ + head.bias, `(B)`. */
export function labHead(parameters: LabParameterTensors, last: tf.Tensor2D): tf.Tensor1D {
  const headWeightT = tf.transpose(parameters['head.weight']) as tf.Tensor2D;
  const logit = matMul(last, headWeightT, parameters['head.bias'] as tf.Tensor1D);
  return tf.reshape(logit, [last.shape[0]]);
}

/**
 * `nn.BCEWithLogitsLoss()` (mean over the batch) of `logit` `(B)` against `target` `(B)` in [0, 1],
 * in PyTorch's stable form: mean of max(x, 0) − x·y + log(1 + e^−|x|). A scalar ≥ 0.
 */
export function bceWithLogits(logit: tf.Tensor1D, target: tf.Tensor1D): tf.Scalar {
  const perSequence = tf.add(tf.sub(tf.relu(logit), tf.mul(logit, target)), tf.log1p(tf.exp(tf.neg(tf.abs(logit)))));
  return tf.mean(perSequence);
}
