import { MAX_LAYERS, defaultConfig, validateConfig } from './config';
import { check } from './errors';
import { type ParameterSpec, cellKindOf, gateCount, isCellModule, parameterSpecs } from './parameterShapes';
import { directionCount } from './stateRows';
import { type ParameterName, parseParameterName } from './stateDictModules';
import type { PlainTensor, RecurrentConfig, RecurrentKind, RecurrentModule, StateDict } from './types';

/** A module class with the constructor arguments to build it. */
export interface ResolvedModule {
  module: RecurrentModule;
  config: RecurrentConfig;
}

/** What a caller states about the module; every part may be absent. */
export interface GivenModule {
  module?: RecurrentModule;
  config?: Partial<RecurrentConfig>;
}

function formatShape(shape: readonly number[]): string {
  return `[${shape.join(', ')}]`;
}

/**
 * The module as PyTorch code, with only the non-default keyword arguments, in the constructor's
 * order: `nn.LSTM(50, 100, num_layers=2)`, `nn.GRUCell(5, 7, bias=False)`,
 * `nn.RNN(3, 4, nonlinearity='relu')` (nn.RNNCell takes nonlinearity after bias). For messages.
 */
export function describeModule(module: RecurrentModule, config: RecurrentConfig): string {
  const sequence = !isCellModule(module);
  const relu = config.nonlinearity === 'relu' && cellKindOf(module) === 'RNN';
  const keywords: [boolean, string][] = [
    [sequence && config.numLayers !== 1, `num_layers=${config.numLayers}`],
    [sequence && relu, "nonlinearity='relu'"],
    [!config.bias, 'bias=False'],
    [!sequence && relu, "nonlinearity='relu'"],
    [sequence && config.batchFirst, 'batch_first=True'],
    [sequence && config.dropout !== 0, `dropout=${config.dropout}`],
    [sequence && config.bidirectional, 'bidirectional=True'],
    [sequence && config.projSize !== 0, `proj_size=${config.projSize}`],
  ];
  const args = [config.inputSize, config.hiddenSize, ...keywords.filter(([shown]) => shown).map(([, text]) => text)];
  return `nn.${module}(${args.join(', ')})`;
}

/** A 2-D tensor of the weights; `whyNeeded` completes the message when it is absent. */
function matrix(dict: StateDict, name: string, whyNeeded = 'which the module needs'): PlainTensor {
  const tensor = dict[name];
  check(tensor !== undefined, `the weights have no ${name}, ${whyNeeded}`);
  check(
    tensor.shape.length === 2,
    `${name} has shape ${formatShape(tensor.shape)}, but PyTorch stores it as a matrix (2-D)`,
  );
  return tensor;
}

/** LSTM, GRU or RNN, hidden_size and proj_size, from the first layer's weights. */
function inferCell(
  dict: StateDict,
  suffix: string,
  rows: number,
): { kind: RecurrentKind; hiddenSize: number; projSize: number } {
  const projection = dict[`weight_hr${suffix}`];
  if (suffix !== '' && projection !== undefined) {
    const [projSize = 0, hiddenSize = 0] = matrix(dict, `weight_hr${suffix}`).shape;
    check(
      rows === 4 * hiddenSize && hiddenSize > 0,
      `weight_hr${suffix} makes this an LSTM with hidden_size ${hiddenSize}, but weight_ih${suffix} has ${rows} rows, not 4 × ${hiddenSize}`,
    );
    return { kind: 'LSTM', hiddenSize, projSize };
  }
  const [, hiddenSize = 0] = matrix(dict, `weight_hh${suffix}`, 'whose columns tell hidden_size').shape;
  const kinds: RecurrentKind[] = ['LSTM', 'GRU', 'RNN'];
  const kind = kinds.find((candidate) => rows === gateCount(candidate) * hiddenSize);
  check(
    hiddenSize > 0 && kind !== undefined,
    `weight_ih${suffix} has ${rows} rows and weight_hh${suffix} has ${hiddenSize} columns (hidden_size), but an LSTM stacks 4 × hidden_size rows, a GRU 3 × hidden_size and an RNN 1 × hidden_size`,
  );
  return { kind, hiddenSize, projSize: 0 };
}

function parsedNames(dict: StateDict, cell: boolean): [string, ParameterName][] {
  return Object.keys(dict)
    .map((name) => [name, parseParameterName(name)] as const)
    .filter(
      (entry): entry is [string, ParameterName] => entry[1] !== undefined && (entry[1].layer === undefined) === cell,
    );
}

function inferLayerCount(names: readonly [string, ParameterName][]): number {
  let deepest: [string, number] = ['', 0];
  for (const [name, parsed] of names) if ((parsed.layer ?? 0) > deepest[1]) deepest = [name, parsed.layer ?? 0];
  check(
    deepest[1] < MAX_LAYERS,
    `${deepest[0]} implies ${deepest[1] + 1} layers; the most Gatescope builds is ${MAX_LAYERS}`,
  );
  return deepest[1] + 1;
}

/**
 * Infers the module and its constructor arguments from a state_dict's names and shapes, as
 * `torch.nn` lays them out. Cell or sequence from the names (`weight_ih` vs `weight_ih_l0`).
 * LSTM, GRU or RNN from the rows of the first `weight_ih` (4, 3 or 1 × hidden_size), hidden_size from the
 * columns of `weight_hh` or, with a projection, of `weight_hr_l0` (whose rows are proj_size).
 * input_size from the columns of the first `weight_ih`; num_layers from the deepest `_lk`;
 * bidirectional from any `_reverse`; bias from any `bias_*`. batch_first, dropout and an RNN's
 * nonlinearity leave no trace in the weights, so they take PyTorch's defaults (false, 0, tanh:
 * `nonlinearity` is left absent).
 *
 * Only the first layer is read: use {@link checkWeights} to check every tensor against the result,
 * and `validateConfig` for the size limits.
 *
 * @throws ModelInputError naming the tensor when the module cannot be told.
 */
export function inferModule(dict: StateDict): ResolvedModule {
  const cell = dict.weight_ih_l0 === undefined && dict.weight_ih !== undefined;
  check(
    cell || dict.weight_ih_l0 !== undefined,
    () =>
      `the weights have neither weight_ih_l0 nor weight_ih, so the module cannot be told; they hold ${listSome(Object.keys(dict)) || 'no tensors'}`,
  );
  const suffix = cell ? '' : '_l0';
  const [rows = 0, inputSize = 0] = matrix(dict, `weight_ih${suffix}`).shape;
  const { kind, hiddenSize, projSize } = inferCell(dict, suffix, rows);
  const names = parsedNames(dict, cell);
  const config: RecurrentConfig = {
    ...defaultConfig(inputSize, hiddenSize),
    numLayers: cell ? 1 : inferLayerCount(names),
    bias: names.some(([, parsed]) => parsed.role === 'bias_ih' || parsed.role === 'bias_hh'),
    bidirectional: names.some(([, parsed]) => parsed.direction === 1),
    projSize,
  };
  return { module: cell ? `${kind}Cell` : kind, config };
}

/** What a dimension of an expected parameter stands for, e.g. "its columns are hidden_size (100)". */
function dimensionMeaning(spec: ParameterSpec, dim: number, module: RecurrentModule, config: RecurrentConfig): string {
  const gates = gateCount(cellKindOf(module));
  const hidden = `hidden_size (${config.hiddenSize})`;
  const hOut = config.projSize > 0 ? `proj_size (${config.projSize})` : hidden;
  const directions = directionCount(config) === 2 ? '2 directions × ' : '';
  const stacked = gates === 1 ? hidden : `${gates} × hidden_size (${gates} × ${config.hiddenSize})`;
  if (spec.role === 'weight_hr') {
    return dim === 0 ? `its rows are proj_size (${config.projSize})` : `its columns are ${hidden}`;
  }
  if (dim === 0) return spec.shape.length === 1 ? `its length is ${stacked}` : `its rows are ${stacked}`;
  if (spec.role === 'weight_hh') return `its columns are ${hOut}`;
  if (spec.layer === 0) return `its columns are input_size (${config.inputSize})`;
  return `its columns are what layer ${spec.layer - 1} emits, ${directions}${hOut}`;
}

function checkShape(spec: ParameterSpec, tensor: PlainTensor, module: RecurrentModule, config: RecurrentConfig): void {
  const { name, shape } = spec;
  const given = tensor.shape;
  const count = given.reduce((product, size) => product * size, 1);
  check(tensor.data.length === count, `${name} has shape ${formatShape(given)} but ${tensor.data.length} values`);
  const dim = shape.findIndex((size, index) => given[index] !== size);
  if (dim === -1 && given.length === shape.length) return;
  const expects = `${name} has shape ${formatShape(given)} but ${describeModule(module, config)} expects ${formatShape(shape)}`;
  check(false, given.length === shape.length ? `${expects}: ${dimensionMeaning(spec, dim, module, config)}` : expects);
}

function listSome(items: readonly string[]): string {
  const shown = items.slice(0, 6).join(', ');
  return items.length > 6 ? `${shown} and ${items.length - 6} more` : shown;
}

/**
 * Checks that `dict` holds exactly the parameters `module` built with `config` has, each with
 * PyTorch's shape and with as many values as its shape holds.
 *
 * @throws ModelInputError naming the missing tensors (with their expected shapes), else the first
 *   misshaped tensor and the config field it disagrees with, else the unexpected tensors.
 */
export function checkWeights(module: RecurrentModule, config: RecurrentConfig, dict: StateDict): void {
  const specs = parameterSpecs(module, config);
  const missing = specs.filter((spec) => !Object.hasOwn(dict, spec.name));
  check(
    missing.length === 0,
    () =>
      `the weights lack ${listSome(missing.map((spec) => `${spec.name} ${formatShape(spec.shape)}`))}, which ${describeModule(module, config)} has`,
  );
  for (const spec of specs) checkShape(spec, dict[spec.name] as PlainTensor, module, config);
  const expected = new Set(specs.map((spec) => spec.name));
  const extra = Object.keys(dict).filter((name) => !expected.has(name));
  check(
    extra.length === 0,
    () => `the weights hold ${listSome(extra)}, which ${describeModule(module, config)} does not have`,
  );
}

/** The first tensor name in `dict` that `test` accepts, for citing as evidence. */
function findName(dict: StateDict, test: (parsed: ParameterName) => boolean): string | undefined {
  return Object.keys(dict).find((name) => {
    const parsed = parseParameterName(name);
    return parsed !== undefined && test(parsed);
  });
}

/** The config fields the weights fix. */
type WeightField = 'inputSize' | 'hiddenSize' | 'numLayers' | 'bias' | 'bidirectional' | 'projSize';

/** Why the weights show `inferred`'s value of each field that they fix, naming the tensor. */
const EVIDENCE: Record<WeightField, (inferred: ResolvedModule, dict: StateDict) => string> = {
  inputSize: ({ module, config }) =>
    `weight_ih${isCellModule(module) ? '' : '_l0'} has ${config.inputSize} columns, so input_size is ${config.inputSize}`,
  hiddenSize: ({ module, config }) => {
    const source = config.projSize > 0 ? 'weight_hr_l0' : `weight_hh${isCellModule(module) ? '' : '_l0'}`;
    return `${source} has ${config.hiddenSize} columns, so hidden_size is ${config.hiddenSize}`;
  },
  numLayers: ({ config }, dict) => {
    const deepest = findName(dict, (parsed) => parsed.layer === config.numLayers - 1) ?? 'weight_ih_l0';
    return `the weights stop at layer ${config.numLayers - 1} (${deepest}), so num_layers is ${config.numLayers}`;
  },
  bias: ({ module, config }, dict) => {
    const present = findName(dict, (parsed) => parsed.role === 'bias_ih' || parsed.role === 'bias_hh');
    return config.bias
      ? `the weights have ${present ?? 'bias_ih_l0'}`
      : `the weights have no bias_ih${isCellModule(module) ? '' : '_l0'}`;
  },
  bidirectional: ({ config }, dict) =>
    config.bidirectional
      ? `the weights have ${findName(dict, (parsed) => parsed.direction === 1) ?? 'weight_ih_l0_reverse'}`
      : 'the weights have no weight_ih_l0_reverse',
  projSize: ({ config }) =>
    config.projSize > 0
      ? `weight_hr_l0 has ${config.projSize} rows, so proj_size is ${config.projSize}`
      : 'the weights have no weight_hr_l0',
};

const PYTORCH_NAMES: Record<WeightField, string> = {
  inputSize: 'input_size',
  hiddenSize: 'hidden_size',
  numLayers: 'num_layers',
  bias: 'bias',
  bidirectional: 'bidirectional',
  projSize: 'proj_size',
};

function checkModuleAgrees(given: RecurrentModule, inferred: ResolvedModule, dict: StateDict): void {
  if (given === inferred.module) return;
  const cell = isCellModule(inferred.module);
  check(
    isCellModule(given) === cell,
    cell
      ? `module is "${given}" but the weights are a cell's: they have weight_ih, not weight_ih_l0`
      : `module is "${given}" but the weights are a sequence module's: they have weight_ih_l0, not weight_ih`,
  );
  const suffix = cell ? '' : '_l0';
  const kind = cellKindOf(inferred.module);
  const rows = dict[`weight_ih${suffix}`]?.shape[0] ?? 0;
  const evidence =
    inferred.config.projSize > 0
      ? 'they have weight_hr_l0, which only an LSTM with proj_size has'
      : kind === 'RNN'
        ? `weight_ih${suffix} has ${rows} rows, as many as the columns (hidden_size) of weight_hh${suffix}`
        : `weight_ih${suffix} has ${rows} rows, ${gateCount(kind)} × the ${inferred.config.hiddenSize} columns (hidden_size) of weight_hh${suffix}`;
  const article = kind === 'GRU' ? 'a GRU' : `an ${kind}`;
  check(false, `module is "${given}" but the weights are ${article}'s: ${evidence}`);
}

/**
 * The module and config to run: inferred from the weights, then checked against what the caller
 * gave. Every given field the weights fix (module, input_size, hidden_size, num_layers, bias,
 * bidirectional, proj_size) must agree with them; batch_first, dropout and nonlinearity leave no
 * trace in the weights, so they are taken from `given.config` (default false, 0, tanh). The result is validated
 * (`validateConfig`) and every tensor checked ({@link checkWeights}).
 *
 * @throws ModelInputError naming the field and the tensor that shows the other value, e.g.
 *   'config.hidden_size is 64 but weight_hh_l0 has 100 columns, so hidden_size is 100'.
 */
export function resolveModule(given: GivenModule, dict: StateDict): ResolvedModule {
  const inferred = inferModule(dict);
  if (given.module !== undefined) checkModuleAgrees(given.module, inferred, dict);
  const fields = (Object.keys(EVIDENCE) as WeightField[]).filter(
    // A cell's weights say nothing of layers, directions or projection; validateConfig judges those.
    (field) => !isCellModule(inferred.module) || field === 'inputSize' || field === 'hiddenSize' || field === 'bias',
  );
  for (const field of fields) {
    const value = given.config?.[field];
    check(
      value === undefined || value === inferred.config[field],
      () => `config.${PYTORCH_NAMES[field]} is ${JSON.stringify(value)} but ${EVIDENCE[field](inferred, dict)}`,
    );
  }
  // The fields the weights fix agree by now, so given values only add batch_first, dropout and
  // nonlinearity, and whatever validateConfig should refuse (a cell's num_layers, an LSTM's nonlinearity).
  const stated = Object.entries(given.config ?? {}).filter(([, value]) => value !== undefined);
  const config: RecurrentConfig = { ...inferred.config, ...Object.fromEntries(stated) };
  validateConfig(inferred.module, config);
  checkWeights(inferred.module, config, dict);
  return { module: inferred.module, config };
}
