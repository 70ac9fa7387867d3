import { describe, expect, it } from 'vitest';
import { answerFromResult, parseForwardRequest } from '../../src/model/request';
import type { ForwardResult } from '../../src/model/types';
import { fixtureRequest, readFixtureFile } from '../support/fixtures';

const noFiles = (path: string): Uint8Array => {
  throw new Error(`unexpected read of ${path}`);
};

function tinyRequest(): Record<string, unknown> {
  return structuredClone(fixtureRequest('lstm_tiny')) as Record<string, unknown>;
}

describe('parseForwardRequest', () => {
  it('reads the fixture format with inline weights', () => {
    const request = parseForwardRequest(fixtureRequest('lstm_tiny'), noFiles);
    expect(request.module).toBe('LSTM');
    expect(request.config).toMatchObject({ inputSize: 3, hiddenSize: 4, numLayers: 1, bias: true, batchFirst: false });
    expect(request.input.shape).toEqual([8, 1, 3]);
    expect(request.weights.weight_hh_l0!.shape).toEqual([16, 4]);
  });

  it('reads a whole model from safetensors and picks the module by prefix, inferring module and config', () => {
    const request = parseForwardRequest(fixtureRequest('model_with_lstm_encoder'), readFixtureFile);
    expect(request.module).toBe('LSTM');
    expect(request.config).toMatchObject({ inputSize: 8, hiddenSize: 16, numLayers: 2 });
    expect(Object.keys(request.weights).every((name) => !name.includes('.'))).toBe(true);
  });

  it('reads a whole model whose other layers hold dtypes Gatescope cannot decode', () => {
    const original = readFixtureFile('model_with_lstm_encoder.safetensors');
    // Re-label the embedding as I64 in place, as a BatchNorm's num_batches_tracked would be stored.
    const text = new TextDecoder('latin1').decode(original);
    const from = '"embed.weight":{"dtype":"F32","shape":[30,8]';
    const at = text.indexOf(from);
    expect(at).toBeGreaterThan(0);
    const patched = original.slice();
    patched.set(new TextEncoder().encode('"embed.weight":{"dtype":"I64","shape":[30,4]'), at);
    const request = parseForwardRequest(fixtureRequest('model_with_lstm_encoder'), () => patched);
    expect(request.weights.weight_ih_l0!.shape).toEqual([64, 8]);
  });

  it('names the file when the weights file is malformed', () => {
    const request = { ...tinyRequest(), state_dict: undefined, weights: 'broken.safetensors' };
    delete request.state_dict;
    expect(() => parseForwardRequest(request, () => new Uint8Array([1, 2, 3]))).toThrow(/broken\.safetensors/);
  });

  const refusals: [string, (request: Record<string, unknown>) => void, RegExp][] = [
    ['an unknown field', (r) => (r.inputs = r.input), /unknown request field "inputs"/],
    ['no weights', (r) => delete r.state_dict, /no weights: add state_dict/],
    ['both kinds of weights', (r) => (r.weights = 'x.safetensors'), /either state_dict or weights, not both/],
    ['no input', (r) => delete r.input, /has no input/],
    [
      'a non-number in the input',
      (r) => ((r.input as { data: unknown[] }).data[4] = 'abc'),
      /input\.data\[4\] is "abc", not a finite number/,
    ],
    [
      'a null (NaN written by a JSON encoder) in the input',
      (r) => ((r.input as { data: unknown[] }).data[0] = null),
      /input\.data\[0\] is null/,
    ],
    [
      'data and shape disagreeing',
      (r) => ((r.input as { shape: number[] }).shape = [8, 1, 4]),
      /input\.data has 24 values but shape \[8, 1, 4\] needs 32/,
    ],
    [
      'a bad shape',
      (r) => ((r.input as { shape: unknown[] }).shape = [8, -1, 3]),
      /input\.shape must be a list of whole numbers/,
    ],
    [
      'a misspelt config key',
      (r) => ((r.config as Record<string, unknown>).hidden = 4),
      /config\.hidden is not an argument/,
    ],
    [
      'a config value of the wrong type',
      (r) => ((r.config as Record<string, unknown>).bias = 'yes'),
      /config\.bias must be a boolean/,
    ],
    [
      'a state_dict tensor that is not a tensor',
      (r) => ((r.state_dict as Record<string, unknown>).bias_ih_l0 = [1, 2]),
      /state_dict\.bias_ih_l0 must be an object/,
    ],
    ['a module that is not a string', (r) => (r.module = 3), /module must be/],
  ];
  it.each(refusals)('refuses %s with a message naming it', (_label, spoil, message) => {
    const request = tinyRequest();
    spoil(request);
    expect(() => parseForwardRequest(request, noFiles)).toThrow(message);
  });

  // The case: a bad size named as such, not hidden behind the missing weights it would be checked against.
  it.each([
    ['hidden_size', { hidden_size: -4 }, /config\.hidden_size must be a whole number from 1 to 8192, got -4/],
    ['input_size', { input_size: 2.5 }, /config\.input_size must be a whole number from 1 to 8192, got 2\.5/],
    ['num_layers', { num_layers: 0 }, /config\.num_layers must be a whole number from 1 to 64, got 0/],
    ['dropout', { dropout: 2 }, /config\.dropout must be a number from 0 to 1, got 2/],
  ])('names a bad %s before looking for weights', (_field, config, message) => {
    const request: Record<string, unknown> = { ...tinyRequest(), config };
    delete request.state_dict;
    expect(() => parseForwardRequest(request, noFiles)).toThrow(message);
    // With a weights file named too, the config is refused before the file is read.
    expect(() => parseForwardRequest({ ...request, weights: 'model.safetensors' }, noFiles)).toThrow(message);
  });

  it('names a module that does not exist before looking for weights', () => {
    const request: Record<string, unknown> = { ...tinyRequest(), module: 'Transformer' };
    delete request.state_dict;
    expect(() => parseForwardRequest(request, noFiles)).toThrow(
      'module must be "LSTM", "GRU", "RNN", "LSTMCell", "GRUCell", "RNNCell", got "Transformer"',
    );
  });

  it('still answers "no weights" when the config is sound', () => {
    const request: Record<string, unknown> = { ...tinyRequest(), config: { input_size: 3, hidden_size: 4 } };
    delete request.state_dict;
    expect(() => parseForwardRequest(request, noFiles)).toThrow(/no weights: add state_dict/);
  });

  it('refuses a request that is not an object', () => {
    expect(() => parseForwardRequest([1, 2], noFiles)).toThrow(/must be a JSON object/);
  });
});

describe('answerFromResult', () => {
  it("writes PyTorch's names, and float32 values as the exact numbers they are", () => {
    const value = Math.fround(0.1);
    const result: ForwardResult = {
      output: { shape: [1, 1], data: Float32Array.of(value) },
      hN: { shape: [1, 1, 1], data: Float32Array.of(value) },
      trace: [
        {
          layer: 0,
          direction: 0,
          t: 0,
          gates: {
            r: { shape: [1], data: Float32Array.of(0.5) },
            z: { shape: [1], data: Float32Array.of(0.5) },
            n: { shape: [1], data: Float32Array.of(0) },
            h: { shape: [1], data: Float32Array.of(value) },
          },
        },
      ],
    };
    const answer = answerFromResult(result);
    expect(Object.keys(answer)).toEqual(['output', 'h_n', 'trace']);
    expect(answer.h_n).toEqual({ shape: [1, 1, 1], data: [value] });
    expect(answer.trace[0]!.gates.h!.data[0]).toBe(value);
  });
});
