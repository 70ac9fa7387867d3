import type { CellExportSource } from './cellExport';

/** The lines of PyTorch that load both files and compute the same step again. */
export function cellExportPython(
  source: Pick<CellExportSource, 'module' | 'inputSize' | 'hiddenSize'>,
  names: { weights: string; step: string },
): string {
  const lstm = source.module === 'LSTMCell';
  return [
    'import json, torch',
    'from torch import nn',
    'from safetensors.torch import load_file',
    '',
    `cell = nn.${source.module}(${source.inputSize}, ${source.hiddenSize})`,
    `cell.load_state_dict(load_file("${names.weights}"))`,
    `step = json.load(open("${names.step}"))`,
    'tensor = lambda name: torch.tensor(step[name]["data"])',
    lstm ? 'h, c = cell(tensor("input"), (tensor("h0"), tensor("c0")))' : 'h = cell(tensor("input"), tensor("h0"))',
    'print(h)',
    'print(step["trace"][0]["gates"]["h"]["data"])  # the same numbers',
  ].join('\n');
}
