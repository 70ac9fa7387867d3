import { describe, expect, it } from 'vitest';
import { RECALL_MAX_LENGTH, RECALL_MIN_LENGTH } from '../../../src/model';
import { parseSafetensors } from '../../../src/model/safetensors';
import { keysNotKept } from '../../../src/store/connectSettingsToPage';
import { createLabStore, LAB_MAX_LENGTH, LAB_MIN_LENGTH, labTargetSteps } from '../../../src/store/lab/labStore';
import { hasLabSettings, labLink, labSettingsFromSearch, searchWithLabSettings } from '../../../src/store/lab/labUrl';
import { fakeLabTrainer } from './fakeLabTrainer';

async function openedStore(length = 50) {
  const trainer = fakeLabTrainer();
  let opened = 0;
  const store = createLabStore(
    () => {
      opened++;
      return Promise.resolve(trainer);
    },
    { sequenceLength: length, carryOpen: true },
  );
  await Promise.all([store.getState().open(), store.getState().open()]);
  return { store, trainer, opened: () => opened };
}

describe('lab store', () => {
  it('takes the lengths the model’s task allows', () => {
    expect([LAB_MIN_LENGTH, LAB_MAX_LENGTH]).toEqual([RECALL_MIN_LENGTH, RECALL_MAX_LENGTH]);
  });

  it('starts the trainer once, on open, and configures it for L', async () => {
    const { store, trainer, opened } = await openedStore(30);
    expect(opened()).toBe(1);
    expect(store.getState().phase).toBe('ready');
    expect(trainer.configs).toHaveLength(1);
    expect(trainer.configs[0]!.sequenceLength).toBe(30);
    expect(trainer.configs[0]!.models).toEqual(['RNN', 'LSTM', 'GRU']);
    expect(trainer.configs[0]!.carryBias).toBe(4);
  });

  it('setCarryOpen starts the gated networks from PyTorch’s plain start (carry bias 0) and over at step 0', async () => {
    const { store, trainer } = await openedStore(50);
    trainer.report(5, 'running');
    store.getState().setCarryOpen(false);
    expect(trainer.configs.at(-1)!.carryBias).toBe(0);
    expect(store.getState().step).toBe(0);
    // A report of the run before the change (its config, carry bias 4) does not come back.
    trainer.configs.push(trainer.configs.at(-2)!);
    trainer.report(6, 'running');
    trainer.configs.pop();
    expect(store.getState().step).toBe(0);
    store.getState().setCarryOpen(false);
    expect(trainer.configs).toHaveLength(2);
  });

  it('holds only plain data from the reports: step, speed, costs, flow and curves', async () => {
    const { store, trainer } = await openedStore(8);
    trainer.report(0);
    trainer.report(3, 'running', 0.75);
    const state = store.getState();
    expect(state.step).toBe(3);
    expect(state.status).toBe('running');
    expect(state.stepsPerSecond).toBe(20);
    expect(state.models.map((model) => model.kind)).toEqual(['RNN', 'LSTM', 'GRU']);
    expect(state.models[0]!.memoryBytes).toBe(5120);
    expect(state.models[1]!.flow!.hiddenGradientNorms).toHaveLength(8);
    expect(state.curves.LSTM!.accuracies.map((point) => point.value)).toEqual([0.5, 0.75]);
    expect(structuredClone(state.curves)).toEqual(state.curves);
  });

  it('pauses the trainer once the target is reached, and Start past it trains another target', async () => {
    const { store, trainer } = await openedStore(50);
    const target = labTargetSteps(50);
    trainer.report(target - 1, 'running');
    expect(trainer.requests).not.toContain('pause');
    trainer.report(target, 'running');
    expect(trainer.requests.at(-1)).toBe('pause');
    trainer.report(target, 'paused');
    store.getState().start();
    expect(store.getState().targetSteps).toBe(2 * target);
    expect(trainer.requests.at(-1)).toBe('start');
  });

  it('setSequenceLength clamps, reconfigures and starts over at step 0; stale reports are ignored', async () => {
    const { store, trainer } = await openedStore(50);
    trainer.report(40, 'running');
    store.getState().setSequenceLength(500);
    expect(store.getState().sequenceLength).toBe(100);
    expect(store.getState().step).toBe(0);
    expect(store.getState().curves).toEqual({});
    expect(trainer.configs.at(-1)!.sequenceLength).toBe(100);
    // A report of the old run that was on its way.
    const stale = trainer.configs.at(-1)!;
    trainer.configs.push({ ...stale, sequenceLength: 50 });
    trainer.report(41, 'running');
    expect(store.getState().step).toBe(0);
    store.getState().setSequenceLength(2.4);
    expect(store.getState().sequenceLength).toBe(5);
    store.getState().setSequenceLength(Number.NaN);
    expect(store.getState().sequenceLength).toBe(50);
  });

  it('reset, step, pause go to the trainer; reset clears the curves at once', async () => {
    const { store, trainer } = await openedStore(10);
    trainer.report(5);
    store.getState().takeStep();
    store.getState().pause();
    store.getState().reset();
    expect(trainer.requests.slice(-3)).toEqual(['step', 'pause', 'reset']);
    expect(store.getState().step).toBe(0);
    expect(store.getState().curves).toEqual({});
  });

  it('an error pauses and is kept to show; a failed start can be retried', async () => {
    const { store, trainer } = await openedStore(10);
    trainer.fail('bad step');
    expect(store.getState().error).toBe('bad step');
    let attempts = 0;
    const failing = createLabStore(() =>
      ++attempts === 1 ? Promise.reject(new Error('no worker')) : Promise.resolve(fakeLabTrainer()),
    );
    await failing.getState().open();
    expect(failing.getState()).toMatchObject({ phase: 'failed', error: 'no worker' });
    await failing.getState().open();
    expect(failing.getState().phase).toBe('ready');
  });

  it('close terminates the trainer and forgets the run', async () => {
    const { store, trainer } = await openedStore(10);
    trainer.report(5);
    store.getState().close();
    expect(trainer.terminated).toBe(true);
    expect(store.getState()).toMatchObject({ phase: 'closed', step: 0, models: [] });
  });

  it('modelFile: the trained weights as a .safetensors file named after the run', async () => {
    const { store, trainer } = await openedStore(12);
    trainer.report(7);
    const file = await store.getState().modelFile('LSTM');
    expect(file.name).toBe('lab-lstm-L12-step-7.safetensors');
    const parsed = parseSafetensors(new Uint8Array(await file.arrayBuffer()));
    expect(Object.keys(parsed)).toEqual(['LSTM.x']);
  });
});

describe('lab link', () => {
  it('writes and reads llen, keeping other parameters', () => {
    expect(searchWithLabSettings('?view=lab', { sequenceLength: 50, carryOpen: true })).toBe(
      '?view=lab&llen=50&lcarry=1',
    );
    expect(labSettingsFromSearch('?llen=20&lcarry=0')).toEqual({ sequenceLength: 20, carryOpen: false });
    expect(labSettingsFromSearch('?lcarry=yes')).toEqual({});
    expect(labSettingsFromSearch('?llen=5')).toEqual({ sequenceLength: 5 });
    expect(labSettingsFromSearch('?llen=abc')).toEqual({});
    expect(hasLabSettings('?llen=abc')).toBe(true);
    expect(hasLabSettings('?slen=4')).toBe(false);
  });

  it('leaves out a length out of range or malformed, so the first view names it as unread', () => {
    const store = createLabStore(() => Promise.reject(new Error('unused')));
    for (const search of ['?llen=900', '?llen=4', '?llen=x']) {
      const given = labLink.read(search);
      expect(given).toEqual({});
      store.getState().restoreSettings(given);
      expect(store.getState().sequenceLength).toBe(50);
      expect(keysNotKept(labLink, search, given, store.getState())).toEqual(['llen']);
    }
  });
});
