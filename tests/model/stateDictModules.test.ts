import { describe, expect, it } from 'vitest';
import { parseSafetensors, readSafetensorsHeader, serializeSafetensors } from '../../src/model/safetensors';
import {
  chooseRecurrentModule,
  findRecurrentModules,
  parseParameterName,
  selectRecurrentModule,
} from '../../src/model/stateDictModules';
import type { StateDict } from '../../src/model/types';
import { fixtureBytes, tensor, messageOf } from './weightFixtures';

function dictOf(...names: string[]): StateDict {
  return Object.fromEntries(names.map((name) => [name, tensor([1])]));
}

/** `bytes` with the first occurrence of ASCII `from` overwritten by `to` (of the same length). */
function replaceAscii(bytes: Uint8Array, from: string, to: string): Uint8Array {
  const latin1 = Array.from(bytes, (byte) => String.fromCharCode(byte)).join('');
  const at = latin1.indexOf(from);
  expect(at).toBeGreaterThan(0);
  const patched = bytes.slice();
  patched.set(new TextEncoder().encode(to), at);
  return patched;
}

const lstmNames = ['weight_ih_l0', 'weight_hh_l0', 'bias_ih_l0', 'bias_hh_l0'];
const seq2seq = dictOf(
  'embed.weight',
  ...lstmNames.map((name) => `encoder.${name}`),
  ...lstmNames.map((name) => `decoder.${name}`),
  'head.weight',
);

describe('parseParameterName', () => {
  it.each([
    ['weight_ih_l0', { role: 'weight_ih', layer: 0, direction: 0 }],
    ['bias_hh_l12_reverse', { role: 'bias_hh', layer: 12, direction: 1 }],
    ['weight_hr_l1', { role: 'weight_hr', layer: 1, direction: 0 }],
    ['weight_hh', { role: 'weight_hh', layer: undefined, direction: 0 }],
  ])('reads %s', (name, expected) => {
    expect(parseParameterName(name)).toEqual(expected);
  });

  it.each(['weight_hr', 'weight_ih_l01', 'weight_ih_reverse', 'my_weight_ih_l0', 'weight_ih_l0_raw', 'weight'])(
    'does not take %s for a recurrent parameter',
    (name) => {
      expect(parseParameterName(name)).toBeUndefined();
    },
  );
});

describe('findRecurrentModules', () => {
  it('finds the encoder of the fixture model beside its embedding and head', () => {
    const dict = parseSafetensors(fixtureBytes('model_with_lstm_encoder.safetensors'));
    const candidates = findRecurrentModules(dict);
    expect(candidates.map((candidate) => candidate.prefix)).toEqual(['encoder.']);
    expect(candidates[0]?.names).toHaveLength(8);
    expect(candidates[0]?.names).toContain('encoder.weight_hh_l1');
  });

  it('gives a bare module the empty prefix', () => {
    const dict = parseSafetensors(fixtureBytes('lstm_course.safetensors'));
    expect(findRecurrentModules(dict)).toEqual([{ prefix: '', names: Object.keys(dict) }]);
  });

  it('finds cells and nested modules, each with its own tensors only', () => {
    const dict = dictOf(
      'model.rnn.weight_ih_l0',
      'model.rnn.sub.weight',
      'model.rnn.weight_hh_l0',
      'cell.weight_ih',
      'cell.weight_hh',
      'cell.scale',
    );
    expect(findRecurrentModules(dict)).toEqual([
      { prefix: 'model.rnn.', names: ['model.rnn.weight_ih_l0', 'model.rnn.weight_hh_l0'] },
      { prefix: 'cell.', names: ['cell.weight_ih', 'cell.weight_hh', 'cell.scale'] },
    ]);
  });

  it('finds nothing in a model without recurrent parameters', () => {
    expect(findRecurrentModules(dictOf('fc.weight', 'fc.bias', 'my_weight_ih_l0'))).toEqual([]);
  });
});

describe('selectRecurrentModule', () => {
  it('takes the only recurrent module of a file when no prefix is given, prefix stripped', () => {
    const dict = parseSafetensors(fixtureBytes('model_with_lstm_encoder.safetensors'));
    const selected = selectRecurrentModule(dict, undefined, 'model.safetensors');
    expect(Object.keys(selected).sort()).toEqual([
      'bias_hh_l0',
      'bias_hh_l1',
      'bias_ih_l0',
      'bias_ih_l1',
      'weight_hh_l0',
      'weight_hh_l1',
      'weight_ih_l0',
      'weight_ih_l1',
    ]);
    expect(selected.weight_ih_l0).toBe(dict['encoder.weight_ih_l0']);
  });

  it('takes the module a prefix names, with or without its final dot', () => {
    expect(Object.keys(selectRecurrentModule(seq2seq, 'decoder.'))).toEqual(lstmNames);
    expect(selectRecurrentModule(seq2seq, 'decoder').weight_ih_l0).toBe(seq2seq['decoder.weight_ih_l0']);
  });

  it("keeps the module's stray tensors so that checking them can name them", () => {
    const selected = selectRecurrentModule(
      dictOf('rnn.weight_ih', 'rnn.weight_hh', 'rnn.gain', 'rnn.inner.weight'),
      'rnn.',
    );
    expect(Object.keys(selected)).toEqual(['weight_ih', 'weight_hh', 'gain']);
  });

  it('asks which module when there are several', () => {
    expect(messageOf(() => selectRecurrentModule(seq2seq, undefined, 'model.safetensors'))).toBe(
      'model.safetensors holds 2 recurrent modules ("encoder.", "decoder."); say which with "prefix"',
    );
  });

  it('lists the modules found when the prefix names none', () => {
    expect(messageOf(() => selectRecurrentModule(seq2seq, 'rnn.', 'model.safetensors'))).toBe(
      'prefix "rnn." names no recurrent module in model.safetensors; it holds "encoder.", "decoder."',
    );
    expect(messageOf(() => selectRecurrentModule(dictOf(...lstmNames), 'encoder.'))).toBe(
      'prefix "encoder." names no recurrent module in the state_dict; it holds ""',
    );
  });

  it('says so when there is no recurrent module at all, naming what there is', () => {
    expect(messageOf(() => selectRecurrentModule(dictOf('fc.weight', 'fc.bias'), undefined, 'mlp.safetensors'))).toBe(
      'mlp.safetensors holds no LSTM, GRU or RNN parameters (nothing named like weight_ih_l0 or weight_ih), only fc.weight, fc.bias',
    );
    expect(messageOf(() => selectRecurrentModule({}, undefined))).toContain('only no tensors at all');
  });
});

describe('picking a module from a safetensors header before decoding', () => {
  it('reads only the chosen module, so other layers may hold dtypes Gatescope cannot read', () => {
    const model = parseSafetensors(fixtureBytes('model_with_lstm_encoder.safetensors'));
    const bytes = serializeSafetensors(model);
    // The embedding's 960 bytes re-labelled as I64, as a BatchNorm's num_batches_tracked would be.
    const patched = replaceAscii(
      bytes,
      '"embed.weight":{"dtype":"F32","shape":[30,8]',
      '"embed.weight":{"dtype":"I64","shape":[30,4]',
    );
    expect(() => parseSafetensors(patched, 'model.safetensors')).toThrow('has dtype I64');
    const header = readSafetensorsHeader(patched, 'model.safetensors');
    const chosen = chooseRecurrentModule(header.tensors, undefined, 'model.safetensors');
    const selected = selectRecurrentModule(parseSafetensors(patched, 'model.safetensors', chosen.names), chosen.prefix);
    expect(selected.weight_hh_l1).toEqual(model['encoder.weight_hh_l1']);
  });
});
