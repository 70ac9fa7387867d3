import { cellOfModule, describeModule, ModelInputError } from '../../model';
import { gruExplorerStore } from '../gru/gruExplorerStore';
import { lstmExplorerStore } from '../lstm/lstmExplorerStore';
import { networkRefusal, sequenceStore } from '../sequence/sequenceStore';
import { shapesStore } from '../shapes/shapesStore';
import { viewStore } from '../viewStore';
import { chosenModule, importedModelStore, type ImportedCellRef } from './importedModelStore';

/** The explorer that draws a module's cells: LSTM and LSTMCell in the LSTM explorer, GRU and GRUCell in the GRU's. */
export function explorerOfModule(module: string): 'lstm' | 'gru' {
  return module.startsWith('LSTM') ? 'lstm' : 'gru';
}

/** How a cell is shown: from a link, the explorer's bias shifts and edits stay and the view is the link's. */
export interface ShowOptions {
  fromLink?: boolean;
}

/**
 * Where the chosen module came from, as the views' notes and links name it: the file's name and
 * SHA-256, the module as PyTorch prints it, its prefix in the file. Undefined without a model.
 */
function chosenSource() {
  const state = importedModelStore.getState();
  const module = chosenModule(state);
  if (!module || !state.file) return undefined;
  const source = {
    file: state.file.name,
    hash: state.file.hash,
    module: describeModule(module.module, module.config),
    prefix: module.prefix,
  };
  return { module, source };
}

/**
 * Shows layer `layer`, direction `direction` (1 reverse) of the chosen imported module in its
 * cell explorer, and switches to it. Returns why it cannot (one sentence), else undefined.
 */
export function showImportedCell(layer = 0, direction = 0, options: ShowOptions = {}): string | undefined {
  const chosen = chosenSource();
  if (!chosen) return 'no model has been imported';
  const { module } = chosen;
  let cell;
  try {
    cell = cellOfModule(module, layer, direction);
  } catch (error) {
    if (error instanceof ModelInputError) return error.message;
    throw error;
  }
  const view = explorerOfModule(module.module);
  const source = { ...chosen.source, layer, direction };
  const explorer = view === 'lstm' ? lstmExplorerStore.getState() : gruExplorerStore.getState();
  const refusal = explorer.showImportedCell({ ...cell, source }, { keepAdjustments: options.fromLink });
  if (refusal) return refusal;
  if (!options.fromLink) viewStore.getState().showView(view);
  return undefined;
}

/**
 * Runs the chosen imported module, every layer and direction, in the sequence view, and switches
 * to it. Returns why it cannot (one sentence), else undefined.
 */
export function showImportedNetwork(options: ShowOptions = {}): string | undefined {
  const chosen = chosenSource();
  if (!chosen) return 'no model has been imported';
  const refusal = sequenceStore.getState().showImportedNetwork(chosen, { keepAdjustments: options.fromLink });
  if (refusal) return refusal;
  if (!options.fromLink) viewStore.getState().showView('sequence');
  return undefined;
}

/**
 * Shows the chosen imported module's constructor in the shapes view (every parameter's name and
 * shape, how its packed matrices split into gates) and switches to it. batch_first and dropout are
 * not in a state_dict: the view shows PyTorch's defaults for them.
 */
export function showImportedShapes(): void {
  const module = chosenModule(importedModelStore.getState());
  if (!module) return;
  const { nonlinearity: _nonlinearity, ...config } = module.config;
  shapesStore.getState().restoreSettings({ module: module.module, ...config });
  viewStore.getState().showView('shapes');
}

/** True when the chosen module can run in the sequence view (an nn.LSTM or nn.GRU within its sizes). */
export function canRunInSequence(): boolean {
  const module = chosenModule(importedModelStore.getState());
  return module !== undefined && networkRefusal(module) === undefined;
}

/**
 * Reads a file the reader dropped or picked and, when it holds a model, shows its first recurrent
 * module: over the whole sequence when `into` is `'sequence'` (by default: when the reader is in
 * the sequence view) and it can run there, else its first cell in that cell's explorer. The dialog
 * closes when that was all there was to choose. A bad file leaves everything as it was; the
 * store's `error` says why.
 */
export async function openImportedModel(
  file: Blob & { name: string },
  into: 'cell' | 'sequence' = viewStore.getState().view === 'sequence' ? 'sequence' : 'cell',
): Promise<void> {
  const store = importedModelStore.getState();
  await store.importFile(file);
  const { error, modules, refused, missing, file: opened } = importedModelStore.getState();
  if (error) return;
  // The file a link named and this browser lacked: the link's cell, as the link set it.
  if (missing && opened?.hash.startsWith(missing.hash)) {
    importedModelStore.setState({ missing: undefined });
    if (showLinkedCell(missing) === undefined) {
      store.showDialog(false);
      return;
    }
  }
  const refusal = into === 'sequence' && canRunInSequence() ? showImportedNetwork() : showImportedCell();
  if (refusal) importedModelStore.setState({ error: { file: file.name, message: refusal }, dialogOpen: true });
  else if (modules.length === 1 && refused.length === 0) store.showDialog(false);
}

/**
 * Shows the cell a link names (`ref`) from the imported model now held: its module by prefix, its
 * layer and direction, keeping the explorer's bias shifts and edits the link restored. Returns why
 * it cannot, else undefined.
 */
export function showLinkedCell(ref: ImportedCellRef): string | undefined {
  const index = importedModelStore.getState().modules.findIndex((module) => module.prefix === ref.prefix);
  if (index < 0) return `the file holds no module "${ref.prefix}"`;
  importedModelStore.getState().chooseModule(index);
  if (ref.explorer === 'sequence') return showImportedNetwork({ fromLink: true });
  return showImportedCell(ref.layer, ref.direction, { fromLink: true });
}
