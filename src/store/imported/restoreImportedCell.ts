import { importedModelStore, type ImportedCellRef } from './importedModelStore';
import { findModelFile } from './modelVault';
import { showLinkedCell } from './openImportedModel';

/**
 * Restores a cell a link names: its file from this browser's kept files, read again and shown in
 * its explorer with the link's bias shifts and edits. A file this browser lacks (the weights never
 * leave the browser that opened them) is noted as `missing`, and the dialog says how to open it.
 */
export async function restoreImportedCell(ref: ImportedCellRef): Promise<void> {
  const kept = await findModelFile(ref.hash);
  if (!kept) {
    importedModelStore.setState({ missing: ref, dialogOpen: true });
    return;
  }
  // A kept File keeps its name; a new File names a kept Blob (File.name cannot be set).
  await importedModelStore.getState().importFile(new File([kept.blob], kept.name));
  if (importedModelStore.getState().error) return;
  const refusal = showLinkedCell(ref);
  if (refusal) importedModelStore.setState({ error: { file: kept.name, message: refusal }, dialogOpen: true });
}
