/**
 * A problem with what the user gave the model layer (a request, a config, a weight file, an
 * input), as opposed to a bug. Its message is one sentence meant for the user: it names the
 * tensor, field or file that is wrong and what was expected.
 */
export class ModelInputError extends Error {
  override name = 'ModelInputError';
}

/** Throws a {@link ModelInputError} with `message` unless `condition` holds. */
export function check(condition: unknown, message: string | (() => string)): asserts condition {
  if (!condition) throw new ModelInputError(typeof message === 'function' ? message() : message);
}

/**
 * What kind of problem stopped a model file from opening, for a sentence in the reader's language
 * beside the model layer's own (English, naming the tensor or byte that is wrong):
 * - `empty`, `tooLarge`: nothing in it, or more than the page opens;
 * - `notModelFile`: neither a .safetensors file nor a JSON state_dict;
 * - `damaged`: a .safetensors file cut short or corrupt;
 * - `noRecurrentModule`: tensors, but none named like an LSTM, GRU or RNN;
 * - `unreadableTensors`: its recurrent module's tensors use a dtype the page cannot read, or are damaged;
 * - `notPyTorchModule`: named like one, but shaped unlike anything PyTorch builds.
 */
export type ModelFileProblem =
  'empty' | 'tooLarge' | 'notModelFile' | 'damaged' | 'noRecurrentModule' | 'unreadableTensors' | 'notPyTorchModule';

/** A {@link ModelInputError} about a model file, with what kind of problem it is. */
export class ModelFileError extends ModelInputError {
  override name = 'ModelFileError';
  constructor(
    message: string,
    readonly problem: ModelFileProblem,
  ) {
    super(message);
  }
}

/**
 * Runs `read`, and gives a {@link ModelInputError} it throws the kind `problem` (one it already
 * has stays). Anything else passes through.
 */
export function asFileProblem<T>(problem: ModelFileProblem, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof ModelFileError || !(error instanceof ModelInputError)) throw error;
    throw new ModelFileError(error.message, problem);
  }
}
