import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { keepModelFile } from './modelVault';
import {
  explorerRefusal,
  ModelFileError,
  type ModelFileProblem,
  ModelInputError,
  openModelFile,
  type ModelFileModule,
  type ModelFileProgress,
  type ReadModelFile,
} from '../../model';

/** The file a model was imported from: its name, size and SHA-256 (64 hex digits), never its bytes. */
export interface ImportedFile {
  name: string;
  bytes: number;
  hash: string;
}

/**
 * An imported cell as a link names it: the file's name and the first 16 hex digits of its SHA-256,
 * the module's prefix in it, the layer and the direction (1 reverse), and the view showing it
 * (a cell explorer, or the sequence view, which runs the whole module: layer and direction 0).
 */
export interface ImportedCellRef {
  explorer: 'lstm' | 'gru' | 'sequence';
  file: string;
  hash: string;
  prefix: string;
  layer: number;
  direction: number;
}

/**
 * Why a file or a module in it could not be shown: the model layer's kinds of problem, or a plain
 * RNN, which the file reader reads but no cell explorer or the sequence view draws.
 */
export type ImportProblem = ModelFileProblem | 'plainRnn';

/** A file being read: its name and how far it got. */
export interface ImportProgress extends ModelFileProgress {
  name: string;
}

/**
 * The model the reader imported from their own file, to drive the views. The weights stay in
 * this browser: only the file's name and hash go into links.
 */
export interface ImportedModelState {
  /** The file the current model came from; undefined before any import. */
  file: ImportedFile | undefined;
  /** The recurrent modules found in it, each checked; their tensors are plain float32 arrays. */
  modules: readonly ModelFileModule[];
  /** Modules found but not readable, each with why (one sentence, English: the model layer's). */
  refused: readonly { prefix: string; reason: string; problem: ImportProblem }[];
  /** Index into {@link modules} of the module the views show. */
  chosen: number;
  /** The file being read now, if any. */
  reading: ImportProgress | undefined;
  /** Why the last file could not be opened; the previous model stays. */
  error: { file: string; message: string; problem?: ImportProblem } | undefined;
  /** A cell a link names whose file this browser does not have: opening that file shows it. */
  missing: ImportedCellRef | undefined;
  /** The dialog that opens files and lists the modules found is open. */
  dialogOpen: boolean;
  /** Opens or closes that dialog. */
  showDialog: (open: boolean) => void;
  /** Reads `file` off the main thread; on success it becomes the model (its first module chosen). */
  importFile: (file: Blob & { name: string }) => Promise<void>;
  /** Chooses the module the views show; anything out of range is ignored. */
  chooseModule: (index: number) => void;
  /** Forgets the last error. */
  dismissError: () => void;
  /** Forgets the imported model: the views go back to their own weights. */
  forget: () => void;
}

/**
 * A fresh store; the app uses {@link importedModelStore}. `read` reads a file (openModelFile);
 * `keep` keeps a file read in this browser, for links (modelVault). Tests give their own.
 */
export function createImportedModelStore(
  read: (
    file: Blob & { name: string },
    onProgress: (progress: ModelFileProgress) => void,
  ) => Promise<ReadModelFile> = openModelFile,
  keep: (hash: string, name: string, file: Blob) => Promise<void> = keepModelFile,
): StoreApi<ImportedModelState> {
  return createStore<ImportedModelState>()((set, get) => ({
    file: undefined,
    modules: [],
    refused: [],
    chosen: 0,
    reading: undefined,
    error: undefined,
    missing: undefined,
    dialogOpen: false,
    showDialog: (open) => set({ dialogOpen: open === true }),
    importFile: async (file) => {
      set({ reading: { name: file.name, phase: 'reading', fraction: 0 }, error: undefined });
      try {
        const opened = await read(file, (progress) => {
          // A later file replaced this one: its progress is no longer shown.
          if (get().reading?.name === file.name) set({ reading: { name: file.name, ...progress } });
        });
        // A plain RNN is read like any module, but no cell explorer draws it: listed as refused.
        const modules = opened.contents.modules.filter((module) => explorerRefusal(module) === undefined);
        const refused = [
          ...opened.contents.refused,
          ...opened.contents.modules.flatMap((module) => {
            const reason = explorerRefusal(module);
            return reason === undefined ? [] : [{ prefix: module.prefix, reason, problem: 'plainRnn' as const }];
          }),
        ];
        if (modules.length === 0) {
          set({
            reading: undefined,
            error: { file: file.name, message: refused[0]!.reason, problem: refused[0]!.problem },
          });
          return;
        }
        set({
          file: { name: opened.name, bytes: opened.bytes, hash: opened.hash },
          modules,
          refused,
          chosen: 0,
          reading: undefined,
        });
        void keep(opened.hash, opened.name, file);
      } catch (error) {
        const message =
          error instanceof ModelInputError ? error.message : `${file.name} could not be read (${String(error)})`;
        const problem = error instanceof ModelFileError ? error.problem : undefined;
        // Nothing the reader had is lost: the previous model stays as it was.
        set({ reading: undefined, error: { file: file.name, message, ...(problem && { problem }) } });
      }
    },
    chooseModule: (index) => {
      if (Number.isInteger(index) && index >= 0 && index < get().modules.length) set({ chosen: index });
    },
    dismissError: () => set({ error: undefined }),
    forget: () => set({ file: undefined, modules: [], refused: [], chosen: 0 }),
  }));
}

/** The app's one imported model. */
export const importedModelStore: StoreApi<ImportedModelState> = createImportedModelStore();

/** Reads one slice of {@link importedModelStore} in a component. */
export function useImportedModelStore<T>(selector: (state: ImportedModelState) => T): T {
  return useStore(importedModelStore, selector);
}

/** The module the views show, or undefined without an imported model. */
export function chosenModule(state: Pick<ImportedModelState, 'modules' | 'chosen'>): ModelFileModule | undefined {
  return state.modules[state.chosen];
}
