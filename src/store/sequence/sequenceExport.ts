import {
  answerFromResult,
  describeModule,
  serializeSafetensors,
  tensorToJson,
  type ForwardAnswer,
  type StateDict,
  type TensorJson,
} from '../../model';
import type { SequenceExportSettings } from './sequenceExportPython';
import { modelInput, sequenceConfig, type SequenceRun } from './sequenceRun';

// What the sequence view exports, loaded on click: the network's weights as a `.safetensors`
// file, and the whole run as JSON in the repository's fixture format.

/**
 * The network's weights, bias shifts included, as a `.safetensors` file that
 * `nn.LSTM(…).load_state_dict(load_file(path))` reads (biases always present: a module imported
 * with bias=False runs here with zero biases, the same numbers). F32, sorted names.
 */
export function sequenceWeightsFile(settings: SequenceExportSettings, weights: StateDict): Uint8Array {
  return serializeSafetensors(weights, {
    format: 'pt',
    module: describeModule(settings.kind, sequenceConfig(settings)),
    written_by: 'Gatescope',
  });
}

/** A request of the fixtures' format (module, config, input, h0, c0) with PyTorch's answer beside it. */
export interface SequenceRunJson extends ForwardAnswer {
  module: 'LSTM' | 'GRU';
  config: { input_size: number; hidden_size: number; num_layers: number; batch_first: boolean; bidirectional: boolean };
  input: TensorJson;
  h0: TensorJson;
  c0?: TensorJson;
}

/**
 * The run on screen as JSON: the input as PyTorch takes it (batch_first respected), h0 (and c0),
 * and `output`, `h_n`, `c_n` and every step's gates as the `forward` command answers.
 */
export function sequenceRunJson(settings: SequenceExportSettings, run: SequenceRun): SequenceRunJson {
  return {
    module: settings.kind,
    config: {
      input_size: settings.inputSize,
      hidden_size: settings.hiddenSize,
      num_layers: settings.numLayers,
      batch_first: settings.batchFirst,
      bidirectional: settings.bidirectional,
    },
    input: tensorToJson(modelInput(run.timeMajorInput, settings)),
    h0: tensorToJson(run.h0),
    ...(run.c0 && { c0: tensorToJson(run.c0) }),
    ...answerFromResult(run.result),
  };
}
