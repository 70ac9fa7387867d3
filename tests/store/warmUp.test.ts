import * as tf from '@tensorflow/tfjs-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initBackend, liveTensorCount } from '../../src/model';
import { releaseCachedModel } from '../../src/model/modelCache';
import { createComparisonStore } from '../../src/store/compare/comparisonStore';
import { createGruExplorerStore } from '../../src/store/gru/gruExplorerStore';
import { createLstmExplorerStore } from '../../src/store/lstm/lstmExplorerStore';
import { createSequenceStore } from '../../src/store/sequence/sequenceStore';
import { WARM_UP_RUNS, type WarmUp, warmUpNudge } from '../../src/store/warmUp';

// A store's warmUp runs its computation at idle so that V8 compiles it before the first drag: a
// student must see nothing of it, so it may keep nothing and leak nothing. The explorers and the
// sequence store rehearse (they put the moved numbers in place for their view to render, then put
// their state back); the comparison changes nothing at all.

beforeAll(async () => {
  await initBackend();
});
afterAll(() => releaseCachedModel());

const computingOnly = { 'LSTM vs GRU': createComparisonStore };
const explorers = { 'LSTM explorer': createLstmExplorerStore, 'GRU explorer': createGruExplorerStore };

/** Runs every warm-up run as useWarmUpWhenIdle does, rehearsals put back; returns how many notices the store sent. */
function warmUpFully(store: { getState: () => { warmUp: WarmUp }; subscribe: (listener: () => void) => () => void }) {
  let notified = 0;
  const unsubscribe = store.subscribe(() => notified++);
  for (let run = 0; run < WARM_UP_RUNS; run++) store.getState().warmUp(run)?.();
  unsubscribe();
  return notified;
}

/**
 * Puts a rehearsal's state back with `restore`, then runs every warm-up run: each time the very
 * state from before the rehearsal is back (the same object), and no tensor is left over.
 */
function expectEveryRehearsalPutBack<State extends { warmUp: WarmUp }>(
  store: { getState: () => State; subscribe: (listener: () => void) => () => void },
  before: State,
  restore: () => void,
) {
  restore();
  expect(store.getState()).toBe(before);
  const tensors = liveTensorCount();
  expect(warmUpFully(store)).toBe(2 * WARM_UP_RUNS);
  expect(store.getState()).toBe(before);
  expect(liveTensorCount()).toBe(tensors);
}

describe('warmUp', () => {
  for (const [name, create] of Object.entries(computingOnly)) {
    it(`${name}: runs the model layer, and leaves the state as it was and the tensor count too`, async () => {
      const store = create();
      store.getState().recompute();
      const before = store.getState();
      // Once, profiled: it runs the model's kernels (a warm-up that computed nothing would warm nothing).
      const profile = await tf.profile(() => {
        expect(before.warmUp(0)).toBeUndefined();
      });
      expect(profile.kernels.length).toBeGreaterThan(10);
      const tensors = liveTensorCount();
      expect(warmUpFully(store)).toBe(0);
      expect(store.getState()).toBe(before);
      expect(liveTensorCount()).toBe(tensors);
    });
  }

  for (const [name, create] of Object.entries(explorers)) {
    it(`${name}: rehearses an input drag, the state it replaced kept beside it, with the numbers a drag computes, then puts every value back`, async () => {
      const store = create();
      store.getState().recompute();
      const before = store.getState();
      expect(before.beforeRehearsal).toBeUndefined();
      let restore: (() => void) | undefined;
      const profile = await tf.profile(() => {
        restore = before.warmUp(1);
      });
      expect(profile.kernels.length).toBeGreaterThan(10);
      const rehearsed = store.getState();
      expect(rehearsed.beforeRehearsal).toBe(before);
      rehearsed.input.forEach((value, index) => expect(value).toBeCloseTo(before.input[index]! + warmUpNudge(1), 12));
      const hidden = (state: typeof before) => Array.from(state.explanation!.hidden);
      expect(hidden(rehearsed)).not.toEqual(hidden(before));

      // What the rehearsal shows is what a drag to the same inputs shows.
      const dragged = create();
      dragged.getState().recompute();
      rehearsed.input.forEach((value, index) => dragged.getState().setInput(index, value));
      expect(hidden(rehearsed)).toEqual(hidden(dragged.getState()));
      expect(dragged.getState().beforeRehearsal).toBeUndefined();

      expectEveryRehearsalPutBack(store, before, restore!);
    });
  }

  it('sequence: rehearses a bias drag, with the moved numbers computed as the drag computes them, then puts every value back', async () => {
    const store = createSequenceStore();
    store.getState().recompute();
    const before = store.getState();
    let restore: (() => void) | undefined;
    const profile = await tf.profile(() => {
      restore = before.warmUp(0);
    });
    expect(profile.kernels.length).toBeGreaterThan(10);
    const rehearsed = store.getState();
    expect(rehearsed.beforeRehearsal).toBe(before);
    for (const gate of Object.keys(before.biasShifts) as (keyof typeof before.biasShifts)[])
      expect(rehearsed.biasShifts[gate]).toBeCloseTo(before.biasShifts[gate]! + warmUpNudge(0), 12);
    expect(rehearsed.run).toBeDefined();
    expect(Array.from(rehearsed.run!.result.output!.data)).not.toEqual(Array.from(before.run!.result.output!.data));

    // What the rehearsal shows is what a drag to the same shifts shows.
    const dragged = createSequenceStore();
    dragged.getState().recompute();
    for (const gate of Object.keys(before.biasShifts) as (keyof typeof before.biasShifts)[])
      dragged.getState().setBiasShift(gate, rehearsed.biasShifts[gate]!);
    expect(Array.from(rehearsed.run!.result.output!.data)).toEqual(
      Array.from(dragged.getState().run!.result.output!.data),
    );

    expectEveryRehearsalPutBack(store, before, restore!);
  });

  it('moves each value by a hundredth, one way then the other', () => {
    expect(Array.from({ length: 4 }, (_, run) => warmUpNudge(run))).toEqual([0.01, -0.01, 0.01, -0.01]);
  });
});
