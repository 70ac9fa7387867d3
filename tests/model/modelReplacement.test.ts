import * as tf from '@tensorflow/tfjs-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initBackend, liveTensorCount } from '../../src/model/backend';
import { defaultConfig } from '../../src/model/config';
import { releaseCachedModel } from '../../src/model/modelCache';
import { randomWeights } from '../../src/model/randomWeights';
import { createRecurrentModel } from '../../src/model/recurrentModel';
import type { PlainTensor, RecurrentConfig, StateDict } from '../../src/model/types';
import { uploadWeights } from '../../src/model/weightUploads';

// A bias slider in the sequence view rebuilds its nn.LSTM on every step with new biases and the
// very same weight matrices; the new model takes the old one's uploads of those matrices over.

beforeAll(async () => {
  await initBackend();
});
afterAll(() => releaseCachedModel());

const config: RecurrentConfig = { ...defaultConfig(5, 6), numLayers: 2, bidirectional: true };
const weights = randomWeights('LSTM', config, 11);
const input: PlainTensor = {
  shape: [4, 2, 5],
  data: Float32Array.from({ length: 40 }, (_, index) => Math.sin(index * 0.7)),
};

/** `from` with every b_ih replaced by a copy shifted by `shift`: new biases, the same matrices. */
function withBiasesShifted(from: StateDict, shift: number): StateDict {
  const shifted = { ...from };
  for (const name of Object.keys(from))
    if (name.startsWith('bias_ih'))
      shifted[name] = { shape: from[name]!.shape, data: from[name]!.data.map((value) => value + shift) };
  return shifted;
}

describe('a model built to replace another', () => {
  it('computes exactly what a fresh model computes, and frees the model it replaced', () => {
    const before = liveTensorCount();
    const first = createRecurrentModel('LSTM', config, weights);
    const oneModel = liveTensorCount() - before;
    const shifted = withBiasesShifted(weights, 1.5);
    const second = createRecurrentModel('LSTM', config, shifted, first);
    expect(liveTensorCount() - before).toBe(oneModel);
    expect(() => first.run(input)).toThrow(/disposed/);

    const fresh = createRecurrentModel('LSTM', config, shifted);
    const unshifted = createRecurrentModel('LSTM', config, weights);
    expect(second.run(input)).toEqual(fresh.run(input));
    // The shift reached the numbers: the replaced model's biases are not what runs.
    expect(second.run(input).hN).not.toEqual(unshifted.run(input).hN);
    for (const model of [second, fresh, unshifted]) model.dispose();
    expect(liveTensorCount()).toBe(before);
  });

  it('takes over each matrix uploaded from the same array, and uploads new biases and copied matrices', () => {
    tf.tidy(() => {
      const first = uploadWeights('LSTM', config, weights);
      const copied = {
        ...withBiasesShifted(weights, 1),
        weight_hh_l1: { ...weights.weight_hh_l1!, data: weights.weight_hh_l1!.data.slice() },
      };
      const second = uploadWeights('LSTM', config, copied, first);
      second.layers.forEach((layer, index) => {
        const earlier = first.layers[index]!;
        expect(layer.weightIhT).toBe(earlier.weightIhT);
        expect(layer.inputBias).not.toBe(earlier.inputBias);
        // Layer 1's forward W_hh is a copy: equal values, but another array, so uploaded again.
        if (index === 2) expect(layer.weightHhT).not.toBe(earlier.weightHhT);
        else expect(layer.weightHhT).toBe(earlier.weightHhT);
      });
    });
  });

  it('leaves the model it would replace working when the new weights are refused', () => {
    const before = liveTensorCount();
    const first = createRecurrentModel('LSTM', config, weights);
    const expected = first.run(input);
    const held = liveTensorCount();
    const bad = withBiasesShifted(weights, 0);
    bad.bias_hh_l1_reverse = { shape: [24], data: new Float32Array(24).fill(Number.NaN) };
    expect(() => createRecurrentModel('LSTM', config, bad, first)).toThrow(/bias_hh_l1_reverse holds NaN/);
    expect(() => createRecurrentModel('LSTM', defaultConfig(5, 7), weights, first)).toThrow(/weight_ih/);
    expect(liveTensorCount()).toBe(held);
    expect(first.run(input)).toEqual(expected);
    first.dispose();
    expect(liveTensorCount()).toBe(before);
  });

  it('uploads everything when it shares nothing with the model it replaces, and frees that model', () => {
    const before = liveTensorCount();
    const first = createRecurrentModel('LSTM', config, weights);
    const gruConfig = defaultConfig(5, 3);
    const gruWeights = randomWeights('GRU', gruConfig, 2);
    const gru = createRecurrentModel('GRU', gruConfig, gruWeights, first);
    expect(() => first.run(input)).toThrow(/disposed/);
    const gruInput = { shape: [4, 5], data: input.data.subarray(0, 20) };
    const fresh = createRecurrentModel('GRU', gruConfig, gruWeights);
    expect(gru.run(gruInput)).toEqual(fresh.run(gruInput));
    gru.dispose();
    fresh.dispose();
    expect(liveTensorCount()).toBe(before);
  });
});
