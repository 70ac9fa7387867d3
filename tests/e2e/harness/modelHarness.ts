import { initBackend } from '../../../src/model/backend';
import { forward } from '../../../src/model/forward';
import { answerFromResult, parseForwardRequest, type ForwardAnswer } from '../../../src/model/request';
import { WASM_BINARY_URLS } from '../../../src/model/wasmBinaryUrls';

/** What the test-only harness page offers the e2e tests through `window`. */
export interface ModelHarness {
  /** Resolves to the backend the model layer chose, as the app starts it. */
  ready: Promise<string>;
  /** Runs a forward request; `files` holds the request's weight files, base64-encoded, by name. */
  run: (request: unknown, files: Record<string, string>) => ForwardAnswer;
}

function decodeBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
}

const harness: ModelHarness = {
  ready: initBackend(WASM_BINARY_URLS),
  run: (request, files) =>
    answerFromResult(
      forward(
        parseForwardRequest(request, (path) => {
          const file = files[path];
          if (file === undefined) throw new Error(`the test did not send ${path}`);
          return decodeBase64(file);
        }),
      ),
    ),
};

(window as unknown as { gatescopeHarness: ModelHarness }).gatescopeHarness = harness;
