import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initBackend, liveTensorCount } from '../../../src/model';
import { releaseCachedModel } from '../../../src/model/modelCache';
import type { LstmGates } from '../../../src/model/types';
import { createGruExplorerStore } from '../../../src/store/gru/gruExplorerStore';
import { createLstmExplorerStore, lstmExplorerStore } from '../../../src/store/lstm/lstmExplorerStore';
import { openSequenceCell } from '../../../src/store/sequence/openSequenceCell';
import { sequenceCellSnapshot } from '../../../src/store/sequence/sequenceCell';
import { sequenceNetworkText } from '../../../src/content/sequence/sequence';
import {
  COURSE_SEQUENCES,
  DEFAULT_SEQUENCE_SETTINGS,
  sanitizeSequenceSettings,
} from '../../../src/store/sequence/sequenceSettings';
import { createSequenceStore } from '../../../src/store/sequence/sequenceStore';
import { viewStore } from '../../../src/store/viewStore';

beforeAll(async () => {
  await initBackend();
});
afterAll(() => releaseCachedModel());

const values = (data: Float32Array, batch: number, size: number) =>
  Array.from(data.subarray(batch * size, (batch + 1) * size));

describe('sequence store', () => {
  it('runs the default network: out is the top layer’s h at every step, h_n and c_n each layer’s last state', () => {
    const store = createSequenceStore();
    const { run, steps, numLayers, hiddenSize } = store.getState();
    expect(run!.result.output!.shape).toEqual([steps, 1, hiddenSize]);
    expect(run!.result.hN.shape).toEqual([numLayers, 1, hiddenSize]);
    for (let t = 0; t < steps; t++) {
      expect(values(run!.result.output!.data, t, hiddenSize)).toEqual(
        Array.from(run!.steps[numLayers - 1]![t]!.gates.h.data),
      );
    }
    for (let layer = 0; layer < numLayers; layer++) {
      const last = run!.steps[layer]![steps - 1]!.gates as LstmGates;
      expect(values(run!.result.hN.data, layer, hiddenSize)).toEqual(Array.from(last.h.data));
      expect(values(run!.result.cN!.data, layer, hiddenSize)).toEqual(Array.from(last.c.data));
    }
  });

  it('shows the pulse held in C while h lets it go (forget gates raised by 4)', () => {
    const { run, steps } = createSequenceStore().getState();
    const cell = run!.footprint!.cell!;
    const hidden = run!.footprint!.hidden;
    // Layer 0: after the whole sequence C still holds over half of what the pulse wrote; h under a tenth.
    expect(cell[steps - 1]! / cell[0]!).toBeGreaterThan(0.5);
    expect(hidden[steps - 1]! / hidden[0]!).toBeLessThan(0.1);
  });

  it('scrubbing and selecting never re-run the model; a drawn input does, and changes the trace', () => {
    const store = createSequenceStore();
    const before = store.getState().run;
    store.getState().goToStep(7);
    store.getState().selectCell(1, 0);
    expect(store.getState().run).toBe(before);
    expect([store.getState().t, store.getState().layer]).toEqual([7, 1]);
    store.getState().drawInput([
      { t: 5, value: -2 },
      { t: 6, value: 2.5 },
    ]);
    const after = store.getState().run!;
    expect(after.timeMajorInput[5]).toBe(-2);
    expect(Array.from(after.steps[0]![5]!.gates.h.data)).not.toEqual(Array.from(before!.steps[0]![5]!.gates.h.data));
    expect(Array.from(after.steps[0]![4]!.gates.h.data)).toEqual(Array.from(before!.steps[0]![4]!.gates.h.data));
  });

  it('batch_first transposes the input and out but leaves h_n alone; bidirectional doubles out and h_n', () => {
    const store = createSequenceStore();
    store.getState().configure({ batch: 3, steps: 10, batchFirst: true, bidirectional: true });
    const { run, hiddenSize } = store.getState();
    expect(run!.result.output!.shape).toEqual([3, 10, 2 * hiddenSize]);
    expect(run!.result.hN.shape).toEqual([4, 3, hiddenSize]);
    // h_n's reverse row is the reverse direction's state at t = 0.
    const reverseAtStart = run!.steps[1]![0]!.gates.h.data;
    expect(values(run!.result.hN.data, 1 * 3 + 2, hiddenSize)).toEqual(values(reverseAtStart, 2, hiddenSize));
  });

  it('runs the course’s nn.LSTM(50, 100, num_layers=2) on (10, 3, 50) and nn.GRU(10, 20) on (3, 32, 10)', () => {
    const store = createSequenceStore();
    store.getState().loadCourseNetwork('LSTM');
    expect(store.getState().run!.result.output!.shape).toEqual([10, 3, 100]);
    expect(store.getState().run!.result.cN!.shape).toEqual([2, 3, 100]);
    store.getState().showBatch(2);
    store.getState().loadCourseNetwork('GRU');
    expect(store.getState()).toMatchObject({ kind: 'GRU', steps: 3, batch: 32, inputSize: 10, hiddenSize: 20 });
    expect(store.getState().run!.timeMajorInput).toHaveLength(3 * 32 * 10);
    expect(store.getState().run!.result.output!.shape).toEqual([3, 32, 20]);
    expect(store.getState().run!.result.hN.shape).toEqual([1, 32, 20]);
    expect(store.getState().run!.result.cN).toBeUndefined();
    // The last sequence of the batch is as much a part of the run as the first.
    store.getState().showBatch(31);
    expect(store.getState().shownBatch).toBe(31);
    expect(store.getState().run!.steps[0]![2]!.gates.h.data).toHaveLength(32 * 20);
  });

  it('names each course network’s button by the input it runs', () => {
    for (const [kind, label] of [
      ['LSTM', sequenceNetworkText.courseLstm],
      ['GRU', sequenceNetworkText.courseGru],
    ] as const) {
      const { steps, batch, inputSize } = COURSE_SEQUENCES[kind];
      for (const text of [label.en, label.zh]) expect(text).toContain(`(${steps}, ${batch}, ${inputSize})`);
    }
  });

  it('custom h0 / c0 change the first step, and reset puts zeros back', () => {
    const store = createSequenceStore();
    const zeroStart = Array.from(store.getState().run!.steps[0]![0]!.gates.h.data);
    store.getState().chooseInitialState('random', 3);
    expect(Array.from(store.getState().run!.h0.data).some((value) => value !== 0)).toBe(true);
    store.getState().setInitialValue('c', 2, 1.5);
    expect(store.getState().run!.c0!.data[2]).toBe(1.5);
    expect(Array.from(store.getState().run!.steps[0]![0]!.gates.h.data)).not.toEqual(zeroStart);
    store.getState().chooseInitialState('zeros');
    expect(store.getState().stateEdits).toEqual([]);
    expect(Array.from(store.getState().run!.steps[0]![0]!.gates.h.data)).toEqual(zeroStart);
  });

  it('keeps hostile settings out: sizes, flags, edits and the selection fall back or are clamped', () => {
    const settings = sanitizeSequenceSettings(
      {
        kind: 'RNN' as never,
        hiddenSize: 1e9,
        steps: 3.5,
        bidirectional: 'yes' as never,
        biasShifts: { forget: 1e308, reset: 2 },
        inputEdits: [
          { t: 99, batch: 0, feature: 0, value: 1 },
          { t: 1, batch: 0, feature: 0, value: 1e9 },
        ],
        stateEdits: [{ state: 'x' as never, row: 0, batch: 0, unit: 0, value: 1 }],
        t: 400,
        layer: -1,
      },
      DEFAULT_SEQUENCE_SETTINGS,
    );
    expect(settings.kind).toBe('LSTM');
    expect(settings.hiddenSize).toBe(8);
    expect(settings.steps).toBe(30);
    expect(settings.bidirectional).toBe(false);
    expect(settings.biasShifts).toEqual({ forget: 6 });
    expect(settings.inputEdits).toEqual([{ t: 1, batch: 0, feature: 0, value: 3 }]);
    expect(settings.stateEdits).toEqual([]);
    expect([settings.t, settings.layer]).toEqual([0, 0]);
  });

  it('takes a batch of up to 32, the course’s GRU batch, and no more', () => {
    expect(sanitizeSequenceSettings({ batch: 32, shownBatch: 31 }, DEFAULT_SEQUENCE_SETTINGS)).toMatchObject({
      batch: 32,
      shownBatch: 31,
    });
    expect(sanitizeSequenceSettings({ batch: 33 }, DEFAULT_SEQUENCE_SETTINGS).batch).toBe(1);
  });

  it('leaves the tfjs tensor count unchanged apart from its cached model', () => {
    const store = createSequenceStore();
    store.getState().drawInput([{ t: 1, value: 1 }]);
    const count = liveTensorCount();
    for (let t = 0; t < 5; t++) store.getState().drawInput([{ t, value: t / 2 }]);
    expect(liveTensorCount()).toBe(count);
  });
});

describe('opening a cell of the sequence in a cell explorer', () => {
  it('replays exactly the step the sequence ran, for every layer, both directions and any batch element', () => {
    const store = createSequenceStore();
    store.getState().configure({ batch: 2, bidirectional: true, steps: 6 });
    const state = store.getState();
    for (const [layer, direction, t, batch] of [
      [0, 0, 0, 0],
      [1, 0, 3, 1],
      [1, 1, 2, 0],
      [0, 1, 5, 1],
    ] as const) {
      const snapshot = sequenceCellSnapshot(state, state.run!, { layer, direction, t, batch });
      expect(snapshot.clamped).toBe(false);
      const explorer = createLstmExplorerStore();
      explorer.getState().restoreSettings(snapshot.settings as never);
      const explained = explorer.getState().explanation!;
      const step = state.run!.steps[layer * 2 + direction]![t]!.gates as LstmGates;
      const size = state.hiddenSize;
      // Same weights and inputs through the same kernels: the same float32 numbers.
      expect(Array.from(explained.gates.forget)).toEqual(values(step.f.data, batch, size));
      expect(Array.from(explained.cell)).toEqual(values(step.c.data, batch, size));
      expect(Array.from(explained.hidden)).toEqual(values(step.h.data, batch, size));
    }
  });

  it('refuses, and changes nothing, when the cell’s C lies beyond the explorer’s sliders', () => {
    const store = createSequenceStore();
    // f ≈ 1, i ≈ 1, g ≈ 1: C grows by about 1 a step, past 20 within 30 steps.
    store.getState().restoreSettings({ biasShifts: { forget: 6, input: 6, candidate: 6 } });
    viewStore.getState().showView('sequence');
    const before = { view: viewStore.getState().view, lstm: lstmExplorerStore.getState().inputSize };
    const snapshot = openSequenceCell(store.getState(), { layer: 0, direction: 0, t: 29, batch: 0 });
    expect(snapshot!.clamped).toBe(true);
    expect(Math.max(...snapshot!.settings.previousCell!)).toBeGreaterThan(20);
    expect({ view: viewStore.getState().view, lstm: lstmExplorerStore.getState().inputSize }).toEqual(before);
    // An early step of the same run opens.
    expect(openSequenceCell(store.getState(), { layer: 0, direction: 0, t: 2, batch: 0 })!.clamped).toBe(false);
    expect(viewStore.getState().view).toBe('lstm');
    expect(lstmExplorerStore.getState().hiddenSize).toBe(8);
  });

  it('opens a GRU cell in the GRU explorer', () => {
    const store = createSequenceStore();
    store.getState().configure({ kind: 'GRU' });
    const state = store.getState();
    const snapshot = sequenceCellSnapshot(state, state.run!, { layer: 1, direction: 0, t: 4, batch: 0 });
    expect(snapshot.view).toBe('gru');
    const explorer = createGruExplorerStore();
    explorer.getState().restoreSettings(snapshot.settings as never);
    expect(Array.from(explorer.getState().explanation!.hidden)).toEqual(
      Array.from(state.run!.steps[1]![4]!.gates.h.data),
    );
  });
});
