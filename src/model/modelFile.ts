import { asFileProblem, check, ModelFileError, ModelInputError, type ModelFileProblem } from './errors';
import { resolveModule } from './inferModule';
import { parameterCount } from './parameterShapes';
import { stateDictFromJson } from './request';
import { parseSafetensors, readSafetensorsHeader } from './safetensors';
import { findRecurrentModules, tensorsOfModule, type RecurrentModuleCandidate } from './stateDictModules';
import { isRecord } from './tensorJson';
import type { RecurrentConfig, RecurrentModule, StateDict } from './types';

/**
 * The largest file the page opens: 512 MiB, room for a module at the model layer's limit
 * (MAX_PARAMETERS, 32 M values, stored as F64) beside the rest of a whole model.
 */
export const MAX_MODEL_FILE_BYTES = 512 * 1024 * 1024;

/** One recurrent module found in a model file, its tensors checked against what PyTorch builds. */
export interface ModelFileModule {
  /** Where the module sits in the file: `'encoder.'`, or `''` for a bare module's state_dict. */
  prefix: string;
  module: RecurrentModule;
  /** Inferred from the tensors' names and shapes; batch_first and dropout take PyTorch's defaults. */
  config: RecurrentConfig;
  parameterCount: number;
  /** Its tensors as float32, prefix stripped (`weight_ih_l0`, …); the arrays are the caller's. */
  weights: StateDict;
}

/** What a model file holds: the recurrent modules the app can run, and those it could not read, each with why. */
export interface ModelFileContents {
  format: 'safetensors' | 'json';
  modules: ModelFileModule[];
  refused: { prefix: string; reason: string; problem: ModelFileProblem }[];
}

/** True when `bytes` start as a `.safetensors` file does: a header length, then its JSON's `{`. */
function looksLikeSafetensors(bytes: Uint8Array): boolean {
  if (bytes.byteLength < 9) return false;
  const length = new DataView(bytes.buffer, bytes.byteOffset, 8).getBigUint64(0, true);
  return length > 0n && length + 8n <= BigInt(bytes.byteLength) && bytes[8] === 0x7b;
}

/** True when the first character that is not white space is `{`. */
function looksLikeJson(bytes: Uint8Array): boolean {
  const first = bytes.find((byte) => byte !== 0x20 && byte !== 0x0a && byte !== 0x0d && byte !== 0x09 && byte !== 0xef);
  return first === 0x7b;
}

function parseJsonStateDict(bytes: Uint8Array, fileName: string): StateDict {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new ModelInputError(`${fileName} is not valid JSON (is it cut short?)`);
  }
  check(isRecord(json), `${fileName} must hold a JSON object mapping parameter names to {"shape", "data"} tensors`);
  // A request of the repository's fixtures carries its weights under state_dict.
  return stateDictFromJson(isRecord(json.state_dict) ? json.state_dict : json);
}

/**
 * Reads a model file the page was given: a `.safetensors` file (as
 * `safetensors.torch.save_file(model.state_dict(), path)` writes it) or a JSON state_dict
 * (`{name: {"shape": [...], "data": [...]}}`, or a fixture request's `state_dict`). Whole models
 * work: every recurrent module in it is found by its parameter names, decoded alone (other layers
 * may use dtypes the app cannot read), and checked; `onProgress` hears the fraction decoded.
 *
 * @throws ModelFileError (a ModelInputError) with one sentence for the reader and its kind of
 *   problem: not a model file, cut short, no LSTM, GRU or RNN in it, or (when every module it
 *   holds is refused) why the first one was.
 */
export function readModelFile(
  bytes: Uint8Array,
  fileName: string,
  onProgress?: (fraction: number) => void,
): ModelFileContents {
  if (bytes.byteLength === 0) throw new ModelFileError(`${fileName} is empty`, 'empty');
  if (bytes.byteLength > MAX_MODEL_FILE_BYTES)
    throw new ModelFileError(tooLargeMessage(fileName, bytes.byteLength), 'tooLarge');
  const format = looksLikeSafetensors(bytes) ? 'safetensors' : looksLikeJson(bytes) ? 'json' : undefined;
  if (format === undefined)
    throw new ModelFileError(
      `${fileName} is neither a .safetensors file nor a JSON state_dict (save one with safetensors.torch.save_file(model.state_dict(), "model.safetensors"))`,
      'notModelFile',
    );
  const dict = format === 'json' ? asFileProblem('notModelFile', () => parseJsonStateDict(bytes, fileName)) : undefined;
  const names = dict ?? asFileProblem('damaged', () => readSafetensorsHeader(bytes, fileName).tensors);
  const candidates = findRecurrentModules(names);
  if (candidates.length === 0)
    throw new ModelFileError(
      `${fileName} holds no LSTM, GRU or RNN (nothing named like weight_ih_l0 or weight_ih): ${describeKeys(Object.keys(names))}`,
      'noRecurrentModule',
    );
  const modules: ModelFileModule[] = [];
  const refused: ModelFileContents['refused'] = [];
  candidates.forEach((candidate, index) => {
    try {
      const tensors =
        dict ?? asFileProblem('unreadableTensors', () => parseSafetensors(bytes, fileName, candidate.names));
      modules.push(asFileProblem('notPyTorchModule', () => readModule(candidate, tensors)));
    } catch (error) {
      if (!(error instanceof ModelFileError)) throw error;
      refused.push({ prefix: candidate.prefix, reason: error.message, problem: error.problem });
    }
    onProgress?.((index + 1) / candidates.length);
  });
  if (modules.length === 0) throw new ModelFileError(refused[0]!.reason, refused[0]!.problem);
  return { format, modules, refused };
}

/** Why a file of `bytes` bytes is not opened: it is over {@link MAX_MODEL_FILE_BYTES}. */
export function tooLargeMessage(fileName: string, bytes: number): string {
  return `${fileName} is ${Math.round(bytes / 2 ** 20)} MiB; the page opens files up to ${MAX_MODEL_FILE_BYTES / 2 ** 20} MiB`;
}

function readModule(candidate: RecurrentModuleCandidate, dict: StateDict): ModelFileModule {
  const weights = tensorsOfModule(dict, candidate);
  const { module, config } = resolveModule({}, weights);
  return { prefix: candidate.prefix, module, config, parameterCount: parameterCount(module, config), weights };
}

function describeKeys(keys: readonly string[]): string {
  if (keys.length === 0) return 'it has no tensors at all';
  const shown = keys.slice(0, 4).join(', ');
  return `it has ${keys.length > 4 ? `${shown} and ${keys.length - 4} more` : shown}`;
}
