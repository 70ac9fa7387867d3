import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initBackend, liveTensorCount } from '../../../src/model';
import { releaseCachedModel } from '../../../src/model/modelCache';
import { createSequenceStore } from '../../../src/store/sequence/sequenceStore';
import { TOUR_STAGING } from '../../../src/store/tour/tourScript';
import { exerciseText } from '../../../src/content/tour/lessons';
import { EXERCISE_IDS, TOUR_STEP_IDS } from '../../../src/content/tour/tourOutline';
import {
  choiceOrder,
  diagnoseShape,
  EXERCISE_SPECS,
  expectedShapes,
  forgetTaskProgress,
  memoryHoldReadout,
  readShape,
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
    // [h, x] read as one matrix's input: the course's W is weight_hh and weight_ih side by side.
    ['weight_ih_l0', [400, 150], 'concatenatedInput'],
    ['weight_hh_l0', [400, 150], 'concatenatedInput'],
    ['weight_ih_l1', [400, 200], 'concatenatedInput'],
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
    // For h_n the swapped axes are layers and batch; the sequence length is not in it at all.
    [{ kind: 'state', name: 'h_n' }, [3, 2, 100], 'stateLayersBatchSwapped'],
    [{ kind: 'state', name: 'c_n' }, [3, 2, 100], 'stateLayersBatchSwapped'],
    [{ kind: 'state', name: 'h_n' }, [2, 10, 100], 'stateStepsForBatch'],
    [{ kind: 'state', name: 'c_n' }, [2, 100], 'wrongRank'],
  ] as const)('diagnoses %j answered as %j: %s', (question, given, mistake) => {
    const expected = expectedShapes(outputs)[question.name]!;
    expect(diagnoseShape(outputs, question, expected, given)).toBe(mistake);
  });

  const gruOutputs = spec('gruOutputShapes');
  const gruWeights = spec('gruWeightShapes');
  it.each([
    [gruOutputs, { kind: 'state', name: 'h_n' }, [1, 32, 20], undefined],
    [gruOutputs, { kind: 'state', name: 'h_n' }, [32, 1, 20], 'stateLayersBatchSwapped'],
    // x = (3, 32, 10) read as batch-first: its 3 steps taken for the batch.
    [gruOutputs, { kind: 'state', name: 'h_n' }, [1, 3, 20], 'stateStepsForBatch'],
    [gruOutputs, { kind: 'state', name: 'h_n' }, [3, 32, 20], 'stateHasTime'],
    [gruOutputs, { kind: 'output', name: 'out' }, [32, 3, 20], 'sequenceBatchSwapped'],
    [gruWeights, { kind: 'parameter', name: 'weight_ih_l0' }, [60, 30], 'concatenatedInput'],
    [gruWeights, { kind: 'parameter', name: 'weight_hh_l0' }, [20, 20], 'gateBlocksMissing'],
  ] as const)('diagnoses nn.GRU(10, 20)’s %#: %j answered as %j: %s', (exercise, question, given, mistake) => {
    const expected = expectedShapes(exercise)[question.name]!;
    expect(diagnoseShape(exercise, question, expected, given)).toBe(mistake);
  });

  it.each([
    ['400 × 100', [400, 100]],
    ['(400, 100)', [400, 100]],
    ['400x100', [400, 100]],
    [' [2, 3, 100] ', [2, 3, 100]],
    ['torch.Size([2, 3, 100])', [2, 3, 100]],
    ['2 3 100', [2, 3, 100]],
    // Typed on a Chinese keyboard: full-width brackets, commas, digits and spaces, and 、.
    ['（400，100）', [400, 100]],
    ['400，100', [400, 100]],
    ['2、3、100', [2, 3, 100]],
    ['（2， 3， 100）', [2, 3, 100]],
    ['［２，３，１００］', [2, 3, 100]],
    ['2\u30003\u3000100', [2, 3, 100]],
    ['ｔｏｒｃｈ．Ｓｉｚｅ（［２，５］）', [2, 5]],
    ['torch。Size（［2，5］）', [2, 5]],
    ['400ｘ100', [400, 100]],
    ['', undefined],
    ['four hundred', undefined],
    ['400.5, 100', undefined],
    ['-4, 100', undefined],
    ['0, 100', undefined],
    ['99999999999999999999, 1', undefined],
  ])('reads %j as %j', (text, shape) => {
    const reading = readShape(text);
    expect('shape' in reading ? reading.shape : undefined).toEqual(shape);
  });

  it.each([
    ['', { problem: 'empty' }],
    ['（ ）', { problem: 'empty' }],
    ['four hundred', { problem: 'unreadable', part: 'four' }],
    ['400 by 100', { problem: 'unreadable', part: 'by' }],
    ['six', { problem: 'unreadable', part: 'six' }],
    // The part is quoted as typed, full-width as it is.
    ['400。100', { problem: 'unreadable', part: '。' }],
    ['2；3', { problem: 'unreadable', part: '；' }],
    ['400.5, 100', { problem: 'notASize', part: '400.5' }],
    ['４００．５，１００', { problem: 'notASize', part: '４００．５' }],
    ['-4, 100', { problem: 'notASize', part: '-4' }],
    ['0, 100', { problem: 'notASize', part: '0' }],
  ])('says what it could not read in %j', (text, reading) => {
    expect(readShape(text)).toEqual(reading);
  });
});

describe('the views the shape exercises sit beside', () => {
  const shapeSteps = TOUR_STEP_IDS.filter((step) => {
    const exercise = TOUR_STAGING[step].exercise;
    return exercise !== undefined && EXERCISE_SPECS[exercise].kind === 'shapes';
  });

  it('covers every shape exercise', () => {
    expect(shapeSteps.map((step) => TOUR_STAGING[step].exercise).sort()).toEqual(
      EXERCISE_IDS.filter((id) => EXERCISE_SPECS[id].kind === 'shapes').sort(),
    );
  });

  it.each(shapeSteps)(
    'step %s runs its exercise’s own network on its own input, so the view shows its shapes',
    (step) => {
      const staging = TOUR_STAGING[step];
      const exercise = spec(staging.exercise!);
      const store = createSequenceStore();
      store.getState().restoreSettings(staging.sequence!);
      const view = store.getState();
      const { inputSize, hiddenSize, numLayers, bidirectional, batchFirst } = exercise.config;
      expect(view).toMatchObject({
        kind: exercise.module,
        inputSize,
        hiddenSize,
        numLayers,
        bidirectional,
        batchFirst,
      });
      expect(batchFirst ? [view.batch, view.steps, view.inputSize] : [view.steps, view.batch, view.inputSize]).toEqual(
        exercise.inputShape,
      );
      const { output, hN, cN } = view.run!.result;
      const shown = { out: output?.shape, h_n: hN.shape, c_n: cN?.shape };
      for (const question of exercise.questions) {
        if (question.kind !== 'parameter')
          expect(shown[question.name]).toEqual(expectedShapes(exercise)[question.name]);
      }
      // The code the exercise prints builds the same network and input.
      const text = exerciseText[staging.exercise!];
      if (text.kind !== 'shapes') throw new Error(`${staging.exercise} is not a shape exercise`);
      const layers = numLayers > 1 ? `, num_layers=${numLayers}` : '';
      expect(text.code).toContain(`nn.${exercise.module}(${inputSize}, ${hiddenSize}${layers})`);
      if (exercise.questions.some((question) => question.kind !== 'parameter'))
        expect(text.code).toContain(`torch.randn(${exercise.inputShape.join(', ')})`);
    },
  );

  it('runs the course’s nn.GRU(10, 20) on (3, 32, 10) where the tour asks for its shapes', () => {
    const store = createSequenceStore();
    store.getState().restoreSettings(TOUR_STAGING.gruInPytorch.sequence!);
    expect(store.getState()).toMatchObject({ kind: 'GRU', steps: 3, batch: 32, inputSize: 10, hiddenSize: 20 });
    expect(store.getState().run!.result.output!.shape).toEqual([3, 32, 20]);
    expect(store.getState().run!.result.hN.shape).toEqual([1, 32, 20]);
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
