import type { ModelFileProgress, ReadModelFile } from './modelFileReader';

/**
 * Reads a model file the reader dropped or picked (readModelFileOffThread), fetching the file
 * reader's code on first use: the parsers and the worker stay out of the first view.
 *
 * @throws ModelInputError with one sentence for the reader.
 */
export async function openModelFile(
  file: Blob & { name: string },
  onProgress?: (progress: ModelFileProgress) => void,
): Promise<ReadModelFile> {
  const { readModelFileOffThread } = await import('./modelFileReader');
  return readModelFileOffThread(file, onProgress);
}
