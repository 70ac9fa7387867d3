import { initLabBackend } from './labBackend';
import type { LabReply, LabRequest } from './labProtocol';
import { LabSession } from './labSession';

// The training lab's worker (labTrainer.ts starts it): training runs here so the page stays
// smooth. The first message is `init`; anything sent before the backend is up waits for it.
// Terminating the worker at any moment, mid-step included, is safe: it owns nothing outside.

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<LabRequest>) => void) | null;
  postMessage: (reply: LabReply, transfer?: Transferable[]) => void;
};

/** Posts `reply`, handing over the buffers of an exported state_dict rather than copying them. */
function post(reply: LabReply): void {
  const buffers = reply.type === 'stateDict' ? Object.values(reply.stateDict).map((tensor) => tensor.data.buffer) : [];
  scope.postMessage(reply, buffers as ArrayBuffer[]);
}

let session: Promise<LabSession> | undefined;

scope.onmessage = ({ data }) => {
  if (data.type === 'init') {
    session ??= initLabBackend(data.backend, data.wasmUrls).then((backend) => {
      post({ type: 'ready', backend });
      return new LabSession(backend, post);
    });
    return;
  }
  if (!session) {
    post({ type: 'error', message: `${data.type} before init` });
    return;
  }
  void session.then((ready) => ready.handle(data));
};
