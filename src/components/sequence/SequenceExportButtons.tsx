import { modelImportText as text } from '../../content/modelImport';
import { SEQUENCE_EXPORT_NAMES, sequenceExportPython } from '../../store/sequence/sequenceExportPython';
import { sequenceStore, useSequenceStore } from '../../store/sequence/sequenceStore';
import { download } from '../shared/downloadBlob';
import { ExportFiles } from '../shared/ExportFiles';
import { useShallow } from 'zustand/react/shallow';

/**
 * The network on screen as files PyTorch reads: its weights as `.safetensors` (bias shifts
 * included; opened again here, they give the same numbers) and the whole run as JSON in the
 * fixtures' format, with the lines of PyTorch that load both. The file writer loads on click.
 */
export function SequenceExportButtons() {
  const ready = useSequenceStore((state) => state.run !== undefined);
  const settings = useSequenceStore(
    useShallow(({ kind, inputSize, hiddenSize, numLayers, bidirectional, batchFirst, steps, batch }) => ({
      kind,
      inputSize,
      hiddenSize,
      numLayers,
      bidirectional,
      batchFirst,
      steps,
      batch,
    })),
  );
  const save = async (what: 'weights' | 'run') => {
    const { weights, run } = sequenceStore.getState();
    if (!run) return;
    const exported = await import('../../store/sequence/sequenceExport');
    const names = SEQUENCE_EXPORT_NAMES;
    if (what === 'weights') {
      download(new Blob([exported.sequenceWeightsFile(settings, weights) as Uint8Array<ArrayBuffer>]), names.weights);
    } else {
      const json = JSON.stringify(exported.sequenceRunJson(settings, run), null, 1);
      download(new Blob([json], { type: 'application/json' }), names.run);
    }
  };
  return (
    <ExportFiles
      ready={ready}
      files={[
        { label: text.downloadWeights, save: () => void save('weights') },
        { label: text.downloadRun, save: () => void save('run') },
      ]}
      python={sequenceExportPython(settings)}
    />
  );
}
