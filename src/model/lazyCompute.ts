/**
 * Stand-ins for the model layer's computing half (./compute: tfjs, its backends, the networks)
 * that load it on demand. They keep the names and types of the real functions, so the stores call
 * them as before, while the bundler keeps tfjs out of the first view: only {@link initBackend}
 * fetches it, and the others work once it has resolved (the stores ask {@link activeBackend}
 * first).
 */
import type { BackendName, WasmBinaryUrls } from './backend';

type Compute = typeof import('./compute');

let loaded: Compute | undefined;
let loading: Promise<Compute> | undefined;

function loadCompute(): Promise<Compute> {
  loading ??= import('./compute').then(
    (module) => (loaded = module),
    (error: unknown) => {
      // A failed fetch (offline, a deploy that replaced the chunk) may succeed on the next try.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

function compute(): Compute {
  if (!loaded) throw new Error('The model layer has not started: await initBackend() first.');
  return loaded;
}

/**
 * Loads tfjs and picks the fastest backend that starts: WASM (SIMD where the engine has it), else
 * tfjs's pure-JS cpu backend. Safe to call many times; the first successful call decides. In the
 * browser pass `wasmUrls`; under Node the binaries are read from node_modules.
 * @returns The backend in use.
 */
export async function initBackend(wasmUrls?: WasmBinaryUrls): Promise<BackendName> {
  return (await loadCompute()).initBackend(wasmUrls);
}

/** The backend computing now; undefined until {@link initBackend} has resolved. */
export function activeBackend(): BackendName | undefined {
  return loaded?.activeBackend();
}

/** Number of live tfjs tensors (0 before tfjs has loaded); every public call leaves it unchanged. */
export function liveTensorCount(): number {
  return loaded?.liveTensorCount() ?? 0;
}

/**
 * Builds a network from its config and a PyTorch-style state dict (see ./recurrentModel).
 * Call only after {@link initBackend} resolved.
 */
export const createRecurrentModel: Compute['createRecurrentModel'] = (...args) =>
  compute().createRecurrentModel(...args);

/**
 * The cached network for a module, config and weights (see ./modelCache).
 * Call only after {@link initBackend} resolved.
 */
export const cachedRecurrentModel: Compute['cachedRecurrentModel'] = (...args) =>
  compute().cachedRecurrentModel(...args);

/**
 * How a pulse fades through a network's memory (see ./pulseMemory).
 * Call only after {@link initBackend} resolved.
 */
export const pulseMemory: Compute['pulseMemory'] = (...args) => compute().pulseMemory(...args);
