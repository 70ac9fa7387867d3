import type { SequenceSettings } from './sequenceSettings';

/** The sizes and layout a run was computed with. */
export type SequenceExportSettings = Pick<
  SequenceSettings,
  'kind' | 'inputSize' | 'hiddenSize' | 'numLayers' | 'bidirectional' | 'batchFirst' | 'steps' | 'batch'
>;

/** The file names the sequence view's export buttons download. */
export const SEQUENCE_EXPORT_NAMES = {
  weights: 'gatescope-sequence.safetensors',
  run: 'gatescope-sequence-run.json',
} as const;

/** The lines of PyTorch that load both files, run the network again and compare with the page's output. */
export function sequenceExportPython(settings: SequenceExportSettings): string {
  const lstm = settings.kind === 'LSTM';
  const name = settings.kind.toLowerCase();
  const options = [
    settings.numLayers !== 1 && `num_layers=${settings.numLayers}`,
    settings.batchFirst && 'batch_first=True',
    settings.bidirectional && 'bidirectional=True',
  ].filter(Boolean);
  return [
    'import json, torch',
    'from torch import nn',
    'from safetensors.torch import load_file',
    '',
    `${name} = nn.${settings.kind}(${[settings.inputSize, settings.hiddenSize, ...options].join(', ')})`,
    `${name}.load_state_dict(load_file("${SEQUENCE_EXPORT_NAMES.weights}"))`,
    `run = json.load(open("${SEQUENCE_EXPORT_NAMES.run}"))`,
    'tensor = lambda key: torch.tensor(run[key]["data"]).reshape(run[key]["shape"])',
    lstm
      ? `out, (h_n, c_n) = ${name}(tensor("input"), (tensor("h0"), tensor("c0")))`
      : `out, h_n = ${name}(tensor("input"), tensor("h0"))`,
    'print((out - tensor("output")).abs().max())  # about 1e-7: the same numbers',
  ].join('\n');
}
