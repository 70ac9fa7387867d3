import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initBackend, liveTensorCount } from '../../src/model';
import { releaseCachedModel } from '../../src/model/modelCache';
import { seededRandom } from '../../src/model/randomWeights';
import { createComparisonStore } from '../../src/store/compare/comparisonStore';
import { createGruExplorerStore } from '../../src/store/gru/gruExplorerStore';
import { createLstmExplorerStore } from '../../src/store/lstm/lstmExplorerStore';
import { createSequenceStore } from '../../src/store/sequence/sequenceStore';

// A class leaves the page open for an hour of dragging. Whatever the events, tfjs must hold no more
// tensors at the end than after the first few: a leak grows the tab until the browser kills it
// (issue 15, item 6: 10,000 events).

beforeAll(async () => {
  await initBackend();
});
afterAll(() => releaseCachedModel());

const EVENTS = 10_000;
const WARM_UP = 200;
const COMPARISON_EVENTS = 2_000;

/** Values a slider, a hand-edited link or a bug could send: ordinary, at the ends, and absurd. */
function valueFrom(random: () => number): number {
  const pick = random();
  if (pick < 0.8) return (random() - 0.5) * 8;
  if (pick < 0.9) return random() < 0.5 ? -1e9 : 1e9;
  return [Number.NaN, Number.POSITIVE_INFINITY, -0, 1e-45][Math.floor(random() * 4)]!;
}

const index = (random: () => number, size: number) => Math.floor(random() * size);

/**
 * Runs the seeded events through `act` and returns the live tensors after warm-up and at the end,
 * each counted right after `settle` has put the same structure back: a network with more layers or
 * directions rightly holds more weights while it is shown.
 */
function soak(
  seed: number,
  act: (random: () => number, event: number) => void,
  settle: () => void,
  events = EVENTS,
): [number, number] {
  const random = seededRandom(seed);
  for (let event = 0; event < WARM_UP; event++) act(random, event);
  settle();
  const before = liveTensorCount();
  for (let event = WARM_UP; event < events; event++) act(random, event);
  settle();
  return [before, liveTensorCount()];
}

// Seconds of work each (the sequence's whole trace re-runs on most events), not a timing test.
describe('thousands of events leave tfjs memory where it was', { timeout: 120_000 }, () => {
  it(`in the LSTM explorer (inputs, states, biases, weights, sizes, presets, stages), ${EVENTS.toLocaleString('en')} events`, () => {
    const store = createLstmExplorerStore();
    const gates = ['forget', 'input', 'candidate', 'output'] as const;
    const [before, after] = soak(
      1,
      (random, event) => {
        const state = store.getState();
        const kind = event % 10;
        if (kind < 3) state.setInput(index(random, state.inputSize), valueFrom(random));
        else if (kind < 5) state.setPreviousHidden(index(random, state.hiddenSize), valueFrom(random));
        else if (kind < 7) state.setPreviousCell(index(random, state.hiddenSize), valueFrom(random));
        else if (kind === 7) state.setBiasShift(gates[index(random, 4)]!, valueFrom(random));
        else if (kind === 8) {
          const unit = index(random, state.hiddenSize);
          state.editWeight({ gate: gates[index(random, 4)]!, unit, column: 0, value: valueFrom(random) });
        } else if (event % 100 === 9) state.setSizes(1 + index(random, 5), 1 + index(random, 6));
        else if (event % 50 === 19) state.choosePreset(random() < 0.5 ? 'random' : 'keepsMemory', index(random, 100));
        else state.goToStage(index(random, 8));
      },
      () => store.getState().setSizes(3, 4),
    );
    expect(store.getState().explanation).toBeDefined();
    expect(after).toBe(before);
  });

  it(`in the GRU explorer, ${EVENTS.toLocaleString('en')} events`, () => {
    const store = createGruExplorerStore();
    const gates = ['reset', 'update', 'candidate'] as const;
    const [before, after] = soak(
      2,
      (random, event) => {
        const state = store.getState();
        const kind = event % 10;
        if (kind < 4) state.setInput(index(random, state.inputSize), valueFrom(random));
        else if (kind < 7) state.setPreviousHidden(index(random, state.hiddenSize), valueFrom(random));
        else if (kind === 7) state.setBiasShift(gates[index(random, 3)]!, valueFrom(random));
        else if (event % 100 === 8) state.setSizes(1 + index(random, 5), 1 + index(random, 6));
        else state.goToStage(index(random, 6));
      },
      () => store.getState().setSizes(3, 4),
    );
    expect(store.getState().explanation).toBeDefined();
    expect(after).toBe(before);
  });

  it(`in the sequence view (drawn inputs, biases, structure, steps), ${EVENTS.toLocaleString('en')} events`, () => {
    const sequence = createSequenceStore();
    sequence.getState().configure({ inputSize: 2, hiddenSize: 3, steps: 5, numLayers: 2, batch: 1 });
    const [before, after] = soak(
      3,
      (random, event) => {
        const state = sequence.getState();
        const kind = event % 10;
        if (kind < 4) state.drawInput([{ t: index(random, state.steps), value: valueFrom(random) }]);
        else if (kind < 6) state.setBiasShift('forget', valueFrom(random));
        else if (event % 200 === 6) state.configure({ bidirectional: random() < 0.5, numLayers: 1 + index(random, 2) });
        else state.goToStep(index(random, state.steps));
      },
      () => sequence.getState().configure({ bidirectional: false, numLayers: 2 }),
    );
    expect(sequence.getState().run).toBeDefined();
    expect(after).toBe(before);
  });

  // Each of its events re-runs two whole pulse sequences (~3 ms), so it gets a fifth of the events.
  it(`in the comparison (pulse, forget and update biases), ${COMPARISON_EVENTS.toLocaleString('en')} events`, () => {
    const comparison = createComparisonStore();
    comparison.getState().setSteps(10);
    comparison.getState().setSizes(2, 3);
    const [before, after] = soak(
      4,
      (random, event) => {
        const state = comparison.getState();
        if (event % 3 === 0) state.setPulse(valueFrom(random));
        else if (event % 3 === 1) state.setForgetBiasShift(valueFrom(random));
        else state.setUpdateBiasShift(valueFrom(random));
      },
      () => undefined,
      COMPARISON_EVENTS,
    );
    expect(comparison.getState().lstmMemory).toBeDefined();
    expect(after).toBe(before);
  });
});
