import { check } from './errors';
import { isCellModule, parameterCount } from './parameterShapes';
import type { Nonlinearity, RecurrentConfig, RecurrentModule } from './types';

/** Largest model the app will build: 32 M parameters (128 MB of float32), far past the course's. */
export const MAX_PARAMETERS = 32 * 1024 * 1024;

/** Largest size of any one dimension (input, hidden, projection). */
export const MAX_DIMENSION = 8192;

/** Most stacked layers accepted. */
export const MAX_LAYERS = 64;

/** The modules the model layer mirrors, for messages and checks. */
export const RECURRENT_MODULES: readonly RecurrentModule[] = ['LSTM', 'GRU', 'RNN', 'LSTMCell', 'GRUCell', 'RNNCell'];

/** The plain RNN's activations, `nn.RNN(..., nonlinearity=...)`. */
export const NONLINEARITIES: readonly Nonlinearity[] = ['tanh', 'relu'];

/**
 * PyTorch's defaults for every constructor argument but the two sizes. `nonlinearity` is left
 * out: absent means tanh, nn.RNN's default, and LSTM and GRU take no such argument.
 */
export function defaultConfig(inputSize: number, hiddenSize: number): RecurrentConfig {
  return {
    inputSize,
    hiddenSize,
    numLayers: 1,
    bias: true,
    batchFirst: false,
    bidirectional: false,
    projSize: 0,
    dropout: 0,
  };
}

function checkCount(value: number, field: string, min: number, max: number): void {
  check(
    Number.isInteger(value) && value >= min && value <= max,
    `config.${field} must be a whole number from ${min} to ${max}, got ${String(value)}`,
  );
}

/**
 * Checks the fields a request gave, each on its own, with the messages {@link validateConfig}
 * would give: a bad `hidden_size` is named before anyone looks for weights to infer the rest from.
 */
export function validateGivenConfig(config: Partial<RecurrentConfig>): void {
  if (config.inputSize !== undefined) checkCount(config.inputSize, 'input_size', 1, MAX_DIMENSION);
  if (config.hiddenSize !== undefined) checkCount(config.hiddenSize, 'hidden_size', 1, MAX_DIMENSION);
  if (config.numLayers !== undefined) checkCount(config.numLayers, 'num_layers', 1, MAX_LAYERS);
  if (config.projSize !== undefined) checkCount(config.projSize, 'proj_size', 0, MAX_DIMENSION);
  if (config.dropout !== undefined) checkDropout(config.dropout);
  if (config.nonlinearity !== undefined) checkNonlinearity(config.nonlinearity);
}

function checkNonlinearity(nonlinearity: unknown): void {
  check(
    NONLINEARITIES.includes(nonlinearity as Nonlinearity),
    () => `config.nonlinearity must be "tanh" or "relu", got ${JSON.stringify(nonlinearity)}`,
  );
}

function checkDropout(dropout: number): void {
  check(
    typeof dropout === 'number' && dropout >= 0 && dropout <= 1,
    `config.dropout must be a number from 0 to 1, got ${String(dropout)}`,
  );
}

/**
 * Checks that `config` is one PyTorch would construct for `module`, and that the model is not
 * too large to compute here. Throws a {@link ModelInputError} naming the field otherwise.
 */
export function validateConfig(module: RecurrentModule, config: RecurrentConfig): void {
  check(
    RECURRENT_MODULES.includes(module),
    () => `module must be one of ${RECURRENT_MODULES.join(', ')}, got ${JSON.stringify(module)}`,
  );
  checkCount(config.inputSize, 'input_size', 1, MAX_DIMENSION);
  checkCount(config.hiddenSize, 'hidden_size', 1, MAX_DIMENSION);
  checkCount(config.numLayers, 'num_layers', 1, MAX_LAYERS);
  checkCount(config.projSize, 'proj_size', 0, MAX_DIMENSION);
  check(typeof config.bias === 'boolean', 'config.bias must be true or false');
  check(typeof config.batchFirst === 'boolean', 'config.batch_first must be true or false');
  check(typeof config.bidirectional === 'boolean', 'config.bidirectional must be true or false');
  checkDropout(config.dropout);
  if (config.nonlinearity !== undefined) {
    checkNonlinearity(config.nonlinearity);
    check(
      module === 'RNN' || module === 'RNNCell',
      `config.nonlinearity is an argument of RNN and RNNCell only, not of ${module}`,
    );
  }
  if (isCellModule(module)) {
    check(
      config.numLayers === 1 && !config.bidirectional && !config.batchFirst && config.projSize === 0,
      `${module} takes only input_size, hidden_size${module === 'RNNCell' ? ', bias and nonlinearity' : ' and bias'}; num_layers, bidirectional, batch_first and proj_size belong to ${module.replace('Cell', '')}`,
    );
  }
  if (config.projSize > 0) {
    check(module === 'LSTM', `config.proj_size is only supported by LSTM, not ${module}`);
    check(
      config.projSize < config.hiddenSize,
      `config.proj_size (${config.projSize}) must be smaller than hidden_size (${config.hiddenSize})`,
    );
  }
  const count = parameterCount(module, config);
  check(
    count <= MAX_PARAMETERS,
    () =>
      `this ${module} would have ${count.toLocaleString('en')} parameters; the most Gatescope computes is ${MAX_PARAMETERS.toLocaleString('en')}`,
  );
}
