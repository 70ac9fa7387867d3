import { RECURRENT_MODULES, validateGivenConfig } from './config';
import { check } from './errors';
import { resolveModule } from './inferModule';
import { parseSafetensors, readSafetensorsHeader } from './safetensors';
import { chooseRecurrentModule, selectRecurrentModule, tensorsOfModule } from './stateDictModules';
import type { ForwardRequest } from './forward';
import { isRecord, tensorFromJson, tensorToJson, type TensorJson } from './tensorJson';
import type { ForwardResult, RecurrentConfig, RecurrentModule, StateDict } from './types';

const REQUEST_FIELDS = ['module', 'config', 'state_dict', 'weights', 'prefix', 'input', 'h0', 'c0'] as const;

/** PyTorch's constructor keywords and the config fields they set, with the JSON type each takes. */
const CONFIG_FIELDS: Record<string, { key: keyof RecurrentConfig; type: 'number' | 'boolean' | 'string' }> = {
  input_size: { key: 'inputSize', type: 'number' },
  hidden_size: { key: 'hiddenSize', type: 'number' },
  num_layers: { key: 'numLayers', type: 'number' },
  bias: { key: 'bias', type: 'boolean' },
  batch_first: { key: 'batchFirst', type: 'boolean' },
  bidirectional: { key: 'bidirectional', type: 'boolean' },
  proj_size: { key: 'projSize', type: 'number' },
  dropout: { key: 'dropout', type: 'number' },
  nonlinearity: { key: 'nonlinearity', type: 'string' },
};

/**
 * Reads a request's `config`: PyTorch's constructor keywords (`hidden_size`, `batch_first`, …) as
 * config fields, each checked for its type; unknown keywords are refused by name.
 */
export function configFromJson(value: unknown): Partial<RecurrentConfig> {
  check(isRecord(value), 'config must be an object of constructor arguments, e.g. {"input_size": 3, "hidden_size": 4}');
  const config: Partial<Record<keyof RecurrentConfig, number | boolean | string>> = {};
  for (const [field, given] of Object.entries(value)) {
    const spec = CONFIG_FIELDS[field];
    check(
      spec,
      () =>
        `config.${field} is not an argument of torch.nn's recurrent modules (known: ${Object.keys(CONFIG_FIELDS).join(', ')})`,
    );
    check(typeof given === spec.type, () => `config.${field} must be a ${spec.type}, got ${JSON.stringify(given)}`);
    config[spec.key] = given as number | boolean | string;
  }
  return config as Partial<RecurrentConfig>;
}

/** Reads an inline `state_dict`: parameter names to `{shape, data}` tensors, each checked. */
export function stateDictFromJson(value: unknown): StateDict {
  check(isRecord(value), 'state_dict must be an object mapping parameter names to tensors');
  return Object.fromEntries(
    Object.entries(value).map(([name, tensor]) => [name, tensorFromJson(`state_dict.${name}`, tensor)]),
  );
}

/**
 * Turns a request as `tests/fixtures/README.md` specifies it into a checked
 * {@link ForwardRequest}: weights inline (`state_dict`) or from a `.safetensors` file that
 * `readFile` returns the bytes of (path as written in the request), the recurrent module picked by
 * `prefix`, and `module` / `config` inferred from the weights and checked against what was given.
 * Throws a {@link ModelInputError} naming the field, tensor or file that is wrong.
 */
export function parseForwardRequest(json: unknown, readFile: (path: string) => Uint8Array): ForwardRequest {
  check(isRecord(json), 'the request must be a JSON object');
  for (const field of Object.keys(json)) {
    check(
      (REQUEST_FIELDS as readonly string[]).includes(field),
      () => `unknown request field "${field}" (known: ${REQUEST_FIELDS.join(', ')})`,
    );
  }
  // What the request says of the module comes first: a bad hidden_size or module name is named
  // as such, even when the weights are missing too.
  check(
    json.module === undefined ||
      (typeof json.module === 'string' && RECURRENT_MODULES.includes(json.module as RecurrentModule)),
    () =>
      `module must be ${RECURRENT_MODULES.map((name) => JSON.stringify(name)).join(', ')}, got ${JSON.stringify(json.module)}`,
  );
  const givenConfig = json.config === undefined ? undefined : configFromJson(json.config);
  if (givenConfig) validateGivenConfig(givenConfig);
  check(!('state_dict' in json && 'weights' in json), 'give the weights once: either state_dict or weights, not both');
  check(
    'state_dict' in json || 'weights' in json,
    'the request has no weights: add state_dict (inline) or weights (a .safetensors file)',
  );
  check(json.prefix === undefined || typeof json.prefix === 'string', 'prefix must be a string such as "encoder."');
  check('input' in json, 'the request has no input');

  const prefix = json.prefix as string | undefined;
  let weights: StateDict;
  if ('weights' in json) {
    check(typeof json.weights === 'string' && json.weights !== '', 'weights must be the path of a .safetensors file');
    const file = json.weights;
    const bytes = readFile(file);
    // Decode only the chosen module: a whole model's file may hold dtypes Gatescope cannot read
    // (BatchNorm's I64 num_batches_tracked) in layers nobody asked for.
    const chosen = chooseRecurrentModule(readSafetensorsHeader(bytes, file).tensors, prefix, file);
    weights = tensorsOfModule(parseSafetensors(bytes, file, chosen.names), chosen);
  } else {
    weights = selectRecurrentModule(stateDictFromJson(json.state_dict), prefix);
  }
  const { module, config } = resolveModule(
    {
      module: json.module as RecurrentModule | undefined,
      config: givenConfig,
    },
    weights,
  );
  return {
    module,
    config,
    weights,
    input: tensorFromJson('input', json.input),
    h0: json.h0 === undefined ? undefined : tensorFromJson('h0', json.h0),
    c0: json.c0 === undefined ? undefined : tensorFromJson('c0', json.c0),
  };
}

/** The answer JSON of the `forward` command: PyTorch's names and shapes, every gate of every step. */
export interface ForwardAnswer {
  output?: TensorJson;
  h_n: TensorJson;
  c_n?: TensorJson;
  trace: { layer: number; direction: number; t: number; gates: Record<string, TensorJson> }[];
}

/** Writes a {@link ForwardResult} in the answer format of `tests/fixtures/README.md`. */
export function answerFromResult(result: ForwardResult): ForwardAnswer {
  return {
    ...(result.output && { output: tensorToJson(result.output) }),
    h_n: tensorToJson(result.hN),
    ...(result.cN && { c_n: tensorToJson(result.cN) }),
    trace: result.trace.map(({ layer, direction, t, gates }) => ({
      layer,
      direction,
      t,
      gates: Object.fromEntries(Object.entries(gates).map(([gate, tensor]) => [gate, tensorToJson(tensor)])),
    })),
  };
}
