import { check } from './errors';
import type { ParameterSpec } from './parameterShapes';
import type { PlainTensor, StateDict } from './types';

/** A module inside a whole model's state_dict that holds recurrent (LSTM, GRU or RNN) parameters. */
export interface RecurrentModuleCandidate {
  /** What precedes the parameter names: `'encoder.'`, `'model.rnn.'`, or `''` for a bare module. */
  prefix: string;
  /** Full keys of the module's own tensors (prefix included, none of its submodules'), in dict order. */
  names: string[];
}

/** What a PyTorch recurrent parameter name says: its role, and for sequence modules its layer and direction. */
export interface ParameterName {
  role: ParameterSpec['role'];
  /** Layer index for `weight_ih_l1`-style names; undefined for cell names (`weight_ih`). */
  layer: number | undefined;
  /** 1 for `_reverse` names, else 0. */
  direction: number;
}

const PARAMETER_NAME = /^(weight_ih|weight_hh|bias_ih|bias_hh|weight_hr)(?:_l(0|[1-9]\d*)(_reverse)?)?$/;

/**
 * Parses one of PyTorch's recurrent parameter names (`weight_ih_l0`, `bias_hh_l1_reverse`,
 * `weight_hr_l0`, or a cell's `weight_ih`, `weight_hh`, `bias_ih`, `bias_hh`), without prefix.
 * Returns undefined for any other name.
 */
export function parseParameterName(name: string): ParameterName | undefined {
  const match = PARAMETER_NAME.exec(name);
  if (!match) return undefined;
  const [, role, layer, reverse] = match;
  // Cells have no projection, so a bare `weight_hr` is nothing PyTorch writes.
  if (role === 'weight_hr' && layer === undefined) return undefined;
  return {
    role: role as ParameterSpec['role'],
    layer: layer === undefined ? undefined : Number(layer),
    direction: reverse === undefined ? 0 : 1,
  };
}

function splitKey(key: string): [prefix: string, leaf: string] {
  const dot = key.lastIndexOf('.');
  return [key.slice(0, dot + 1), key.slice(dot + 1)];
}

/**
 * Finds the recurrent modules in a state_dict by grouping its keys by module prefix (everything up
 * to the last dot) and keeping the groups where some key ends in a PyTorch recurrent parameter
 * name. Takes a state_dict or any record keyed by tensor name (such as the `tensors` of a
 * safetensors header); only the keys are read.
 *
 * @returns one candidate per module, in the order their first tensor appears.
 */
export function findRecurrentModules(dict: Readonly<Record<string, unknown>>): RecurrentModuleCandidate[] {
  const groups = new Map<string, string[]>();
  const recurrent = new Set<string>();
  for (const key of Object.keys(dict)) {
    const [prefix, leaf] = splitKey(key);
    const names = groups.get(prefix) ?? [];
    names.push(key);
    groups.set(prefix, names);
    if (parseParameterName(leaf)) recurrent.add(prefix);
  }
  return [...groups].filter(([prefix]) => recurrent.has(prefix)).map(([prefix, names]) => ({ prefix, names }));
}

function listPrefixes(candidates: readonly RecurrentModuleCandidate[]): string {
  return candidates.map((candidate) => JSON.stringify(candidate.prefix)).join(', ');
}

function listSomeKeys(dict: Readonly<Record<string, unknown>>): string {
  const keys = Object.keys(dict);
  if (keys.length === 0) return 'no tensors at all';
  const shown = keys.slice(0, 5).join(', ');
  return keys.length > 5 ? `${shown} and ${keys.length - 5} more` : shown;
}

/**
 * Picks one recurrent module of a state_dict (or of any record keyed by tensor name). With a
 * `prefix`, that module; `'encoder'` is taken as `'encoder.'`. Without one, the only module.
 *
 * @param fileName names the source in messages; defaults to "the state_dict".
 * @throws ModelInputError when there is no recurrent module, when `prefix` matches none (listing
 *   the prefixes found), or when no prefix is given and there are several (listing them).
 */
export function chooseRecurrentModule(
  dict: Readonly<Record<string, unknown>>,
  prefix: string | undefined,
  fileName?: string,
): RecurrentModuleCandidate {
  const source = fileName ?? 'the state_dict';
  const candidates = findRecurrentModules(dict);
  check(
    candidates.length > 0,
    () =>
      `${source} holds no LSTM, GRU or RNN parameters (nothing named like weight_ih_l0 or weight_ih), only ${listSomeKeys(dict)}`,
  );
  if (prefix !== undefined) {
    const found = candidates.find((candidate) => candidate.prefix === prefix || candidate.prefix === `${prefix}.`);
    check(
      found !== undefined,
      () =>
        `prefix ${JSON.stringify(prefix)} names no recurrent module in ${source}; it holds ${listPrefixes(candidates)}`,
    );
    return found;
  }
  const [only] = candidates;
  check(
    candidates.length === 1 && only !== undefined,
    () =>
      `${source} holds ${candidates.length} recurrent modules (${listPrefixes(candidates)}); say which with "prefix"`,
  );
  return only;
}

/**
 * The tensors of `module` (a candidate {@link chooseRecurrentModule} returned) with its prefix
 * stripped, so `encoder.weight_ih_l0` becomes `weight_ih_l0`.
 *
 * @returns the same tensor objects (not copies), under their stripped names.
 */
export function tensorsOfModule(dict: StateDict, module: RecurrentModuleCandidate): StateDict {
  return Object.fromEntries(module.names.map((name) => [name.slice(module.prefix.length), dict[name] as PlainTensor]));
}

/**
 * The tensors of one recurrent module of a state_dict, with the module's prefix stripped, so
 * `encoder.weight_ih_l0` becomes `weight_ih_l0`. The module is chosen as
 * {@link chooseRecurrentModule} does. All of the module's own tensors are kept, recurrent names
 * or not, so that checking them against the module reports strays; submodules' tensors are not.
 *
 * @returns the same tensor objects (not copies), under their stripped names.
 * @throws ModelInputError as {@link chooseRecurrentModule} does.
 */
export function selectRecurrentModule(dict: StateDict, prefix: string | undefined, fileName?: string): StateDict {
  return tensorsOfModule(dict, chooseRecurrentModule(dict, prefix, fileName));
}
