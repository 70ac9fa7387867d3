import { ModelFileError } from './errors';
import { MAX_MODEL_FILE_BYTES, readModelFile, tooLargeMessage, type ModelFileContents } from './modelFile';
import { sha256Hex } from './modelFileHash';
import type { ModelFileJob, ModelFileReply } from './modelFileWorker';

/** A model file the page read: its name, size, SHA-256, and what it holds. */
export interface ReadModelFile {
  name: string;
  bytes: number;
  /** SHA-256 of the file, 64 hex digits. */
  hash: string;
  contents: ModelFileContents;
}

/** Where a read stands: reading the file from disk, then decoding its tensors. */
export interface ModelFileProgress {
  phase: 'reading' | 'decoding';
  /** 0 … 1 within the phase. */
  fraction: number;
}

/** The file's bytes, read in chunks so a large one reports its progress. */
async function readBytes(file: Blob, onProgress: (progress: ModelFileProgress) => void): Promise<Uint8Array> {
  if (typeof file.stream !== 'function') return new Uint8Array(await file.arrayBuffer());
  const bytes = new Uint8Array(file.size);
  const reader = file.stream().getReader();
  let offset = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes.set(value, offset);
    offset += value.byteLength;
    onProgress({ phase: 'reading', fraction: file.size > 0 ? offset / file.size : 1 });
  }
  return bytes;
}

/**
 * Reads a model file the reader dropped or picked (see readModelFile for the formats): off the
 * page's thread, in a worker, where the browser has workers; in place elsewhere (tests, node).
 * `onProgress` hears the reading and the decoding.
 *
 * @throws ModelFileError with one sentence for the reader and its kind; nothing else is thrown for a bad file.
 */
export async function readModelFileOffThread(
  file: Blob & { name: string },
  onProgress: (progress: ModelFileProgress) => void = () => {},
): Promise<ReadModelFile> {
  if (file.size > MAX_MODEL_FILE_BYTES) throw new ModelFileError(tooLargeMessage(file.name, file.size), 'tooLarge');
  const bytes = await readBytes(file, onProgress);
  if (typeof Worker === 'undefined') {
    const hash = await sha256Hex(bytes);
    const contents = readModelFile(bytes, file.name, (fraction) => onProgress({ phase: 'decoding', fraction }));
    return { name: file.name, bytes: bytes.byteLength, hash, contents };
  }
  const worker = new Worker(new URL('./modelFileWorker.ts', import.meta.url), { type: 'module' });
  try {
    const reply = await new Promise<Extract<ModelFileReply, { kind: 'done' }>>((resolve, reject) => {
      worker.onmessage = ({ data }: MessageEvent<ModelFileReply>) => {
        if (data.kind === 'progress') onProgress({ phase: 'decoding', fraction: data.fraction });
        else if (data.kind === 'done') resolve(data);
        else reject(new ModelFileError(data.message, data.problem));
      };
      worker.onerror = (event) => {
        event.preventDefault();
        reject(
          new ModelFileError(`${file.name} could not be read (${event.message || 'the reader stopped'})`, 'damaged'),
        );
      };
      const job: ModelFileJob = { bytes: bytes.buffer as ArrayBuffer, fileName: file.name };
      worker.postMessage(job, [job.bytes]);
    });
    return { name: file.name, bytes: file.size, hash: reply.hash, contents: reply.contents };
  } finally {
    worker.terminate();
  }
}
