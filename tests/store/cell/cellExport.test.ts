import { beforeAll, describe, expect, it } from 'vitest';
import { initBackend } from '../../../src/model';
import { forward } from '../../../src/model/forward';
import { readModelFile } from '../../../src/model/modelFile';
import { parseForwardRequest } from '../../../src/model/request';
import { cellStepJson, cellWeightsFile, type CellExportSource } from '../../../src/store/cell/cellExport';
import { cellExportPython } from '../../../src/store/cell/cellExportPython';
import { createGruExplorerStore } from '../../../src/store/gru/gruExplorerStore';
import { createLstmExplorerStore } from '../../../src/store/lstm/lstmExplorerStore';

// What a cell explorer exports must load back, in the page and in PyTorch's format, to the very
// numbers it shows: bias shifts and hand edits included.

beforeAll(async () => {
  await initBackend();
});

function lstmSource(): CellExportSource {
  const explorer = createLstmExplorerStore();
  explorer.getState().setBiasShift('forget', 3);
  explorer.getState().editWeight({ gate: 'output', unit: 1, column: 2, value: -2.5 });
  const state = explorer.getState();
  return { module: 'LSTMCell', inputSize: 3, hiddenSize: 4, weights: state.weights, explanation: state.explanation! };
}

function gruSource(): CellExportSource {
  const explorer = createGruExplorerStore();
  explorer.getState().setBiasShift('update', -2);
  const state = explorer.getState();
  return { module: 'GRUCell', inputSize: 3, hiddenSize: 4, weights: state.weights, explanation: state.explanation! };
}

describe('a cell explorer’s export', () => {
  it.each([
    ['LSTM', lstmSource],
    ['GRU', gruSource],
  ])('%s: the weights file reads back as the same cell', (_, source) => {
    const exported = source();
    const [module] = readModelFile(cellWeightsFile(exported), 'cell.safetensors').modules;
    expect(module!.module).toBe(exported.module);
    for (const [name, tensor] of Object.entries(exported.weights)) {
      expect(module!.weights[name]!.shape).toEqual(tensor.shape);
      expect(Array.from(module!.weights[name]!.data)).toEqual(Array.from(tensor.data));
    }
  });

  it.each([
    ['LSTM', lstmSource, ['i', 'f', 'g', 'o', 'c', 'h']],
    ['GRU', gruSource, ['r', 'z', 'n', 'h']],
  ] as const)('%s: the step runs again through the forward command to the numbers shown', (_, source, letters) => {
    const exported = source();
    const step = cellStepJson(exported);
    // The exported step is a request plus its answer's trace: the request part, with the weights file.
    const { trace: _answer, ...asked } = step;
    const request = parseForwardRequest({ ...asked, weights: 'cell.safetensors' }, () => cellWeightsFile(exported));
    const again = forward(request);
    const shown = step.trace[0]!.gates as unknown as Record<string, { data: number[] }>;
    expect(Object.keys(shown)).toEqual(letters);
    for (const letter of letters) {
      const computed = (again.trace[0]!.gates as unknown as Record<string, { data: Float32Array }>)[letter]!;
      expect(Array.from(computed.data)).toEqual(shown[letter]!.data.map((value) => Math.fround(value)));
    }
  });

  it('names both files and the cell in its PyTorch lines', () => {
    const python = cellExportPython(lstmSource(), { weights: 'w.safetensors', step: 's.json' });
    expect(python).toContain('nn.LSTMCell(3, 4)');
    expect(python).toContain('load_file("w.safetensors")');
    expect(python).toContain('open("s.json")');
    expect(cellExportPython({ module: 'GRUCell', inputSize: 2, hiddenSize: 5 }, { weights: 'a', step: 'b' })).toContain(
      'h = cell(tensor("input"), tensor("h0"))',
    );
  });
});
