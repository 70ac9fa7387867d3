import type { StateDict } from '../types';
import { WASM_BINARY_URLS } from '../wasmBinaryUrls';
import type { LabBackendChoice, LabBackendName, LabConfig, LabReply, LabRequest } from './labProtocol';
import type { LabKind } from './labShapes';

/** What the page hears from the lab: progress reports and errors. */
export type LabEvent = Extract<LabReply, { type: 'progress' | 'error' }>;

/**
 * The page's handle on the training lab. Requests are fire-and-forget; what they change comes
 * back through {@link LabTrainer.subscribe} as progress reports. Holds no tensors on the page.
 */
export interface LabTrainer {
  /** The backend the lab trains on. */
  readonly backend: LabBackendName;
  /** Whether training runs in a worker (else on this thread: Node, tests). */
  readonly inWorker: boolean;
  /** New networks for `config`, paused at step 0; reported at once (or an error for a bad config). */
  configure(config: LabConfig): void;
  start(): void;
  pause(): void;
  /** Trains no chunk for `ms` from now, the run still running: the reader's input elsewhere comes first. */
  giveWay(ms: number): void;
  /** Out of sight (`on`), training rests as long as it trains: half the speed, and the page keeps its cores. */
  setBackground(on: boolean): void;
  /** Step 0 again with the same config, paused. */
  reset(): void;
  /** One step while paused. */
  step(): void;
  /** The trained weights of one model, by PyTorch's names: `rnn.weight_ih_l0` … `head.bias`. */
  exportStateDict(model: LabKind): Promise<StateDict>;
  /** Calls `listener` with every progress report and error; returns the unsubscribe. */
  subscribe(listener: (event: LabEvent) => void): () => void;
  /** Stops at once, mid-step included, and frees everything; the trainer is unusable after. */
  terminate(): void;
}

/** How requests travel: to a worker, or to a session on this thread. */
interface Channel {
  backend: LabBackendName;
  inWorker: boolean;
  send(request: LabRequest): void;
  close(): void;
}

async function workerChannel(choice: LabBackendChoice, deliver: (reply: LabReply) => void): Promise<Channel> {
  const worker = new Worker(new URL('./labWorker.ts', import.meta.url), { type: 'module' });
  try {
    const backend = await new Promise<LabBackendName>((resolve, reject) => {
      worker.onmessage = ({ data }: MessageEvent<LabReply>) => {
        if (data.type === 'ready') resolve(data.backend);
        else deliver(data);
      };
      worker.onerror = (event) => {
        event.preventDefault();
        reject(new Error(`the training lab could not start (${event.message || 'its worker failed'})`));
      };
      worker.postMessage({ type: 'init', backend: choice, wasmUrls: WASM_BINARY_URLS } satisfies LabRequest);
    });
    worker.onmessage = ({ data }: MessageEvent<LabReply>) => deliver(data);
    worker.onerror = (event) => {
      event.preventDefault();
      deliver({ type: 'error', message: `the training lab stopped (${event.message || 'its worker failed'})` });
    };
    return {
      backend,
      inWorker: true,
      send: (request) => worker.postMessage(request),
      close: () => worker.terminate(),
    };
  } catch (error) {
    worker.terminate();
    throw error;
  }
}

async function threadChannel(choice: LabBackendChoice, deliver: (reply: LabReply) => void): Promise<Channel> {
  const [{ initLabBackend }, { LabSession }] = await Promise.all([import('./labBackend'), import('./labSession')]);
  // A page without workers serves the binaries as built assets; Node reads them from node_modules.
  const backend = await initLabBackend(choice, typeof document === 'undefined' ? undefined : WASM_BINARY_URLS);
  const session = new LabSession(backend, deliver);
  return { backend, inWorker: false, send: (request) => session.handle(request), close: () => session.dispose() };
}

/**
 * Starts the training lab on `backend` (see initLabBackend): in a worker where the browser has
 * workers, else on this thread. Resolves once tfjs is up.
 */
export async function createLabTrainer(backend: LabBackendChoice = 'auto'): Promise<LabTrainer> {
  const listeners = new Set<(event: LabEvent) => void>();
  const exports = new Map<number, { resolve: (dict: StateDict) => void; reject: (error: Error) => void }>();
  let nextExport = 0;
  const deliver = (reply: LabReply) => {
    if (reply.type === 'ready') return;
    if (reply.type === 'stateDict' || (reply.type === 'error' && reply.id !== undefined)) {
      const pending = exports.get(reply.id!);
      exports.delete(reply.id!);
      if (reply.type === 'stateDict') pending?.resolve(reply.stateDict);
      else pending?.reject(new Error(reply.message));
      return;
    }
    listeners.forEach((listener) => listener(reply));
  };
  const channel = await (typeof Worker === 'undefined' ? threadChannel : workerChannel)(backend, deliver);
  let closed = false;
  const send = (request: LabRequest) => {
    if (!closed) channel.send(request);
  };
  return {
    backend: channel.backend,
    inWorker: channel.inWorker,
    configure: (config) => send({ type: 'configure', config }),
    start: () => send({ type: 'start' }),
    pause: () => send({ type: 'pause' }),
    giveWay: (ms) => send({ type: 'giveWay', ms }),
    setBackground: (on) => send({ type: 'background', on }),
    reset: () => send({ type: 'reset' }),
    step: () => send({ type: 'step' }),
    exportStateDict: (model) =>
      new Promise<StateDict>((resolve, reject) => {
        if (closed) return reject(new Error('the training lab has stopped'));
        const id = nextExport++;
        exports.set(id, { resolve, reject });
        send({ type: 'export', model, id });
      }),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    terminate: () => {
      if (closed) return;
      closed = true;
      channel.close();
      listeners.clear();
      exports.forEach(({ reject }) => reject(new Error('the training lab has stopped')));
      exports.clear();
    },
  };
}
