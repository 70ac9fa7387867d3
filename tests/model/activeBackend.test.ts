import * as tf from '@tensorflow/tfjs-core';
import { expect, it } from 'vitest';
import { activeBackend, initBackend } from '../../src/model/backend';

// The stores compute only once activeBackend() names a backend. tfjs names the WASM backend as
// soon as it starts loading it, so a store that asked tf.getBackend() could compute (and throw)
// before the binary had arrived: a model file restored from a link can finish reading then.

it('names no backend while initBackend is still loading one, then the one it settled on', async () => {
  const pending = initBackend();
  expect(activeBackend()).toBeUndefined();
  const name = await pending;
  expect(activeBackend()).toBe(name);
  expect(tf.getBackend()).toBe(name);
});
