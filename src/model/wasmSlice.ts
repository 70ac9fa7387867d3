import * as tf from '@tensorflow/tfjs-core';

/** The parts of tfjs-backend-wasm's backend a slice needs. */
interface HeapBackend {
  makeOutput(shape: number[], dtype: tf.DataType): tf.TensorInfo;
  typedArrayFromHeap(info: tf.TensorInfo): Float32Array | Int32Array | Uint8Array;
}

let installed = false;

/**
 * Replaces the WASM backend's Slice kernel with one that copies only the slice. tfjs-backend-wasm
 * 4.22's own kernel first reads the *whole* input out of WASM memory (`readSync`, a fresh copy)
 * for every slice: the packed gates are split into four slices every step, and the input
 * projection into one per step, so a sequence paid for a copy of each whole tensor per slice.
 * This one reads through views of WASM memory instead, with the same row-by-row copy, so the
 * numbers are the same bytes. Strings and ranks above 3 go to the original kernel.
 * Idempotent; does nothing before the WASM backend is registered.
 */
export function installHeapSlice(): void {
  const original = tf.getKernel(tf.Slice, 'wasm');
  if (installed || !original) return;
  tf.unregisterKernel(tf.Slice, 'wasm');
  tf.registerKernel({
    kernelName: tf.Slice,
    backendName: 'wasm',
    kernelFunc: (args) => {
      const x = args.inputs.x as tf.TensorInfo;
      if (x.dtype === 'string' || x.shape.length > 3) return original.kernelFunc(args);
      const { begin, size } = args.attrs as unknown as tf.SliceAttrs;
      const params = tf.slice_util.parseSliceParams(x as tf.Tensor, begin, size);
      const start = params[0]!;
      const extent = params[1]!;
      const backend = args.backend as unknown as HeapBackend;
      const out = backend.makeOutput(extent, x.dtype);
      // Views only after the allocation: growing WASM memory detaches views taken before it.
      const source = backend.typedArrayFromHeap(x);
      const target = backend.typedArrayFromHeap(out);
      // As rank 3, [rows, columns, run]: each innermost run is contiguous in both.
      const pad = 3 - x.shape.length;
      const shape = [...Array<number>(pad).fill(1), ...x.shape];
      const from = [...Array<number>(pad).fill(0), ...start];
      const count = [...Array<number>(pad).fill(1), ...extent];
      const [, columns, run] = shape as [number, number, number];
      let written = 0;
      for (let i = 0; i < count[0]!; i++) {
        for (let j = 0; j < count[1]!; j++) {
          const offset = ((from[0]! + i) * columns + from[1]! + j) * run + from[2]!;
          target.set(source.subarray(offset, offset + count[2]!), written);
          written += count[2]!;
        }
      }
      return out;
    },
  });
  installed = true;
}
