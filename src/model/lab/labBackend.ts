import * as tf from '@tensorflow/tfjs-core';
// Registers the cpu and WebGL backends (and the gradients, which labGradients.ts needs anyway).
import '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import type { WasmBinaryUrls } from '../backend';
import { installHeapSlice } from '../wasmSlice';
import type { LabBackendChoice, LabBackendName } from './labProtocol';

async function tryBackend(name: LabBackendName): Promise<boolean> {
  try {
    return await tf.setBackend(name);
  } catch {
    return false;
  }
}

/** Whether WebGL can start here: a page has canvases, a worker needs OffscreenCanvas. */
function canvasAvailable(): boolean {
  return typeof OffscreenCanvas !== 'undefined' || typeof document !== 'undefined';
}

/**
 * Starts tfjs for the lab on `choice`: `auto` tries WebGL (in a worker through OffscreenCanvas),
 * then WASM, then the pure-JS cpu backend, which always loads; a named backend that fails falls
 * back to cpu. In the browser pass `wasmUrls` (WASM_BINARY_URLS); under Node the binaries come from
 * node_modules. Sets tfjs's global backend: call it where the lab runs alone (its worker, a test).
 * Each backend is deterministic by itself, but they round differently: runs agree only on the same one.
 * @returns The backend in use.
 */
export async function initLabBackend(choice: LabBackendChoice, wasmUrls?: WasmBinaryUrls): Promise<LabBackendName> {
  const order: LabBackendName[] = choice === 'auto' ? ['webgl', 'wasm'] : choice === 'cpu' ? [] : [choice];
  for (const name of order) {
    if (name === 'webgl' && !canvasAvailable()) continue;
    if (name === 'wasm' && wasmUrls) setWasmPaths(wasmUrls);
    if (await tryBackend(name)) {
      if (name === 'wasm') installHeapSlice();
      return name;
    }
  }
  await tf.setBackend('cpu');
  return 'cpu';
}
