import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initBackend, liveTensorCount } from '../../../src/model/backend';
import { releaseCachedModel } from '../../../src/model/modelCache';
import { createSequenceStore } from '../../../src/store/sequence/sequenceStore';
import { TOUR_STAGING } from '../../../src/store/tour/tourScript';
import { exerciseText } from '../../../src/content/tour/lessons';
import { EXERCISE_IDS } from '../../../src/content/tour/tourOutline';
import {
  choiceOrder,
  diagnoseShape,
  EXERCISE_SPECS,
  expectedShapes,
  forgetTaskProgress,
  memoryHoldReadout,
  parseShape,
  type ShapeExerciseSpec,
} from '../../../src/store/tour/tourExercises';

beforeAll(async () => {
  await initBackend();
});
afterAll(() => releaseCachedModel());

const spec = (id: keyof typeof EXERCISE_SPECS) => EXERCISE_SPECS[id] as ShapeExerciseSpec;

describe('shape exercises', () => {
  it('answers the course’s questions from the model: nn.LSTM(50, 100, num_layers=2)', () => {
    expect(expectedShapes(spec('lstmWeightShapes'))).toEqual({
      weight_ih_l0: [400, 50],
      weight_hh_l0: [400, 100],
      weight_ih_l1: [400, 100],
    });
    expect(expectedShapes(spec('lstmOutputShapes'))).toEqual({ out: [10, 3, 100], h_n: [2, 3, 100], c_n: [2, 3, 100] });
  });

  it('answers nn.GRU(10, 20) on (3, 32, 10) from the model', () => {
    expect(expectedShapes(spec('gruWeightShapes'))).toEqual({ weight_ih_l0: [60, 10], weight_hh_l0: [60, 20] });
    expect(expectedShapes(spec('gruOutputShapes'))).toEqual({ out: [3, 32, 20], h_n: [1, 32, 20] });
  });

  it('leaves no tensor behind when it runs the model', () => {
    const before = liveTensorCount();
    expectedShapes(spec('lstmOutputShapes'));
    expect(liveTensorCount()).toBe(before);
  });

  const lstm = spec('lstmWeightShapes');
  const parameter = (name: string) => ({ kind: 'parameter', name }) as const;
  it.each([
    ['weight_hh_l0', [400, 100], undefined],
    ['weight_hh_l0', [100, 100], 'gateBlocksMissing'],
    ['weight_hh_l0', [100, 400], 'transposed'],
    ['weight_hh_l0', [300, 100], 'wrongGateCount'],
    ['weight_hh_l0', [400, 50], 'inputForHidden'],
    ['weight_hh_l0', [800, 100], 'layersMultiplied'],
    ['weight_ih_l0', [400, 100], 'hiddenForInput'],
    ['weight_ih_l1', [400, 50], 'upperLayerReadsInput'],
    ['weight_hh_l0', [400], 'wrongRank'],
    ['weight_hh_l0', [7, 9], 'other'],
  ] as const)('diagnoses %s answered as %j: %s', (name, given, mistake) => {
    const expected = expectedShapes(lstm)[name]!;
    expect(diagnoseShape(lstm, parameter(name), expected, given)).toBe(mistake);
  });

  const outputs = spec('lstmOutputShapes');
  it.each([
    [{ kind: 'output', name: 'out' }, [10, 3, 100], undefined],
    [{ kind: 'output', name: 'out' }, [3, 10, 100], 'sequenceBatchSwapped'],
    [{ kind: 'output', name: 'out' }, [2, 3, 100], 'outputHasLayers'],
    [{ kind: 'output', name: 'out' }, [10, 3, 50], 'inputFeatures'],
    [{ kind: 'state', name: 'h_n' }, [10, 3, 100], 'stateHasTime'],
    [{ kind: 'state', name: 'h_n' }, [1, 3, 100], 'stateLayersWrong'],
    [{ kind: 'state', name: 'c_n' }, [2, 100], 'wrongRank'],
  ] as const)('diagnoses %j answered as %j: %s', (question, given, mistake) => {
    const expected = expectedShapes(outputs)[question.name]!;
    expect(diagnoseShape(outputs, question, expected, given)).toBe(mistake);
  });

  it.each([
    ['400 × 100', [400, 100]],
    ['(400, 100)', [400, 100]],
    ['400x100', [400, 100]],
    [' [2, 3, 100] ', [2, 3, 100]],
    ['torch.Size([2, 3, 100])', [2, 3, 100]],
    ['', undefined],
    ['four hundred', undefined],
    ['400.5, 100', undefined],
    ['-4, 100', undefined],
    ['0, 100', undefined],
    ['99999999999999999999, 1', undefined],
  ])('reads %j as %j', (text, shape) => {
    expect(parseShape(text)).toEqual(shape);
  });
});

describe('the forget task', () => {
  it('is done only when every f_t is below 0.1, and says how far the largest is', () => {
    expect(forgetTaskProgress(undefined)).toBeUndefined();
    expect(forgetTaskProgress(new Float32Array([0.05, 0.3]))).toEqual({ largest: expect.closeTo(0.3, 6), done: false });
    expect(forgetTaskProgress(new Float32Array([0.05, 0.09]))?.done).toBe(true);
  });
});

describe('choice order', () => {
  const choices = EXERCISE_IDS.filter((id) => EXERCISE_SPECS[id].kind === 'choice');

  it('shows every option once, in the same order on every visit', () => {
    for (const id of choices) {
      expect([...choiceOrder(id, 4)].sort()).toEqual([0, 1, 2, 3]);
      expect(choiceOrder(id, 4)).toEqual(choiceOrder(id, 4));
    }
  });

  it('does not always put the right answer where the text lists it', () => {
    const shownAt = choices.map((id) => {
      const text = exerciseText[id];
      if (text.kind !== 'choice') throw new Error(`${id} is not a choice`);
      const right = text.options.findIndex((option) => option.correct);
      return choiceOrder(id, text.options.length).indexOf(right);
    });
    expect(new Set(shownAt).size).toBeGreaterThan(1);
    expect(shownAt.filter((position) => position === 0).length).toBeLessThan(choices.length / 2);
  });
});

describe('the hold-the-memory readout', () => {
  const holdScene = () => {
    const store = createSequenceStore();
    store.getState().restoreSettings(TOUR_STAGING.holdMemory.sequence!);
    return store;
  };

  it('shows C held at C0 once f ≈ 1 and i ≈ 0, and moving while the gates are left alone', () => {
    const store = holdScene();
    const free = memoryHoldReadout(store.getState().run)!;
    expect(free.relativeChange).toBeGreaterThan(0.3);
    store.getState().setBiasShift('forget', 6);
    store.getState().setBiasShift('input', -6);
    const held = memoryHoldReadout(store.getState().run)!;
    expect(held.meanForget).toBeGreaterThan(0.99);
    expect(held.meanInput).toBeLessThan(0.01);
    expect(held.relativeChange).toBeLessThan(0.1);
  });

  it('has nothing to show for a GRU, a zero C0 or a sequence shorter than 20 steps', () => {
    const store = holdScene();
    store.getState().restoreSettings({ initialState: 'zeros' });
    expect(memoryHoldReadout(store.getState().run)).toBeUndefined();
    store.getState().restoreSettings({ initialState: 'random', steps: 10 });
    expect(memoryHoldReadout(store.getState().run)).toBeUndefined();
    store.getState().restoreSettings({ kind: 'GRU', steps: 30 });
    expect(memoryHoldReadout(store.getState().run)).toBeUndefined();
  });
});
