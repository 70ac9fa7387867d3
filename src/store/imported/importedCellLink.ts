import type { StoreApi } from 'zustand/vanilla';
import type { ImportedCellRef, ImportedModelState } from './importedModelStore';

/**
 * The link keys naming the imported cell each explorer shows: `model=<file>@<16 hex digits of its
 * SHA-256>` and `mcell=<layer>.<direction>.<prefix>` (the GRU explorer's `gmodel`, `gmcell`; the
 * sequence view's `smodel`, `smcell`, always layer 0 direction 0: it runs the whole module).
 * Only the identity goes into a link; the weights stay in the browser that opened the file.
 */
export const IMPORTED_LINK_KEYS = {
  lstm: { model: 'model', cell: 'mcell' },
  gru: { model: 'gmodel', cell: 'gmcell' },
  sequence: { model: 'smodel', cell: 'smcell' },
} as const;

/** A view that can show an imported model. */
export type ImportedModelView = keyof typeof IMPORTED_LINK_KEYS;

/** Where an imported model came from, as a view's store keeps it: what a link names. */
interface ImportedSource {
  file: string;
  hash: string;
  prefix: string;
  /** The cell's layer and direction in a cell explorer; absent for the sequence view's whole network. */
  layer?: number;
  direction?: number;
}

/** How many hex digits of the SHA-256 a link carries: 64 bits, enough to tell files apart. */
const HASH_DIGITS = 16;

const MODEL_VALUE = /^(.+)@([0-9a-f]{16})$/;
const CELL_VALUE = /^(0|[1-9]\d{0,2})\.([01])\.(.*)$/;

/** What `search` names for `explorer`, or undefined when it names nothing or malformed values. */
export function importedCellFromSearch(search: string, explorer: ImportedModelView): ImportedCellRef | undefined {
  const params = new URLSearchParams(search);
  const keys = IMPORTED_LINK_KEYS[explorer];
  const model = MODEL_VALUE.exec(params.get(keys.model) ?? '');
  const cell = CELL_VALUE.exec(params.get(keys.cell) ?? '0.0.');
  if (!model || !cell) return undefined;
  return {
    explorer,
    file: model[1]!,
    hash: model[2]!,
    layer: Number(cell[1]),
    direction: Number(cell[2]),
    prefix: cell[3]!,
  };
}

/** True when `value` is a well-formed value of `key`, one of the keys above (for the unread-link check). */
export function isImportedLinkValue(key: string, value: string): boolean {
  return Object.values(IMPORTED_LINK_KEYS).some((keys) =>
    key === keys.model ? MODEL_VALUE.test(value) : key === keys.cell && CELL_VALUE.test(value),
  );
}

/** `search` naming `imported` for `explorer` (or nothing, when it shows none), every other parameter kept. */
export function searchWithImportedCell(
  search: string,
  explorer: ImportedModelView,
  imported: ImportedSource | undefined,
): string {
  const params = new URLSearchParams(search);
  const keys = IMPORTED_LINK_KEYS[explorer];
  if (imported) {
    params.set(keys.model, `${imported.file}@${imported.hash.slice(0, HASH_DIGITS)}`);
    params.set(keys.cell, `${imported.layer ?? 0}.${imported.direction ?? 0}.${imported.prefix}`);
  } else {
    params.delete(keys.model);
    params.delete(keys.cell);
  }
  const written = params.toString();
  return written ? `?${written}` : '';
}

/** What the connector needs of a view's store: where the imported model it shows came from. */
type ExplorerStore = StoreApi<{ imported: { source: ImportedSource } | undefined }>;

/**
 * Keeps the link naming the imported cells the explorers show, and restores them from the link
 * the page opened with: from this browser's kept files (`find`), read and shown by `show`; a cell
 * whose file this browser lacks goes to the imported store as `missing`, and the link keeps naming
 * it. Returns a function that stops the syncing.
 */
export function connectImportedCellsToPage(
  page: Pick<Window, 'location' | 'history'>,
  explorers: Record<ImportedModelView, ExplorerStore>,
  imported: StoreApi<ImportedModelState>,
  restore: (ref: ImportedCellRef) => Promise<void>,
): () => void {
  const opened = page.location.search;
  const views = Object.keys(IMPORTED_LINK_KEYS) as ImportedModelView[];
  for (const explorer of views) {
    const ref = importedCellFromSearch(opened, explorer);
    if (ref) void restore(ref);
  }
  const unsubscribes = views.map((explorer) =>
    explorers[explorer].subscribe((state, previous) => {
      if (state.imported === previous.imported) return;
      // While a link's cell is missing here, its explorer showing its own weights does not unname it.
      if (!state.imported && imported.getState().missing?.explorer === explorer) return;
      const { pathname, search, hash } = page.location;
      const written = searchWithImportedCell(search, explorer, state.imported?.source);
      if (written !== search) page.history.replaceState(page.history.state, '', `${pathname}${written}${hash}`);
    }),
  );
  return () => unsubscribes.forEach((unsubscribe) => unsubscribe());
}
