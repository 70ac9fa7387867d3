import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { initLabBackend } from '../../../src/model/lab/labBackend';
import {
  bceWithLogits,
  labForward,
  type LabParameterTensors,
  type StatePerturbation,
} from '../../../src/model/lab/labForward';
import { labGradientValues } from '../../../src/model/lab/labGradientValues';
import { initialLabStateDict, LAB_PARAMETER_NAMES, type LabKind } from '../../../src/model/lab/labShapes';
import { recallBatch } from '../../../src/model/lab/recallTask';
import type { StateDict } from '../../../src/model/types';

beforeAll(async () => {
  expect(await initLabBackend('cpu')).toBe('cpu');
});

const KINDS: LabKind[] = ['RNN', 'LSTM', 'GRU'];
const STEPS = 4;
const BATCH = 2;
const HIDDEN = 2;
const batch = recallBatch(STEPS, BATCH, 11);

/** Weights three times PyTorch's init bound, so the gates are far from 0.5 and the states well apart. */
function tinyWeights(kind: LabKind): StateDict {
  const weights = initialLabStateDict(kind, HIDDEN, 5);
  for (const tensor of Object.values(weights)) tensor.data.forEach((value, index) => (tensor.data[index] = value * 3));
  return weights;
}

/** The loss with the states shifted by `perturbation` (labForward's textbook route to ∂loss/∂h_t). */
function perturbedLoss(kind: LabKind, parameters: LabParameterTensors, perturbation: StatePerturbation): tf.Scalar {
  const input = tf.tensor3d(batch.input.data, [STEPS, BATCH, 2]);
  return bceWithLogits(labForward(kind, parameters, input, 'tanh', perturbation).logit, tf.tensor1d(batch.target));
}

/** The loss with ε = `delta` at one entry of h_t (or c_t), every other state unperturbed. */
function lossWithStateShift(kind: LabKind, weights: StateDict, state: 'hidden' | 'cell', index: number, delta: number) {
  return tf.tidy(() => {
    const parameters = Object.fromEntries(
      LAB_PARAMETER_NAMES.map((name) => [name, tf.tensor(weights[name]!.data, weights[name]!.shape)]),
    ) as LabParameterTensors;
    const shifts = (which: 'hidden' | 'cell') => {
      const data = new Float32Array(STEPS * BATCH * HIDDEN);
      if (which === state) data[index] = delta;
      return tf.unstack(tf.tensor3d(data, [STEPS, BATCH, HIDDEN])) as tf.Tensor2D[];
    };
    const loss = perturbedLoss(kind, parameters, { hidden: shifts('hidden'), cell: shifts('cell') });
    return loss.dataSync()[0]!;
  });
}

/** Central difference: float32 losses near 0.7 round at ~6e-8, so h = 5e-3 leaves ~1e-5 of noise. */
const H = 5e-3;
const close = (got: number, want: number) =>
  expect(Math.abs(got - want)).toBeLessThanOrEqual(1e-4 + 2e-3 * Math.abs(want));

describe('lab gradients', () => {
  for (const kind of KINDS) {
    it(`${kind}: every parameter's gradient equals central finite differences`, () => {
      const weights = tinyWeights(kind);
      const { grads, loss } = labGradientValues(kind, weights, batch.input, batch.target);
      expect(loss).toBeGreaterThan(0);
      let nonZero = 0;
      for (const name of LAB_PARAMETER_NAMES) {
        const tensor = weights[name]!;
        expect(grads[name]!.shape).toEqual(tensor.shape);
        tensor.data.forEach((value, index) => {
          const at = (shift: number) => {
            const data = Float32Array.from(tensor.data);
            data[index] = value + shift;
            return labGradientValues(
              kind,
              { ...weights, [name]: { shape: tensor.shape, data } },
              batch.input,
              batch.target,
            ).loss;
          };
          const numeric = (at(H) - at(-H)) / (2 * H);
          const analytic = grads[name]!.data[index]!;
          close(analytic, numeric);
          if (Math.abs(analytic) > 1e-3) nonZero++;
        });
        // The gradients reached every weight through the cell's runKernel ops, not just the head.
        expect(nonZero, name).toBeGreaterThan(0);
        nonZero = 0;
      }
    });

    it(`${kind}: ∂loss/∂h_t${kind === 'LSTM' ? ' and ∂loss/∂c_t' : ''} equal finite differences of a state shift ε_t`, () => {
      const weights = tinyWeights(kind);
      const values = labGradientValues(kind, weights, batch.input, batch.target);
      expect(values.hiddenGradients.shape).toEqual([STEPS, BATCH, HIDDEN]);
      const states: ['hidden' | 'cell', Float32Array][] = [['hidden', values.hiddenGradients.data]];
      if (kind === 'LSTM') states.push(['cell', values.cellGradients!.data]);
      else expect(values.cellGradients).toBeUndefined();
      for (const [state, analytic] of states) {
        analytic.forEach((want, index) => {
          const numeric =
            (lossWithStateShift(kind, weights, state, index, H) - lossWithStateShift(kind, weights, state, index, -H)) /
            (2 * H);
          close(want, numeric);
        });
        // The first step's state matters (the bit is there), if less than the last's.
        expect(Math.abs(analytic[0]!) + Math.abs(analytic[1]!)).toBeGreaterThan(1e-4);
      }
    });

    it(`${kind}: equals autograd through ε_t added step by step (the textbook method), and leaves no tensor`, () => {
      const weights = tinyWeights(kind);
      const before = tf.memory().numTensors;
      const direct = labGradientValues(kind, weights, batch.input, batch.target);
      expect(tf.memory().numTensors).toBe(before);
      const viaEpsilon = tf.tidy(() => {
        const parameters = Object.fromEntries(
          LAB_PARAMETER_NAMES.map((name) => [name, tf.tensor(weights[name]!.data, weights[name]!.shape)]),
        ) as LabParameterTensors;
        const zeros = () => Array.from({ length: STEPS }, () => tf.zeros([BATCH, HIDDEN]) as tf.Tensor2D);
        const hidden = zeros();
        const cell = zeros();
        const { grads } = tf
          .engine()
          .gradients(
            () => perturbedLoss(kind, parameters, { hidden, cell }),
            [...hidden, ...(kind === 'LSTM' ? cell : [])],
            undefined,
            true,
          );
        return grads.length > STEPS ? tf.concat(grads).dataSync() : tf.stack(grads).dataSync();
      });
      const directValues = [...direct.hiddenGradients.data, ...(direct.cellGradients?.data ?? [])];
      expect(viaEpsilon.length).toBe(directValues.length);
      Array.from(viaEpsilon).forEach((value, index) => expect(directValues[index]).toBeCloseTo(value, 6));
    });
  }
});
