import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  initBackend,
  liveTensorCount,
  presetSequence,
  randomState,
  sequenceWeights,
  type PlainTensor,
  type StateDict,
} from '../../../src/model';
import { forward } from '../../../src/model/forward';
import { releaseCachedModel } from '../../../src/model/modelCache';
import { pytorchSnippet } from '../../../src/store/sequence/pytorchSnippet';
import { timeMajorInputOf } from '../../../src/store/sequence/sequenceRun';
import type { SequenceSettings } from '../../../src/store/sequence/sequenceSettings';
import { createSequenceStore, type SequenceState } from '../../../src/store/sequence/sequenceStore';
import { readSnippet, snippetText, type ReadSnippet, type SnippetState } from './snippetReader';

// The code box claims to build what the screen shows. Here its lines are read back (constructor,
// bias shifts, x, h0 / c0, the call), turned into a model request, run through the model layer,
// and compared with what the sequence store computed for the same settings. The one thing the
// code cannot carry is the page's random numbers, and its comment says so: where the code draws
// (the weights, torch.randn) the page's own draws stand in, exactly as the comment describes.

beforeAll(async () => {
  await initBackend();
});
afterAll(() => releaseCachedModel());

/** The page's weights before any shift (PyTorch's initialisation from its seed), with the code's edits. */
function weightsOf(read: ReadSnippet): StateDict {
  const weights = sequenceWeights(read.kind, read.config, 'random', read.weightSeed, {});
  const edited: StateDict = { ...weights };
  for (const { param, start, end, delta } of read.biasEdits) {
    const tensor = edited[param];
    if (!tensor) throw new Error(`the code shifts ${param}, which nn.${read.kind} does not have`);
    const data = Float32Array.from(tensor.data);
    for (let index = start; index < end; index++) data[index] = data[index]! + delta;
    edited[param] = { shape: tensor.shape, data };
  }
  return edited;
}

/** x as the code lays it out: the page's torch.randn draws, or the input shown, in the code's shape. */
function inputOf(read: ReadSnippet, settings: SequenceSettings): PlainTensor {
  const [first, second, inputSize] = read.input.shape as [number, number, number];
  const [steps, batch] = read.config.batchFirst ? [second, first] : [first, second];
  const timeMajor =
    read.input.source === 'randn'
      ? presetSequence('random', { steps, batch, inputSize }, settings.inputSeed)
      : timeMajorInputOf(settings);
  if (!read.config.batchFirst) return { shape: read.input.shape, data: timeMajor };
  const data = new Float32Array(timeMajor.length);
  for (let t = 0; t < steps; t++)
    for (let b = 0; b < batch; b++)
      data.set(
        timeMajor.subarray((t * batch + b) * inputSize, (t * batch + b + 1) * inputSize),
        (b * steps + t) * inputSize,
      );
  return { shape: read.input.shape, data };
}

/** h0 or c0 as the code makes it: zeros or the page's torch.randn draw at the code's scale and clamp, then its edits. */
function stateOf(state: SnippetState, which: 'h' | 'c', settings: SequenceSettings): PlainTensor {
  const size = state.shape.reduce((a, b) => a * b, 1);
  const data =
    state.start === 'zeros'
      ? new Float32Array(size)
      : randomState(size, settings.stateSeed * 2 + (which === 'h' ? 0 : 1), state.scale, state.limit);
  const [, batch, hidden] = state.shape as [number, number, number];
  for (const { index, value } of state.edits) data[(index[0] * batch + index[1]) * hidden + index[2]] = value;
  return { shape: state.shape, data };
}

/** Runs what the code's lines build through the model layer. */
function runCode(lines: readonly string[], settings: SequenceSettings) {
  const read = readSnippet(lines);
  const state = (name: 'h0' | 'c0') => {
    if (!read.passed.includes(name)) return undefined;
    const made = read[name];
    if (!made) throw new Error(`the call passes ${name}, which the code never makes`);
    return stateOf(made, name === 'h0' ? 'h' : 'c', settings);
  };
  return forward({
    module: read.kind,
    config: read.config,
    weights: weightsOf(read),
    input: inputOf(read, settings),
    h0: state('h0'),
    c0: state('c0'),
  });
}

/** Largest |a − b| over two tensors of the same shape. */
function largestDifference(a: PlainTensor | undefined, b: PlainTensor | undefined): number {
  expect(a?.shape).toEqual(b?.shape);
  if (!a || !b) return 0;
  return a.data.reduce((largest, value, index) => Math.max(largest, Math.abs(value - b.data[index]!)), 0);
}

/** The code box's lines for the store's settings run, and the store's own run, side by side. */
function expectCodeToMatch(state: SequenceState, lines = snippetText(pytorchSnippet(state))) {
  const fromCode = runCode(lines, state);
  const onScreen = state.run!.result;
  // The code adds preset and slider shifts as one sum, the page one after the other: float32
  // rounding of b_ih may differ in the last bit, nothing more.
  expect(largestDifference(fromCode.output, onScreen.output)).toBeLessThan(1e-5);
  expect(largestDifference(fromCode.hN, onScreen.hN)).toBeLessThan(1e-5);
  expect(largestDifference(fromCode.cN, onScreen.cN)).toBeLessThan(1e-5);
}

describe('the sequence view’s PyTorch code computes what the screen shows', () => {
  it('the course’s nn.LSTM(50, 100, num_layers=2), with the view’s +4 on the forget gate', () => {
    const store = createSequenceStore();
    store.getState().loadCourseNetwork('LSTM');
    expect(store.getState().biasShifts).toEqual({ forget: 4 });
    expectCodeToMatch(store.getState());
  });

  it('the course’s nn.GRU(10, 20), with a shift on its update gate', () => {
    const store = createSequenceStore();
    store.getState().loadCourseNetwork('GRU');
    expectCodeToMatch(store.getState());
    store.getState().setBiasShift('update', 2.5);
    expectCodeToMatch(store.getState());
  });

  it('a code box that forgot the bias shift does not match: the test can fail', () => {
    const store = createSequenceStore();
    store.getState().loadCourseNetwork('LSTM');
    const state = store.getState();
    const lines = snippetText(pytorchSnippet(state));
    const withoutShift = lines.filter((line) => !line.startsWith('with torch.no_grad') && !line.startsWith('    '));
    expect(withoutShift.length).toBeLessThan(lines.length);
    const fromCode = runCode(withoutShift, state);
    expect(largestDifference(fromCode.hN, state.run!.result.hN)).toBeGreaterThan(0.01);
  });

  it('the “keeps memory” weights plus sliders, bidirectional, batch_first, random h0 / c0 with edits', () => {
    const store = createSequenceStore();
    store.getState().loadCourseNetwork('LSTM');
    store.getState().configure({ bidirectional: true, batchFirst: true, numLayers: 3, hiddenSize: 8, inputSize: 3 });
    store.getState().chooseWeightPreset('keepsMemory', 5);
    store.getState().setBiasShift('input', 1.3);
    store.getState().setBiasShift('output', -2);
    store.getState().chooseInitialState('random', 4);
    store.getState().selectCell(2, 1);
    store.getState().setInitialValue('h', 3, -0.75);
    store.getState().setInitialValue('c', 0, 6);
    expectCodeToMatch(store.getState());
  });

  it('a two-layer bidirectional GRU from a hand-set h0, on a drawn input', () => {
    const store = createSequenceStore();
    store.getState().configure({ kind: 'GRU', bidirectional: true, batch: 2 });
    store.getState().setBiasShift('candidate', -1.5);
    store.getState().setBiasShift('reset', 0.7);
    store.getState().selectCell(1, 1);
    store.getState().setInitialValue('h', 2, 0.5);
    store.getState().drawInput([{ t: 3, value: -2 }]);
    expectCodeToMatch(store.getState());
  });

  it('the view’s first network: the pulse, one feature, forget gates raised', () => {
    expectCodeToMatch(createSequenceStore().getState());
  });

  it('leaves no tensor behind', () => {
    const store = createSequenceStore();
    const before = liveTensorCount();
    runCode(snippetText(pytorchSnippet(store.getState())), store.getState());
    expect(liveTensorCount()).toBe(before);
  });
});
