import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ModelFileError } from '../../src/model/errors';
import { readModelFile } from '../../src/model/modelFile';
import { readModelFileOffThread } from '../../src/model/modelFileReader';
import { cellOfModule } from '../../src/model/moduleCell';
import { serializeSafetensors } from '../../src/model/safetensors';
import { FIXTURE_DIR } from '../support/fixtures';
import { buildFile, fixtureBytes, fixtureStateDict, INLINE_FIXTURES, messageOf, tensor } from './weightFixtures';

const jsonBytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

describe('readModelFile', () => {
  it.each(['lstm_course', 'lstm_course_init_state'])('reads %s.safetensors as the nn.LSTM it holds', (name) => {
    const contents = readModelFile(fixtureBytes(`${name}.safetensors`), `${name}.safetensors`);
    expect(contents.format).toBe('safetensors');
    expect(contents.modules).toHaveLength(1);
    const [lstm] = contents.modules;
    expect(lstm).toMatchObject({ prefix: '', module: 'LSTM' });
    expect(lstm!.config).toMatchObject({ inputSize: 50, hiddenSize: 100, numLayers: 2 });
    expect(lstm!.weights.weight_hh_l0!.shape).toEqual([400, 100]);
  });

  it('finds the LSTM inside a whole model and leaves its other layers alone', () => {
    const contents = readModelFile(fixtureBytes('model_with_lstm_encoder.safetensors'), 'model.safetensors');
    expect(contents.modules.map((module) => [module.prefix, module.module])).toEqual([['encoder.', 'LSTM']]);
    expect(Object.keys(contents.modules[0]!.weights).sort()).toEqual([
      'bias_hh_l0',
      'bias_hh_l1',
      'bias_ih_l0',
      'bias_ih_l1',
      'weight_hh_l0',
      'weight_hh_l1',
      'weight_ih_l0',
      'weight_ih_l1',
    ]);
    expect(contents.modules[0]!.parameterCount).toBe(64 * 8 + 64 * 16 * 3 + 64 * 4);
  });

  it.each(INLINE_FIXTURES)('reads the JSON state_dict of the %s fixture, as a request or bare', (name) => {
    const request = JSON.parse(readFileSync(join(FIXTURE_DIR, `${name}.request.json`), 'utf8'));
    const asRequest = readModelFile(jsonBytes(request), `${name}.request.json`);
    const bare = readModelFile(jsonBytes(request.state_dict), `${name}.json`);
    expect(asRequest.format).toBe('json');
    expect(bare.modules[0]!.config).toEqual(asRequest.modules[0]!.config);
    expect(bare.modules[0]!.module).toBe(request.module);
  });

  it('lists every recurrent module of a model with two, and says why one was refused', () => {
    const lstm = fixtureStateDict('lstm_tiny');
    const gru = fixtureStateDict('gru_cell');
    const dict = {
      ...Object.fromEntries(Object.entries(lstm).map(([name, value]) => [`encoder.${name}`, value])),
      ...Object.fromEntries(Object.entries(gru).map(([name, value]) => [`decoder.cell.${name}`, value])),
      'broken.weight_ih_l0': tensor([8, 3]),
      'broken.weight_hh_l0': tensor([8, 5]),
    };
    const contents = readModelFile(serializeSafetensors(dict), 'two.safetensors');
    // In the file's order: safetensors writes its tensors sorted by name.
    expect(contents.modules.map((module) => `${module.prefix}${module.module}`)).toEqual([
      'decoder.cell.GRUCell',
      'encoder.LSTM',
    ]);
    expect(contents.refused).toHaveLength(1);
    expect(contents.refused[0]!.prefix).toBe('broken.');
    expect(contents.refused[0]!.reason).toMatch(/weight_hh_l0/);
    expect(contents.refused[0]!.problem).toBe('notPyTorchModule');
  });

  it('says what kind of problem stopped a file, for a sentence in the reader’s language', () => {
    const course = fixtureBytes('lstm_course.safetensors');
    const ints = buildFile(
      {
        weight_ih_l0: { dtype: 'I64', shape: [4, 1], data_offsets: [0, 32] },
        weight_hh_l0: { dtype: 'F32', shape: [4, 1], data_offsets: [32, 48] },
      },
      new Uint8Array(48),
    );
    const cases: [Uint8Array, string][] = [
      [new Uint8Array(0), 'empty'],
      [new TextEncoder().encode('hello, world'), 'notModelFile'],
      [new TextEncoder().encode('{"weight_ih_l0": {"shape": [4'), 'notModelFile'],
      [course.subarray(0, course.length - 100), 'damaged'],
      [course.subarray(0, 2000), 'damaged'],
      [serializeSafetensors({ 'fc.weight': tensor([2, 3]) }), 'noRecurrentModule'],
      [ints, 'unreadableTensors'],
      [serializeSafetensors({ weight_ih_l0: tensor([8, 3]), weight_hh_l0: tensor([8, 5]) }), 'notPyTorchModule'],
    ];
    for (const [bytes, problem] of cases) {
      let thrown: unknown;
      try {
        readModelFile(bytes, 'file');
      } catch (error) {
        thrown = error;
      }
      expect(thrown, problem).toBeInstanceOf(ModelFileError);
      expect((thrown as ModelFileError).problem, (thrown as Error).message).toBe(problem);
    }
  });

  it('refuses what is not a model, in one sentence naming the file', () => {
    const course = fixtureBytes('lstm_course.safetensors');
    expect(messageOf(() => readModelFile(course.subarray(0, course.length - 100), 'cut.safetensors'))).toMatch(
      /cut\.safetensors/,
    );
    expect(messageOf(() => readModelFile(new Uint8Array(0), 'empty.bin'))).toBe('empty.bin is empty');
    expect(messageOf(() => readModelFile(new TextEncoder().encode('hello, world'), 'notes.txt'))).toMatch(
      /neither a \.safetensors file nor a JSON state_dict/,
    );
    expect(
      messageOf(() => readModelFile(new TextEncoder().encode('{"weight_ih_l0": {"shape": [4'), 'cut.json')),
    ).toMatch(/not valid JSON/);
    const linear = serializeSafetensors({ 'fc.weight': tensor([2, 3]), 'fc.bias': tensor([2]) });
    expect(messageOf(() => readModelFile(linear, 'linear.safetensors'))).toMatch(
      /holds no LSTM, GRU or RNN.*fc\.weight/,
    );
  });

  it('refuses a recurrent module stored in a dtype it cannot read, naming the tensor and the dtype', () => {
    const file = buildFile(
      {
        weight_ih_l0: { dtype: 'I64', shape: [4, 1], data_offsets: [0, 32] },
        weight_hh_l0: { dtype: 'F32', shape: [4, 1], data_offsets: [32, 48] },
      },
      new Uint8Array(48),
    );
    expect(messageOf(() => readModelFile(file, 'ints.safetensors'))).toMatch(/weight_ih_l0.*I64/);
  });

  it('reports its progress as each module is decoded', () => {
    const seen: number[] = [];
    readModelFile(fixtureBytes('model_with_lstm_encoder.safetensors'), 'model.safetensors', (fraction) =>
      seen.push(fraction),
    );
    expect(seen).toEqual([1]);
  });
});

describe('readModelFileOffThread', () => {
  it('reads a picked file and names it by its SHA-256', async () => {
    const bytes = fixtureBytes('lstm_course.safetensors') as Uint8Array<ArrayBuffer>;
    const file = new File([bytes], 'lstm_course.safetensors');
    const phases = new Set<string>();
    const read = await readModelFileOffThread(file, (progress) => phases.add(progress.phase));
    expect(read.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(read).toMatchObject({ name: 'lstm_course.safetensors', bytes: bytes.byteLength });
    expect(read.contents.modules[0]!.module).toBe('LSTM');
    expect([...phases].sort()).toEqual(['decoding', 'reading']);
    const again = await readModelFileOffThread(new File([bytes], 'renamed.safetensors'));
    expect(again.hash).toBe(read.hash);
  });
});

describe('cellOfModule', () => {
  it('gives the cell of a layer and direction under nn.LSTMCell names', () => {
    const [module] = readModelFile(
      jsonBytes(JSON.parse(readFileSync(join(FIXTURE_DIR, 'lstm_bidirectional_batch_first.request.json'), 'utf8'))),
      'bi.json',
    ).modules;
    const cell = cellOfModule(module!, 1, 1);
    expect(cell.weights.weight_ih).toBe(module!.weights.weight_ih_l1_reverse);
    expect(cell.inputSize).toBe(2 * module!.config.hiddenSize);
    expect(messageOf(() => cellOfModule(module!, 7, 0))).toBe('the module has no layer 7');
  });

  it('gives zero biases for a module without, and refuses a projected LSTM', () => {
    const noBias = readModelFile(jsonBytes(fixtureJson('lstm_no_bias_unbatched')), 'nb.json').modules[0]!;
    const cell = cellOfModule(noBias);
    expect(Array.from(cell.weights.bias_ih!.data).every((value) => value === 0)).toBe(true);
    const projected = readModelFile(jsonBytes(fixtureJson('lstm_proj')), 'proj.json').modules[0]!;
    expect(messageOf(() => cellOfModule(projected))).toMatch(/proj_size/);
  });
});

function fixtureJson(name: string): unknown {
  return JSON.parse(readFileSync(join(FIXTURE_DIR, `${name}.request.json`), 'utf8'));
}
