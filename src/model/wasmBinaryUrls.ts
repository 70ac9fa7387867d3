/**
 * Where the browser build serves tfjs's WASM binaries. Vite copies each file into the build under
 * a hashed name and gives back its URL; {@link initBackend} hands these to `setWasmPaths`.
 * Browser-only: Node resolves the binaries from node_modules itself and never imports this.
 */
import plain from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import simd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import threadedSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import type { WasmBinaryUrls } from './backend';

/** The three builds of the WASM backend; tfjs picks the best this browser supports. */
export const WASM_BINARY_URLS: WasmBinaryUrls = {
  'tfjs-backend-wasm.wasm': plain,
  'tfjs-backend-wasm-simd.wasm': simd,
  'tfjs-backend-wasm-threaded-simd.wasm': threadedSimd,
};
