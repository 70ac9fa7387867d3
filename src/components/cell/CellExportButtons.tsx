import { modelImportText as text } from '../../content/modelImport';
import { cellExportPython } from '../../store/cell/cellExportPython';
import { download } from '../shared/downloadBlob';
import { ExportFiles } from '../shared/ExportFiles';
import type { CellExplorerUi } from './cellExplorerUi';

/**
 * The explorer's cell as files PyTorch reads: its weights as `.safetensors` (bias shifts and hand
 * edits included; opened again here, they give the same numbers) and the step shown as JSON in
 * the fixtures' format, with the lines of PyTorch that load both. The file writer loads on click.
 */
export function CellExportButtons<Gate extends string, Explanation>({
  ui,
  kind,
}: {
  ui: CellExplorerUi<Gate, Explanation>;
  kind: 'lstm' | 'gru';
}) {
  const inputSize = ui.useExplorer((state) => state.inputSize);
  const hiddenSize = ui.useExplorer((state) => state.hiddenSize);
  const ready = ui.useExplorer((state) => state.explanation !== undefined);
  const module = kind === 'lstm' ? 'LSTMCell' : 'GRUCell';
  const names = { weights: `gatescope-${kind}-cell.safetensors`, step: `gatescope-${kind}-step.json` };
  const save = async (what: 'weights' | 'step') => {
    const { weights, explanation } = ui.explorerState();
    if (!explanation) return;
    const { cellWeightsFile, cellStepJson } = await import('../../store/cell/cellExport');
    const source = {
      module,
      inputSize,
      hiddenSize,
      weights,
      // The explorer of `kind` explains with its own cell's explanation.
      explanation: explanation as unknown as Parameters<typeof cellStepJson>[0]['explanation'],
    } as const;
    if (what === 'weights') {
      download(new Blob([cellWeightsFile(source) as Uint8Array<ArrayBuffer>]), names.weights);
    } else {
      const json = JSON.stringify(cellStepJson(source), null, 1);
      download(new Blob([json], { type: 'application/json' }), names.step);
    }
  };
  return (
    <ExportFiles
      ready={ready}
      files={[
        { label: text.downloadWeights, save: () => void save('weights') },
        { label: text.downloadStep, save: () => void save('step') },
      ]}
      python={cellExportPython({ module, inputSize, hiddenSize }, names)}
    />
  );
}
