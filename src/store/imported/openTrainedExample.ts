import { TRAINED_EXAMPLE_PATH } from '../../content/examples/trainedExample';
import { importedModelStore } from './importedModelStore';
import { openImportedModel } from './openImportedModel';

/** The shipped example's file name, as the note above the explorer names it. */
export const TRAINED_EXAMPLE_FILE = TRAINED_EXAMPLE_PATH.slice(TRAINED_EXAMPLE_PATH.lastIndexOf('/') + 1);

/**
 * Opens the trained example shipped with the app (public/models) as if the reader had dropped it:
 * fetched from the app's own server (or the offline cache), read, and shown in the LSTM explorer.
 */
export async function openTrainedExample(): Promise<void> {
  const refuse = (why: string) =>
    importedModelStore.setState({ error: { file: TRAINED_EXAMPLE_FILE, message: why }, dialogOpen: true });
  let response: Response;
  try {
    response = await fetch(new URL(TRAINED_EXAMPLE_PATH.slice(1), document.baseURI));
  } catch {
    refuse('the app’s server did not answer; reload the page when the network is back');
    return;
  }
  if (!response.ok) {
    refuse(`the app’s server answered ${response.status}`);
    return;
  }
  const blob = await response.blob();
  await openImportedModel(new File([blob], TRAINED_EXAMPLE_FILE));
}
