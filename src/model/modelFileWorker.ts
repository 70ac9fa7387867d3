import { ModelFileError, type ModelFileProblem } from './errors';
import { readModelFile } from './modelFile';
import { sha256Hex } from './modelFileHash';

// A worker that reads a model file off the page's thread (modelFileReader.ts starts it): decoding
// a large file's tensors takes seconds, and the page must keep answering meanwhile.

/** What the page sends: the file's bytes (transferred) and its name. */
export interface ModelFileJob {
  bytes: ArrayBuffer;
  fileName: string;
}

/** What the worker answers: progress, then the contents and the file's hash, or a message. */
export type ModelFileReply =
  | { kind: 'progress'; fraction: number }
  | { kind: 'done'; contents: import('./modelFile').ModelFileContents; hash: string }
  | { kind: 'refused'; message: string; problem: ModelFileProblem };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ModelFileJob>) => void) | null;
  postMessage: (reply: ModelFileReply, transfer?: Transferable[]) => void;
};

scope.onmessage = async ({ data }) => {
  try {
    const bytes = new Uint8Array(data.bytes);
    const hash = await sha256Hex(bytes);
    const contents = readModelFile(bytes, data.fileName, (fraction) =>
      scope.postMessage({ kind: 'progress', fraction }),
    );
    const buffers = new Set(
      contents.modules.flatMap((module) => Object.values(module.weights).map((tensor) => tensor.data.buffer)),
    );
    scope.postMessage({ kind: 'done', contents, hash }, [...buffers] as ArrayBuffer[]);
  } catch (error) {
    // Anything else (the browser out of memory, a bug) still ends in a sentence for the reader.
    const refusal =
      error instanceof ModelFileError
        ? { message: error.message, problem: error.problem }
        : { message: `${data.fileName} could not be read (${String(error)})`, problem: 'damaged' as const };
    scope.postMessage({ kind: 'refused', ...refusal });
  }
};
