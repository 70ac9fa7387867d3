import { describe, expect, it } from 'vitest';
import { ModelInputError } from '../../src/model/errors';
import { parseSafetensors, readSafetensorsHeader, serializeSafetensors } from '../../src/model/safetensors';
import { buildFile, fixtureBytes, tensor, messageOf } from './weightFixtures';

function parseOne(dtype: string, shape: number[], bytes: number[]): Float32Array {
  const file = buildFile({ t: { dtype, shape, data_offsets: [0, bytes.length] } }, bytes);
  return parseSafetensors(file, 't.safetensors').t?.data ?? new Float32Array();
}

const ascii = (text: string) => Array.from(new TextEncoder().encode(text));

describe('parseSafetensors on files PyTorch wrote', () => {
  it('reads lstm_course.safetensors: nn.LSTM(50, 100, num_layers=2), values exactly as stored', () => {
    const dict = parseSafetensors(fixtureBytes('lstm_course.safetensors'), 'lstm_course.safetensors');
    expect(Object.keys(dict).sort()).toEqual([
      'bias_hh_l0',
      'bias_hh_l1',
      'bias_ih_l0',
      'bias_ih_l1',
      'weight_hh_l0',
      'weight_hh_l1',
      'weight_ih_l0',
      'weight_ih_l1',
    ]);
    expect(dict.weight_ih_l0?.shape).toEqual([400, 50]);
    expect(dict.weight_ih_l1?.shape).toEqual([400, 100]);
    expect(dict.bias_hh_l0?.shape).toEqual([400]);
    // Reference values read from the file with numpy.
    expect(dict.weight_ih_l0?.data[0]).toBe(Math.fround(0.05152631923556328));
    expect(dict.weight_ih_l0?.data[19999]).toBe(Math.fround(0.011896336451172829));
    expect(dict.bias_hh_l1?.data[399]).toBe(Math.fround(-0.09036065638065338));
  });

  it('reads a whole model (embedding, LSTM encoder, head) with every tensor under its full name', () => {
    const dict = parseSafetensors(fixtureBytes('model_with_lstm_encoder.safetensors'));
    expect(Object.keys(dict)).toHaveLength(11);
    expect(dict['embed.weight']?.shape).toEqual([30, 8]);
    expect(dict['encoder.weight_hh_l1']?.shape).toEqual([64, 16]);
    expect(dict['head.bias']?.data[0]).toBe(Math.fround(-1.2311415672302246));
    expect(dict['encoder.weight_ih_l0']?.data[0]).toBe(Math.fround(-0.017156273126602173));
  });

  it('reads a file that starts at an odd offset of a larger buffer', () => {
    const file = fixtureBytes('lstm_course.safetensors');
    const shifted = new Uint8Array(file.length + 3);
    shifted.set(file, 3);
    const dict = parseSafetensors(shifted.subarray(3));
    expect(dict.weight_ih_l0?.data[0]).toBe(Math.fround(0.05152631923556328));
  });

  it('refuses every truncation of a real file with a ModelInputError', () => {
    const file = fixtureBytes('model_with_lstm_encoder.safetensors');
    for (const length of [0, 1, 7, 8, 9, 100, 895, 896, 897, 2000, file.length - 1]) {
      expect(() => parseSafetensors(file.subarray(0, length)), `length ${length}`).toThrow(ModelInputError);
    }
  });
});

describe('dtypes', () => {
  it('widens F16, including subnormals, ±0, ±Infinity and NaN', () => {
    const values = parseOne(
      'F16',
      [10],
      [
        0x00, 0x3c, 0x00, 0xc0, 0xff, 0x7b, 0x01, 0x00, 0xff, 0x03, 0x00, 0x7c, 0x00, 0xfc, 0x00, 0x7e, 0x00, 0x80,
        0x55, 0x35,
      ],
    );
    expect(Array.from(values)).toEqual([
      1,
      -2,
      65504,
      2 ** -24,
      1023 * 2 ** -24,
      Infinity,
      -Infinity,
      NaN,
      -0,
      0.333251953125,
    ]);
    expect(Object.is(values[8], -0)).toBe(true);
  });

  it('widens BF16 as the upper 16 bits of a float32', () => {
    const values = parseOne('BF16', [2, 3], [0x80, 0x3f, 0x00, 0xc0, 0x49, 0x40, 0x80, 0x7f, 0x01, 0x00, 0xc0, 0x7f]);
    expect(Array.from(values)).toEqual([1, -2, 3.140625, Infinity, 2 ** -133, NaN]);
  });

  it('rounds F64 to the nearest float32, overflowing to Infinity as PyTorch does', () => {
    const values = parseOne(
      'F64',
      [3],
      [
        0, 0, 0, 0, 0, 0, 0xf8, 0x3f, 0x9a, 0x99, 0x99, 0x99, 0x99, 0x99, 0xb9, 0x3f, 0x3c, 0x3c, 0x3c, 0x3c, 0x3c,
        0x3c, 0x3c, 0xfe,
      ],
    );
    expect(Array.from(values)).toEqual([1.5, Math.fround(0.1), -Infinity]);
  });

  it('reads tensors at unaligned offsets', () => {
    const header =
      '{"h":{"dtype":"F16","shape":[1],"data_offsets":[0,2]},"f":{"dtype":"F32","shape":[],"data_offsets":[2,6]}}';
    const dict = parseSafetensors(buildFile(header, [0x00, 0x3c, 0x00, 0x00, 0x80, 0xbf]));
    expect(dict.h?.data).toEqual(new Float32Array([1]));
    expect(dict.f).toEqual({ shape: [], data: new Float32Array([-1]) });
  });
});

describe('serializeSafetensors', () => {
  it('writes byte for byte what the reference implementation writes', () => {
    const bytes = serializeSafetensors({ 'attn.0': tensor([1, 2, 3], [0, 1, 2, 3, 4, 5]) });
    const header = '{"attn.0":{"dtype":"F32","shape":[1,2,3],"data_offsets":[0,24]}}';
    const data = [0, 0, 0, 0, 0, 0, 0x80, 0x3f, 0, 0, 0, 0x40, 0, 0, 0x40, 0x40, 0, 0, 0x80, 0x40, 0, 0, 0xa0, 0x40];
    expect(Array.from(bytes)).toEqual([64, 0, 0, 0, 0, 0, 0, 0, ...ascii(header), ...data]);
  });

  it('writes metadata first and pads the header with spaces to a multiple of 8', () => {
    const empty = serializeSafetensors({}, { framework: 'pt' });
    expect(Array.from(empty)).toEqual([40, 0, 0, 0, 0, 0, 0, 0, ...ascii('{"__metadata__":{"framework":"pt"}}     ')]);
    expect(Array.from(serializeSafetensors({}))).toEqual([8, 0, 0, 0, 0, 0, 0, 0, ...ascii('{}      ')]);
  });

  it('round-trips names, shapes, values and metadata, with the tensors sorted by name', () => {
    const dict = {
      weight_ih_l0: tensor(
        [4, 3],
        Array.from({ length: 12 }, (_, i) => i / 7 - 0.8),
      ),
      '10': tensor([2], [Math.fround(1e-30), -3.5]),
      'a.b': tensor([], [42]),
      empty: tensor([0, 5]),
    };
    const bytes = serializeSafetensors(dict, { format: 'pt' });
    expect(parseSafetensors(bytes)).toEqual(dict);
    const header = readSafetensorsHeader(bytes);
    expect(header.metadata).toEqual({ format: 'pt' });
    expect(header.dataStart % 8).toBe(0);
    expect(header.tensors['10']?.dataOffsets).toEqual([0, 8]);
    expect(header.tensors.weight_ih_l0?.dataOffsets).toEqual([12, 60]);
  });

  it('refuses a tensor whose data does not fill its shape', () => {
    expect(messageOf(() => serializeSafetensors({ w: { shape: [2, 3], data: new Float32Array(5) } }))).toBe(
      'tensor w has shape [2, 3] but 5 values',
    );
  });
});

describe('malformed files are refused with a message naming the file and the problem', () => {
  const entry = { dtype: 'F32', shape: [2], data_offsets: [0, 8] };
  const eightBytes = new Array<number>(8).fill(0);

  it.each([
    ['an empty file', new Uint8Array(0), 'w.safetensors is empty'],
    ['a 5-byte file', new Uint8Array(5), 'w.safetensors is only 5 bytes long, too short for a safetensors file'],
    [
      'a header longer than the file',
      buildFile('{}', [], 1000),
      'w.safetensors declares a 1000-byte header but only 2 bytes follow',
    ],
    [
      'a header over the 100 MB cap',
      buildFile('{}', [], 2 ** 40),
      'more than the 100,000,000 bytes safetensors allows',
    ],
    ['a header that is not JSON', buildFile('{"w": oops}'), 'the header of w.safetensors is not valid UTF-8 JSON'],
    [
      'a header that is not UTF-8',
      buildFile('{"\u00e9"', []).map((byte) => (byte === 0xc3 ? 0xff : byte)),
      'is not valid UTF-8 JSON',
    ],
    [
      'a header that is an array',
      buildFile([1, 2]),
      'the header of w.safetensors must be a JSON object of tensors, got an array',
    ],
    [
      'an entry that is not an object',
      buildFile({ w: 3 }),
      'tensor w in w.safetensors must be described by "dtype", "shape" and "data_offsets"',
    ],
    [
      'no dtype',
      buildFile({ w: { shape: [2], data_offsets: [0, 8] } }, eightBytes),
      'tensor w in w.safetensors has no "dtype"',
    ],
    [
      'no shape',
      buildFile({ w: { dtype: 'F32', data_offsets: [0, 8] } }, eightBytes),
      'tensor w in w.safetensors has no "shape"',
    ],
    [
      'no data_offsets',
      buildFile({ w: { dtype: 'F32', shape: [2] } }, eightBytes),
      'tensor w in w.safetensors has no "data_offsets"',
    ],
    [
      'a negative dimension',
      buildFile({ w: { ...entry, shape: [-2] } }, eightBytes),
      'tensor w in w.safetensors has shape [-2], but a shape must be a list of whole numbers ≥ 0',
    ],
    [
      'a fractional dimension',
      buildFile({ w: { ...entry, shape: [1.5] } }, eightBytes),
      'has shape [1.5], but a shape must be',
    ],
    [
      'a huge shape',
      buildFile({ w: { ...entry, shape: [1e10, 1e10] } }, eightBytes),
      'tensor w in w.safetensors has shape [10000000000, 10000000000], more elements than any file can hold',
    ],
    [
      'offsets that are not a pair',
      buildFile({ w: { ...entry, data_offsets: [8] } }, eightBytes),
      'tensor w in w.safetensors has data_offsets [8], but they must be [begin, end]',
    ],
    [
      'offsets that end before they begin',
      buildFile({ w: { ...entry, data_offsets: [8, 0] } }, eightBytes),
      'tensor w in w.safetensors has data_offsets [8, 0], which end before they begin',
    ],
    [
      'offsets past the end of the file',
      buildFile({ w: { ...entry, data_offsets: [0, 8] } }, [0, 0, 0, 0]),
      'tensor w in w.safetensors has data_offsets [0, 8] but the data section holds only 4 bytes',
    ],
    [
      'a byte length that disagrees with the shape',
      buildFile({ w: { ...entry, shape: [3] } }, eightBytes),
      'tensor w in w.safetensors is F32 with shape [3], which takes 12 bytes, but its data_offsets [0, 8] span 8',
    ],
  ])('%s', (_, bytes, expected) => {
    expect(messageOf(() => parseSafetensors(bytes, 'w.safetensors'))).toContain(expected);
  });

  it.each(['I64', 'BOOL', 'U8'])('names the unsupported dtype %s and lists the supported ones', (dtype) => {
    const bytes = buildFile(
      { 'bn.num_batches_tracked': { dtype, shape: [], data_offsets: [0, dtype === 'I64' ? 8 : 1] } },
      eightBytes.slice(0, dtype === 'I64' ? 8 : 1),
    );
    expect(messageOf(() => parseSafetensors(bytes, 'w.safetensors'))).toBe(
      `tensor bn.num_batches_tracked in w.safetensors has dtype ${dtype}, which Gatescope cannot read; the supported dtypes are F32, F16, BF16, F64`,
    );
  });

  it('reads the wanted tensors of a file that also holds a dtype it cannot read', () => {
    const header = {
      'bn.num_batches_tracked': { dtype: 'I64', shape: [], data_offsets: [0, 8] },
      'rnn.bias_ih': { dtype: 'F32', shape: [1], data_offsets: [8, 12] },
    };
    const bytes = buildFile(header, [...eightBytes, 0, 0, 0x80, 0x3f]);
    expect(readSafetensorsHeader(bytes).tensors['bn.num_batches_tracked']?.dtype).toBe('I64');
    expect(parseSafetensors(bytes, 'w.safetensors', ['rnn.bias_ih'])).toEqual({ 'rnn.bias_ih': tensor([1], [1]) });
    expect(messageOf(() => parseSafetensors(bytes, 'w.safetensors', ['rnn.bias_hh']))).toBe(
      'w.safetensors has no tensor named rnn.bias_hh',
    );
  });

  it('names the file generically when no name is given', () => {
    expect(messageOf(() => parseSafetensors(new Uint8Array(3)))).toMatch(/^the safetensors file is only 3 bytes long/);
  });

  it('keeps a tensor named __proto__ as a tensor', () => {
    const dict = parseSafetensors(
      buildFile('{"__proto__":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}}', [0, 0, 0x80, 0x3f]),
    );
    expect(Object.keys(dict)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(dict)).toBe(Object.prototype);
  });
});
