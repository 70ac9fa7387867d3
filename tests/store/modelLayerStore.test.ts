import { describe, expect, it } from 'vitest';
import { createModelLayerStore } from '../../src/store/modelLayerStore';

describe('model layer store', () => {
  it('starts loading and records the backend the start-up chose', async () => {
    const store = createModelLayerStore();
    expect(store.getState().status).toEqual({ phase: 'loading' });
    await store.getState().startModelLayer(() => Promise.resolve('wasm'));
    expect(store.getState().status).toEqual({ phase: 'ready', backend: 'wasm' });
  });

  it('starts once: a second call does not run the start-up again', async () => {
    const store = createModelLayerStore();
    let calls = 0;
    const start = () => {
      calls++;
      return Promise.resolve('cpu' as const);
    };
    await Promise.all([store.getState().startModelLayer(start), store.getState().startModelLayer(start)]);
    expect(calls).toBe(1);
  });

  it('records a failure with its reason, and a later call may try again', async () => {
    const store = createModelLayerStore();
    await store.getState().startModelLayer(() => Promise.reject(new Error('no WebAssembly')));
    expect(store.getState().status).toEqual({ phase: 'failed', reason: 'no WebAssembly' });
    await store.getState().startModelLayer(() => Promise.resolve('cpu'));
    expect(store.getState().status).toEqual({ phase: 'ready', backend: 'cpu' });
  });
});
