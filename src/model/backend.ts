import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { installHeapSlice } from './wasmSlice';

/** The tfjs backends the model layer uses, fastest first. */
export type BackendName = 'wasm' | 'cpu';

/** Where the browser build serves the WASM backend's binaries (from `?url` imports). */
export interface WasmBinaryUrls {
  'tfjs-backend-wasm.wasm': string;
  'tfjs-backend-wasm-simd.wasm': string;
  'tfjs-backend-wasm-threaded-simd.wasm': string;
}

let ready: Promise<BackendName> | undefined;
/** The backend initBackend settled on, once it has resolved. */
let settled: BackendName | undefined;

async function tryBackend(name: BackendName): Promise<boolean> {
  try {
    return await tf.setBackend(name);
  } catch {
    return false;
  }
}

/**
 * Picks the fastest backend that loads: WASM (with SIMD where the engine has it, measured 4× faster
 * than plain JS loops at the course's size), else tfjs's pure-JS cpu backend. Safe to call many
 * times; the first call decides. In the browser pass `wasmUrls`; under Node the binaries are read
 * from node_modules. Resolves to the backend in use.
 */
export function initBackend(wasmUrls?: WasmBinaryUrls): Promise<BackendName> {
  ready ??= (async () => {
    if (wasmUrls) setWasmPaths(wasmUrls);
    if (await tryBackend('wasm')) {
      installHeapSlice();
      return 'wasm';
    }
    // The cpu backend is registered by its import above and cannot fail to load.
    await tf.setBackend('cpu');
    return 'cpu';
  })().then((name) => (settled = name));
  return ready;
}

/**
 * The backend computing now, or undefined before {@link initBackend} resolved. Not tf.getBackend()
 * alone: tfjs names the WASM backend as soon as it starts loading it, and a tensor made before its
 * binary has arrived throws (a model file restored from a link can finish reading in that window).
 */
export function activeBackend(): BackendName | undefined {
  return settled !== undefined && tf.getBackend() === settled ? settled : undefined;
}

/** Number of live tfjs tensors; the model layer leaves it unchanged after every public call. */
export function liveTensorCount(): number {
  return tf.memory().numTensors;
}
