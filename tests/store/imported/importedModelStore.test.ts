import { describe, expect, it } from 'vitest';
import { ModelInputError, type ModelFileModule, type ReadModelFile } from '../../../src/model';
import { createImportedModelStore } from '../../../src/store/imported/importedModelStore';
import { createLstmExplorerStore } from '../../../src/store/lstm/lstmExplorerStore';
import { tensor } from '../../model/weightFixtures';

const lstmModule = (prefix: string, inputSize: number, hiddenSize: number): ModelFileModule => ({
  prefix,
  module: 'LSTM',
  config: {
    inputSize,
    hiddenSize,
    numLayers: 1,
    bias: true,
    batchFirst: false,
    dropout: 0,
    bidirectional: false,
    projSize: 0,
  },
  parameterCount: 0,
  weights: {
    weight_ih_l0: tensor([4 * hiddenSize, inputSize]),
    weight_hh_l0: tensor([4 * hiddenSize, hiddenSize]),
    bias_ih_l0: tensor([4 * hiddenSize]),
    bias_hh_l0: tensor([4 * hiddenSize]),
  },
});

const file = (name: string) => Object.assign(new Blob(['x']), { name });

/** A reader that answers each file name with `answers[name]`: contents, or a refusal. */
function fakeReader(answers: Record<string, ModelFileModule[] | string>) {
  return async (blob: Blob & { name: string }): Promise<ReadModelFile> => {
    const answer = answers[blob.name]!;
    if (typeof answer === 'string') throw new ModelInputError(answer);
    return {
      name: blob.name,
      bytes: 1,
      hash: `hash-of-${blob.name}`,
      contents: { format: 'safetensors', modules: answer, refused: [] },
    };
  };
}

describe('importedModelStore', () => {
  it('holds the file read, its modules and the first chosen; only its name and hash describe it', async () => {
    const store = createImportedModelStore(
      fakeReader({ 'two.safetensors': [lstmModule('encoder.', 3, 4), lstmModule('decoder.', 4, 4)] }),
    );
    await store.getState().importFile(file('two.safetensors'));
    expect(store.getState().file).toEqual({ name: 'two.safetensors', bytes: 1, hash: 'hash-of-two.safetensors' });
    expect(store.getState().modules.map((module) => module.prefix)).toEqual(['encoder.', 'decoder.']);
    expect(store.getState().chosen).toBe(0);
    store.getState().chooseModule(1);
    expect(store.getState().chosen).toBe(1);
    store.getState().chooseModule(5);
    expect(store.getState().chosen).toBe(1);
  });

  it('lists a plain RNN as refused, since the cell explorers draw LSTM and GRU cells only', async () => {
    const rnn: ModelFileModule = {
      ...lstmModule('rnn.', 2, 3),
      module: 'RNN',
      weights: { weight_ih_l0: tensor([3, 2]), weight_hh_l0: tensor([3, 3]) },
    };
    const why = 'nn.RNN(2, 3) is a plain RNN, and the cell explorers show LSTM and GRU cells only';
    const store = createImportedModelStore(
      fakeReader({ 'mixed.safetensors': [rnn, lstmModule('encoder.', 3, 4)], 'lab.safetensors': [rnn] }),
      async () => {},
    );
    await store.getState().importFile(file('mixed.safetensors'));
    expect(store.getState().modules.map((module) => module.prefix)).toEqual(['encoder.']);
    expect(store.getState().refused).toEqual([{ prefix: 'rnn.', reason: why, problem: 'plainRnn' }]);
    await store.getState().importFile(file('lab.safetensors'));
    expect(store.getState().error).toEqual({ file: 'lab.safetensors', message: why, problem: 'plainRnn' });
    expect(store.getState().file?.name).toBe('mixed.safetensors');
  });

  it('keeps the model it had when a file is refused, and says why', async () => {
    const store = createImportedModelStore(
      fakeReader({ 'good.safetensors': [lstmModule('', 3, 4)], 'bad.bin': 'bad.bin is neither…' }),
    );
    await store.getState().importFile(file('good.safetensors'));
    await store.getState().importFile(file('bad.bin'));
    expect(store.getState().error).toEqual({ file: 'bad.bin', message: 'bad.bin is neither…' });
    expect(store.getState().file?.name).toBe('good.safetensors');
    expect(store.getState().modules).toHaveLength(1);
    expect(store.getState().reading).toBeUndefined();
    store.getState().dismissError();
    expect(store.getState().error).toBeUndefined();
  });
});

describe('an explorer showing an imported cell', () => {
  const cell = (inputSize: number, hiddenSize: number) => ({
    inputSize,
    hiddenSize,
    weights: {
      weight_ih: tensor([4 * hiddenSize, inputSize]),
      weight_hh: tensor([4 * hiddenSize, hiddenSize]),
      bias_ih: tensor([4 * hiddenSize]),
      bias_hh: tensor([4 * hiddenSize]),
    },
    source: { file: 'f', hash: 'h', module: 'nn.LSTM(5, 6)', prefix: '', layer: 0, direction: 0 },
  });

  it('takes the cell’s sizes and weights, keeping the inputs that fit', () => {
    const explorer = createLstmExplorerStore();
    expect(explorer.getState().showImportedCell(cell(5, 6))).toBeUndefined();
    const state = explorer.getState();
    expect([state.inputSize, state.hiddenSize]).toEqual([5, 6]);
    expect(state.input).toEqual([0.8, -0.5, 1.2, 0, 0]);
    expect(state.weights.weight_ih!.shape).toEqual([24, 5]);
    expect(state.imported?.source.module).toBe('nn.LSTM(5, 6)');
  });

  it('adds the bias shifts to the imported weights and leaves them for a preset or other sizes', () => {
    const explorer = createLstmExplorerStore();
    const imported = cell(5, 6);
    explorer.getState().showImportedCell(imported);
    explorer.getState().setBiasShift('forget', 2);
    expect(explorer.getState().imported).toBeDefined();
    // The forget gate's bias is the second of four blocks: 0.5 imported, + 2.
    expect(Array.from(explorer.getState().weights.bias_ih!.data.slice(6, 12))).toEqual([2.5, 2.5, 2.5, 2.5, 2.5, 2.5]);
    explorer.getState().setSizes(3, 4);
    expect(explorer.getState().imported).toBeUndefined();
    explorer.getState().showImportedCell(imported);
    explorer.getState().choosePreset('random');
    expect(explorer.getState().imported).toBeUndefined();
  });

  it('refuses a cell too large to draw, in one sentence, and keeps what it showed', () => {
    const explorer = createLstmExplorerStore();
    expect(explorer.getState().showImportedCell(cell(300, 4))).toMatch(/300 inputs.*up to 200 inputs/);
    expect(explorer.getState().inputSize).toBe(3);
    expect(explorer.getState().imported).toBeUndefined();
  });
});
