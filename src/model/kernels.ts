/**
 * The few tfjs kernels a cell step runs, called through `engine.runKernel` directly. The public
 * ops (`tf.add`, `tf.sigmoid`, …) wrap each kernel in argument conversion, dtype matching and an
 * op scope; a step's inputs are always float32 tensors already, and at the classroom size (a
 * 4-unit LSTM) that wrapping was a fifth of the whole forward pass. Same kernels, same numbers.
 * Elementwise ops take equal shapes.
 */
import * as tf from '@tensorflow/tfjs-core';

const engine = tf.engine();

/** a + b, elementwise. */
export function add(a: tf.Tensor2D, b: tf.Tensor2D): tf.Tensor2D {
  return engine.runKernel(tf.Add, { a, b });
}

/** a − b, elementwise. */
export function sub(a: tf.Tensor2D, b: tf.Tensor2D): tf.Tensor2D {
  return engine.runKernel(tf.Sub, { a, b });
}

/** a ⊙ b, elementwise. */
export function mul(a: tf.Tensor2D, b: tf.Tensor2D): tf.Tensor2D {
  return engine.runKernel(tf.Multiply, { a, b });
}

/** σ(x) = 1 / (1 + e^−x), elementwise. */
export function sigmoid(x: tf.Tensor2D): tf.Tensor2D {
  return engine.runKernel(tf.Sigmoid, { x });
}

/** tanh(x), elementwise. */
export function tanh(x: tf.Tensor2D): tf.Tensor2D {
  return engine.runKernel(tf.Tanh, { x });
}

/** max(x, 0), elementwise: the plain RNN's `nonlinearity='relu'`. */
export function relu(x: tf.Tensor2D): tf.Tensor2D {
  return engine.runKernel(tf.Relu, { x });
}

/**
 * a · b, plus `bias` `(n)` on every row when given. Through the public op, which reshapes to the
 * batched rank-3 form the matmul kernels require.
 */
export function matMul(a: tf.Tensor2D, b: tf.Tensor2D, bias?: tf.Tensor1D): tf.Tensor2D {
  return (bias ? tf.fused.matMul({ a, b, bias }) : tf.matMul(a, b)) as tf.Tensor2D;
}

/**
 * Splits `x` `(B, parts·H)` into `parts` tensors of `(B, H)` along the columns: the packed gates.
 * One Slice kernel per part rather than SplitV, whose WASM kernel slices through its own copy of
 * the whole input for every part (the Slice kernel is replaced by `installHeapSlice`).
 */
export function splitColumns(x: tf.Tensor2D, parts: number): tf.Tensor2D[] {
  const [rows, columns] = x.shape;
  const width = columns / parts;
  return Array.from({ length: parts }, (_, part) => sliceOf(x, [0, part * width], [rows, width]));
}

/** Rows `first` … `first + count − 1` of `x` `(n, m)`, as `(count, m)`. */
export function sliceRows(x: tf.Tensor2D, first: number, count: number): tf.Tensor2D {
  return sliceOf(x, [first, 0], [count, x.shape[1]]);
}

function sliceOf(x: tf.Tensor2D, begin: [number, number], size: [number, number]): tf.Tensor2D {
  return engine.runKernel(tf.Slice, { x }, { begin, size } as unknown as tf.NamedAttrMap);
}
