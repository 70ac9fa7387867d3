import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { initBackend } from '../../src/model/backend';

beforeAll(async () => {
  expect(await initBackend()).toBe('wasm');
});

/** The slice computed by hand from the row-major values of `shape`. */
function sliceByHand(shape: number[], begin: number[], size: number[]): number[] {
  const values: number[] = [];
  const strides = shape.map((_, axis) => shape.slice(axis + 1).reduce((a, b) => a * b, 1));
  const walk = (axis: number, offset: number) => {
    if (axis === shape.length) return values.push(offset);
    for (let index = begin[axis]!; index < begin[axis]! + size[axis]!; index++)
      walk(axis + 1, offset + index * strides[axis]!);
  };
  walk(0, 0);
  return values;
}

describe('the WASM Slice kernel that reads views of WASM memory', () => {
  it('cuts the same values as the slice written out by hand, for ranks 1 to 4', () => {
    const cases: [number[], number[], number[]][] = [
      [[10], [3], [4]],
      [
        [3, 400],
        [0, 100],
        [3, 100],
      ],
      [
        [3, 400],
        [1, 0],
        [2, 400],
      ],
      [
        [10, 3, 8],
        [2, 1, 3],
        [4, 2, 5],
      ],
      [
        [2, 3, 4, 5],
        [1, 0, 2, 1],
        [1, 3, 2, 3],
      ],
      [
        [4, 4],
        [1, 1],
        [0, 2],
      ],
    ];
    for (const [shape, begin, size] of cases) {
      const count = shape.reduce((a, b) => a * b, 1);
      const x = tf.tensor(
        Float32Array.from({ length: count }, (_, index) => index),
        shape,
      );
      expect(Array.from(tf.slice(x, begin, size).dataSync()), `${shape} ${begin} ${size}`).toEqual(
        sliceByHand(shape, begin, size),
      );
      x.dispose();
    }
  });

  it('stays right when the output’s allocation grows WASM memory', () => {
    // A slice large enough to make the heap grow while the kernel runs.
    const x = tf.fill([4, 1 << 22], 2);
    const part = tf.slice(x, [1, 5], [3, (1 << 22) - 10]);
    const values = part.dataSync();
    expect(values[0]).toBe(2);
    expect(values[values.length - 1]).toBe(2);
    tf.dispose([x, part]);
  });
});
