import * as tf from '@tensorflow/tfjs-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initBackend, liveTensorCount } from '../../src/model';
import { releaseCachedModel } from '../../src/model/modelCache';
import { createComparisonStore } from '../../src/store/compare/comparisonStore';
import { createGruExplorerStore } from '../../src/store/gru/gruExplorerStore';
import { createLstmExplorerStore } from '../../src/store/lstm/lstmExplorerStore';
import { createSequenceStore } from '../../src/store/sequence/sequenceStore';
import { WARM_UP_RUNS, warmUpNudge } from '../../src/store/warmUp';

// A store's warmUp runs its computation at idle so that V8 compiles it before the first drag: a
// student must see nothing of it, so it may change nothing, keep nothing and leak nothing.

beforeAll(async () => {
  await initBackend();
});
afterAll(() => releaseCachedModel());

const stores = {
  'LSTM explorer': createLstmExplorerStore,
  'GRU explorer': createGruExplorerStore,
  'LSTM vs GRU': createComparisonStore,
  sequence: createSequenceStore,
};

describe('warmUp', () => {
  for (const [name, create] of Object.entries(stores)) {
    it(`${name}: runs the model layer, and leaves the state as it was and the tensor count too`, async () => {
      const store = create();
      store.getState().recompute();
      const before = store.getState();
      let notified = 0;
      const unsubscribe = store.subscribe(() => notified++);
      // Once, profiled: it runs the model's kernels (a warm-up that computed nothing would warm nothing).
      const profile = await tf.profile(() => before.warmUp(0));
      expect(profile.kernels.length).toBeGreaterThan(10);
      const tensors = liveTensorCount();
      for (let run = 0; run < WARM_UP_RUNS; run++) before.warmUp(run);
      unsubscribe();
      expect(store.getState()).toBe(before);
      expect(notified).toBe(0);
      expect(liveTensorCount()).toBe(tensors);
    });
  }

  it('moves each value by a hundredth, one way then the other', () => {
    expect(Array.from({ length: 4 }, (_, run) => warmUpNudge(run))).toEqual([0.01, -0.01, 0.01, -0.01]);
  });
});
