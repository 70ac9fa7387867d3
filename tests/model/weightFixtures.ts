import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { ModelInputError } from '../../src/model/errors';
import { configFromJson, stateDictFromJson } from '../../src/model/request';
import type { PlainTensor, RecurrentConfig, RecurrentModule, StateDict } from '../../src/model/types';
import { FIXTURE_DIR, fixtureRequest } from '../support/fixtures';

/** The bytes of a fixture file, e.g. `lstm_course.safetensors`. */
export function fixtureBytes(file: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURE_DIR, file)));
}

interface RequestJson {
  module?: RecurrentModule;
  config?: unknown;
  state_dict?: unknown;
}

export function tensor(shape: number[], data?: ArrayLike<number>): PlainTensor {
  const count = shape.reduce((product, size) => product * size, 1);
  return { shape, data: data === undefined ? new Float32Array(count).fill(0.5) : Float32Array.from(data) };
}

/** The inline state_dict of a fixture request. */
export function fixtureStateDict(name: string): StateDict {
  return stateDictFromJson((fixtureRequest(name) as RequestJson).state_dict ?? {});
}

/** A fixture request's `module` and `config` (PyTorch's names turned to camelCase). */
export function fixtureGiven(name: string): { module?: RecurrentModule; config: Partial<RecurrentConfig> } {
  const { module, config = {} } = fixtureRequest(name) as RequestJson;
  return { module, config: configFromJson(config) };
}

/** The message of the ModelInputError `run` throws; fails the test on any other outcome. */
export function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ModelInputError);
    return (error as Error).message;
  }
  throw new Error('expected a ModelInputError, but nothing was thrown');
}

/** The fixtures whose request carries its weights inline. */
export const INLINE_FIXTURES = [
  'gru_bidirectional_3_layers',
  'gru_cell',
  'gru_course',
  'gru_tiny_init_state',
  'lstm_bidirectional_batch_first',
  'lstm_cell',
  'lstm_no_bias_unbatched',
  'lstm_proj',
  'lstm_tiny',
  'rnn_bidirectional_2_layers_batch_first',
  'rnn_cell',
  'rnn_cell_relu',
  'rnn_init_state',
  'rnn_no_bias_unbatched',
  'rnn_relu',
] as const;

/**
 * A hand-built safetensors file: the 8-byte little-endian length of `header` (JSON-encoded unless
 * a string), the header, then `data`. `declaredLength` overrides the length field.
 */
export function buildFile(header: unknown, data: ArrayLike<number> = [], declaredLength?: number): Uint8Array {
  const json = new TextEncoder().encode(typeof header === 'string' ? header : JSON.stringify(header));
  const bytes = new Uint8Array(8 + json.length + data.length);
  const view = new DataView(bytes.buffer);
  const length = declaredLength ?? json.length;
  view.setUint32(0, length % 2 ** 32, true);
  view.setUint32(4, Math.floor(length / 2 ** 32), true);
  bytes.set(json, 8);
  bytes.set(Array.from(data), 8 + json.length);
  return bytes;
}
