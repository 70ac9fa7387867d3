import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initBackend, type ModelFileModule } from '../../../src/model';
import { forward } from '../../../src/model/forward';
import { releaseCachedModel } from '../../../src/model/modelCache';
import { readModelFile } from '../../../src/model/modelFile';
import { parseForwardRequest } from '../../../src/model/request';
import { lstmExplorerStore } from '../../../src/store/lstm/lstmExplorerStore';
import { openSequenceCell } from '../../../src/store/sequence/openSequenceCell';
import { sequenceRunJson, sequenceWeightsFile } from '../../../src/store/sequence/sequenceExport';
import { type InputEdit } from '../../../src/store/sequence/sequenceSettings';
import { createSequenceStore, networkRefusal, type ImportedNetwork } from '../../../src/store/sequence/sequenceStore';
import {
  FIXTURE_DIR,
  firstMismatch,
  fixtureExpected,
  fixtureRequest,
  type ExpectedTensor,
} from '../../support/fixtures';

// An imported nn.LSTM / nn.GRU drives the sequence view: every layer and direction of the file's
// own weights, over the view's input, giving PyTorch's numbers.

beforeAll(async () => {
  await initBackend();
});
afterAll(() => releaseCachedModel());

/** The first recurrent module of a fixture's weights: its .safetensors file when it names one, else its JSON. */
function fixtureModule(name: string): ModelFileModule {
  const request = fixtureRequest(name) as { weights?: string };
  const file = request.weights ?? `${name}.request.json`;
  const bytes = readFileSync(resolve(FIXTURE_DIR, file));
  return readModelFile(new Uint8Array(bytes), file).modules[0]!;
}

function network(module: ModelFileModule, file = 'model.safetensors'): ImportedNetwork {
  return { module, source: { file, hash: 'ab'.repeat(32), module: `nn.${module.module}`, prefix: module.prefix } };
}

/** Every value of a fixture's input as the sequence view's drawn edits, time-major. */
function inputEditsOf(
  input: ExpectedTensor,
  batchFirst: boolean,
): { steps: number; batch: number; edits: InputEdit[] } {
  const [a, b, features] = input.shape.length === 2 ? [input.shape[0]!, 1, input.shape[1]!] : input.shape;
  const [steps, batch] = batchFirst ? [b!, a!] : [a!, b!];
  const edits: InputEdit[] = [];
  for (let t = 0; t < steps; t++)
    for (let element = 0; element < batch; element++)
      for (let feature = 0; feature < features!; feature++) {
        const at = batchFirst ? (element * steps + t) * features! : (t * batch + element) * features!;
        edits.push({ t, batch: element, feature, value: input.data[at + feature]! });
      }
  return { steps, batch, edits };
}

/** `want` with the shape of `got` when only a batch axis of 1 differs (an unbatched fixture). */
function asShown(want: ExpectedTensor, got: { shape: number[] }): ExpectedTensor {
  const size = (shape: number[]) => shape.reduce((product, n) => product * n, 1);
  return size(want.shape) === size(got.shape) ? { ...want, shape: got.shape } : want;
}

describe('the sequence view running an imported network', () => {
  it.each(['lstm_bidirectional_batch_first', 'lstm_tiny', 'lstm_no_bias_unbatched', 'model_with_lstm_encoder'])(
    '%s: out, h_n and c_n equal PyTorch’s',
    (name) => {
      const module = fixtureModule(name);
      const request = fixtureRequest(name) as { input: ExpectedTensor; config?: { batch_first?: boolean } };
      // batch_first is no weight's shape: the file cannot say it, the reader sets it in the view.
      const batchFirst = request.config?.batch_first === true;
      const expected = fixtureExpected(name);
      const store = createSequenceStore();
      expect(store.getState().showImportedNetwork(network(module))).toBeUndefined();
      const { steps, batch, edits } = inputEditsOf(request.input, batchFirst);
      store.getState().restoreSettings({ steps, batch, batchFirst, inputEdits: edits });
      const { run, imported, numLayers, bidirectional } = store.getState();
      expect(imported?.module).toBe(module);
      expect([numLayers, bidirectional]).toEqual([module.config.numLayers, module.config.bidirectional]);
      expect(firstMismatch(run!.result.output, asShown(expected.output!, run!.result.output!))).toBeUndefined();
      expect(firstMismatch(run!.result.hN, asShown(expected.h_n, run!.result.hN))).toBeUndefined();
      expect(firstMismatch(run!.result.cN, asShown(expected.c_n!, run!.result.cN!))).toBeUndefined();
    },
  );

  it('a GRU too, and its bias shift moves only that gate’s block of b_ih in every layer and direction', () => {
    const module = fixtureModule('gru_bidirectional_3_layers');
    const store = createSequenceStore();
    store.getState().showImportedNetwork(network(module));
    store.getState().setBiasShift('update', 2);
    const { weights, biasShifts } = store.getState();
    expect(biasShifts).toEqual({ update: 2 });
    const hidden = module.config.hiddenSize;
    for (const suffix of ['_l0', '_l1_reverse', '_l2']) {
      const shifted = weights[`bias_ih${suffix}`]!.data;
      const original = module.weights[`bias_ih${suffix}`]!.data;
      // Packed r, z, n: z is block 1.
      for (let row = 0; row < 3 * hidden; row++)
        expect(shifted[row]).toBeCloseTo(original[row]! + (row >= hidden && row < 2 * hidden ? 2 : 0), 5);
      expect(weights[`weight_hh${suffix}`]!.data).toBe(module.weights[`weight_hh${suffix}`]!.data);
    }
    // The file's own arrays are never changed.
    expect(module.weights.bias_ih_l0!.data[hidden]).not.toBeCloseTo(weights.bias_ih_l0!.data[hidden]!, 3);
  });

  it('leaves the imported network for a preset, the course’s network, or another size; keeps it for the input', () => {
    const module = fixtureModule('lstm_tiny');
    const store = createSequenceStore();
    store.getState().showImportedNetwork(network(module));
    store.getState().chooseInputPreset('sine');
    store.getState().configure({ steps: 12, batch: 2 });
    expect(store.getState().imported).toBeDefined();
    store.getState().configure({ hiddenSize: 5 });
    expect(store.getState().imported).toBeUndefined();
    store.getState().showImportedNetwork(network(module));
    store.getState().chooseWeightPreset('random');
    expect(store.getState().imported).toBeUndefined();
    store.getState().showImportedNetwork(network(module));
    store.getState().loadCourseNetwork('LSTM');
    expect(store.getState().imported).toBeUndefined();
  });

  it('a new network starts without bias shifts; a link’s shifts stay', () => {
    const module = fixtureModule('lstm_tiny');
    const store = createSequenceStore();
    expect(store.getState().biasShifts).toEqual({ forget: 4 });
    store.getState().showImportedNetwork(network(module));
    expect(store.getState().biasShifts).toEqual({});
    store.getState().setBiasShift('input', -1.5);
    store.getState().configure({ hiddenSize: 2 });
    store.getState().showImportedNetwork(network(module), { keepAdjustments: true });
    expect(store.getState().biasShifts).toEqual({ input: -1.5 });
  });

  it('refuses, in one sentence and changing nothing, what it cannot run', () => {
    const store = createSequenceStore();
    const before = store.getState();
    for (const [name, why] of [
      ['lstm_cell', /runs one step, not a sequence/],
      ['lstm_proj', /proj_size 3/],
    ] as const) {
      const module = fixtureModule(name);
      expect(networkRefusal(module)).toMatch(why);
      expect(store.getState().showImportedNetwork(network(module))).toMatch(why);
    }
    const wide = fixtureModule('lstm_tiny');
    const tooWide = { ...wide, config: { ...wide.config, hiddenSize: 101 } };
    expect(store.getState().showImportedNetwork(network(tooWide))).toMatch(/up to 50 inputs, 100 units and 3 layers/);
    expect(store.getState()).toBe(before);
  });

  it('a click on a cell of the timeline opens that layer and direction of the imported model in the explorer, same step', () => {
    const module = fixtureModule('lstm_bidirectional_batch_first');
    const store = createSequenceStore();
    store.getState().showImportedNetwork(network(module));
    store.getState().configure({ steps: 5 });
    const state = store.getState();
    const snapshot = openSequenceCell(state, { layer: 1, direction: 1, t: 2, batch: 0 });
    expect(snapshot?.clamped).toBe(false);
    const explorer = lstmExplorerStore.getState();
    expect(explorer.imported?.source).toMatchObject({ layer: 1, direction: 1, prefix: module.prefix });
    expect(explorer.weights.weight_hh!.data).toEqual(module.weights.weight_hh_l1_reverse!.data);
    const ran = state.run!.steps[3]![2]!.gates.h.data.subarray(0, module.config.hiddenSize);
    const shown = explorer.explanation!.hidden;
    ran.forEach((value, unit) => expect(shown[unit]).toBeCloseTo(value, 5));
  });

  it('exports weights and run that load back to the same numbers', () => {
    const module = fixtureModule('lstm_no_bias_unbatched');
    const store = createSequenceStore();
    store.getState().showImportedNetwork(network(module, 'no-bias.json'));
    store.getState().setBiasShift('forget', 1.5);
    const state = store.getState();
    const file = sequenceWeightsFile(state, state.weights);
    const [reread] = readModelFile(file, 'sequence.safetensors').modules;
    expect(reread!.module).toBe('LSTM');
    const runJson = JSON.parse(JSON.stringify(sequenceRunJson(state, state.run!)));
    const { output: _output, h_n: _hN, c_n: _cN, trace: _trace, ...asked } = runJson;
    const request = parseForwardRequest({ ...asked, weights: 'sequence.safetensors' }, () => file);
    const answer = forward(request);
    expect(firstMismatch(answer.output, runJson.output)).toBeUndefined();
    expect(firstMismatch(answer.cN, runJson.c_n)).toBeUndefined();
    expect(runJson.trace).toHaveLength(state.steps * state.numLayers);
  });
});
