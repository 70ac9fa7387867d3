import * as tf from '@tensorflow/tfjs-core';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_PATH, exampleFile } from '../../src/cli/trainExample/exampleFile';
import { SHIPPED_TRAINING, trainRememberMarked } from '../../src/cli/trainExample/training';
import { trainedExampleText } from '../../src/content/examples/trainedExample';
import { readSafetensorsHeader } from '../../src/model/safetensors';

// The training script of the shipped example. Its full run (about 15 s on two cores) is not
// repeated here; these check what makes it reproducible and that its setup learns the task.

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('trainRememberMarked', () => {
  it('gives the same bytes twice from the same seed, and another seed other bytes, leaving no tensor behind', () => {
    const options = { ...SHIPPED_TRAINING, steps: 5, batchSize: 8 };
    const before = tf.memory().numTensors;
    const first = exampleFile(trainRememberMarked(options).stateDict, options);
    const second = exampleFile(trainRememberMarked(options).stateDict, options);
    const other = exampleFile(trainRememberMarked({ ...options, seed: 2 }).stateDict, options);
    expect(tf.memory().numTensors).toBe(before);
    expect(second).toEqual(first);
    expect(other).not.toEqual(first);
  });

  it('learns the task with the shipped settings: the batch error falls from 0.3 to below 0.05 within 150 steps', () => {
    const { losses } = trainRememberMarked({ ...SHIPPED_TRAINING, steps: 150 });
    expect(losses[0]).toBeGreaterThan(0.2);
    expect(Math.max(...losses.slice(-10))).toBeLessThan(0.05);
  }, 30_000);

  it('names the PyTorch parameters as nn.LSTM and nn.Linear inside RememberMarked do', () => {
    const { stateDict } = trainRememberMarked({ ...SHIPPED_TRAINING, steps: 1, batchSize: 2 });
    expect(Object.fromEntries(Object.entries(stateDict).map(([name, tensor]) => [name, tensor.shape]))).toEqual({
      'lstm.weight_ih_l0': [16, 2],
      'lstm.weight_hh_l0': [16, 4],
      'lstm.bias_ih_l0': [16],
      'lstm.bias_hh_l0': [16],
      'head.weight': [1, 4],
      'head.bias': [1],
    });
  });
});

describe('the shipped file', () => {
  it('records the settings that made it, the ones npm run train:example uses', () => {
    const shipped = readSafetensorsHeader(new Uint8Array(readFileSync(EXAMPLE_PATH)), EXAMPLE_PATH).metadata;
    const expected = readSafetensorsHeader(exampleFile({}, SHIPPED_TRAINING)).metadata;
    expect(shipped).toEqual(expected);
    expect(shipped).toMatchObject({ seed: String(SHIPPED_TRAINING.seed), steps: String(SHIPPED_TRAINING.steps) });
    // The page's line on how it was trained states the same settings.
    for (const text of Object.values(trainedExampleText.training))
      for (const setting of [SHIPPED_TRAINING.steps, SHIPPED_TRAINING.batchSize])
        expect(text).toContain(String(setting));
  });
});
