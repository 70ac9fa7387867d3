import type { LabKind } from '../../model';
import { openImportedModel } from '../imported/openImportedModel';
import { importedModelStore } from '../imported/importedModelStore';
import { labStore } from './labStore';

/** Where a trained lab model opens: its cell explorer, or the sequence view over a whole sequence. */
export type LabModelTarget = 'cell' | 'sequence';

/**
 * Opens the lab's trained `kind` network (an LSTM or a GRU: the explorers draw no plain RNN) through
 * the page's own import path, as if the reader had opened its .safetensors file: the explorers'
 * note names the file. Its recurrent module is `rnn.`; the Linear head is no recurrent module and
 * is left out by the import. Returns why it could not (one sentence), else undefined.
 */
export async function openLabModel(kind: Exclude<LabKind, 'RNN'>, target: LabModelTarget): Promise<string | undefined> {
  const file = await labStore.getState().modelFile(kind);
  await openImportedModel(file, target);
  return importedModelStore.getState().error?.message;
}
