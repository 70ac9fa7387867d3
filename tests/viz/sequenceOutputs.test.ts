import { describe, expect, it } from 'vitest';
import type { PlainTensor, TraceStep } from '../../src/model/types';
import {
  finalTracedState,
  firstMismatch,
  hNRow,
  lastStepOf,
  outputAt,
  outputIndex,
  outputIndexText,
  outputShape,
  outputShapeText,
  stateIndex,
  stateShape,
  stateShapeText,
  topLayerHiddenAt,
  type OutputSizes,
} from '../../src/viz/sequenceOutputs';

/** The course's nn.LSTM(50, 100, num_layers=2) on x of (10, 3, 50). */
const course: OutputSizes = {
  steps: 10,
  batch: 3,
  hiddenSize: 100,
  numLayers: 2,
  bidirectional: false,
  batchFirst: false,
};

describe('shapes', () => {
  it('gives the course’s out (10, 3, 100) and h_n / c_n (2, 3, 100), in symbols and numbers', () => {
    expect(outputShapeText(course)).toBe('(L, B, D·H) = (10, 3, 100)');
    expect(stateShapeText(course)).toBe('(num_layers·D, B, H) = (2, 3, 100)');
  });

  it('with batch_first swaps out’s first two dimensions and leaves h_n alone', () => {
    const batchFirst = { ...course, batchFirst: true };
    expect(outputShapeText(batchFirst)).toBe('(B, L, D·H) = (3, 10, 100)');
    expect(stateShape(batchFirst)).toEqual(stateShape(course));
  });

  it('with bidirectional doubles out’s last dimension and h_n’s rows', () => {
    const both = { ...course, bidirectional: true };
    expect(outputShape(both)).toEqual([10, 3, 200]);
    expect(stateShapeText(both)).toBe('(num_layers·D, B, H) = (4, 3, 100)');
  });
});

describe('indices', () => {
  const small: OutputSizes = {
    steps: 4,
    batch: 3,
    hiddenSize: 2,
    numLayers: 1,
    bidirectional: false,
    batchFirst: false,
  };

  it('finds out[t, b, 0] time-major and out[b, t, 0] batch-first, as PyTorch’s row-major layout does', () => {
    // (L, B, H) = (4, 3, 2): out[2, 1, 0] is at (2·3 + 1)·2.
    expect(outputIndex(small, 2, 1)).toBe(14);
    // (B, L, H) = (3, 4, 2): out[1, 2, 0] is at (1·4 + 2)·2.
    expect(outputIndex({ ...small, batchFirst: true }, 2, 1)).toBe(12);
    // Bidirectional: rows of 2·H = 4.
    expect(outputIndex({ ...small, bidirectional: true }, 2, 1)).toBe(28);
  });

  it('writes the index expression in the order the layout takes it', () => {
    expect(outputIndexText(false, 5, 0)).toBe('out[5, 0, :]');
    expect(outputIndexText(true, 5, 0)).toBe('out[0, 5, :]');
    expect(outputIndexText(true, 5, 0, '8:')).toBe('out[0, 5, 8:]');
  });

  it('numbers h_n’s rows layer·D + direction', () => {
    expect(hNRow(1, 0, false)).toBe(1);
    expect(hNRow(0, 1, true)).toBe(1);
    expect(hNRow(1, 0, true)).toBe(2);
    expect(hNRow(1, 1, true)).toBe(3);
    expect(stateIndex(small, 0, 2)).toBe(4);
  });

  it('ends the forward direction at L − 1 and the reverse one at 0', () => {
    expect(lastStepOf(0, 10)).toBe(9);
    expect(lastStepOf(1, 10)).toBe(0);
  });
});

/** A trace whose h is row·100 + t·10 + b + unit/10, so every value says where it came from. */
function trace(sizes: OutputSizes): TraceStep[][] {
  const rows = sizes.numLayers * (sizes.bidirectional ? 2 : 1);
  const directions = sizes.bidirectional ? 2 : 1;
  const { batch, hiddenSize } = sizes;
  return Array.from({ length: rows }, (_, row) =>
    Array.from({ length: sizes.steps }, (_, t) => {
      const h = Float32Array.from({ length: batch * hiddenSize }, (_, i) => {
        const b = Math.floor(i / hiddenSize);
        return row * 100 + t * 10 + b + (i % hiddenSize) / 10;
      });
      const tensor: PlainTensor = { shape: [batch, hiddenSize], data: h };
      return {
        layer: Math.floor(row / directions),
        direction: row % directions,
        t,
        gates: { i: tensor, f: tensor, g: tensor, o: tensor, c: tensor, h: tensor },
      };
    }),
  );
}

describe('where the results come from', () => {
  const sizes: OutputSizes = { steps: 3, batch: 2, hiddenSize: 2, numLayers: 2, bidirectional: true, batchFirst: true };
  const steps = trace(sizes);

  it('joins the top layer’s forward and reverse h at t, forward first', () => {
    // Top layer's rows are 2 (forward) and 3 (reverse); t = 1, b = 1.
    expect(Array.from(topLayerHiddenAt(steps, sizes, 1, 1)!)).toEqual([211, 211.1, 311, 311.1].map(Math.fround));
  });

  it('takes the reverse direction’s final state at t = 0', () => {
    expect(Array.from(finalTracedState(steps, sizes, 1, 1, 'h', 0)!)).toEqual([300, 300.1].map(Math.fround));
    expect(Array.from(finalTracedState(steps, sizes, 1, 0, 'h', 0)!)).toEqual([220, 220.1].map(Math.fround));
  });

  it('reads out[b, t, :] from batch-first data', () => {
    const shape = outputShape(sizes);
    const data = Float32Array.from({ length: shape[0] * shape[1] * shape[2] }, (_, i) => i);
    // (B, L, 2H) = (2, 3, 4): out[1, 2, :] starts at (1·3 + 2)·4 = 20.
    expect(Array.from(outputAt({ shape, data }, sizes, 2, 1))).toEqual([20, 21, 22, 23]);
  });
});

describe('firstMismatch', () => {
  it('finds nothing in equal vectors and the first differing unit otherwise', () => {
    expect(firstMismatch([1, 2, 3], Float32Array.of(1, 2, 3))).toBeUndefined();
    expect(firstMismatch([1, 2, 3], [1, 2.5, 4])).toEqual({ unit: 1, actual: 2, expected: 2.5 });
  });

  it('counts a missing unit as a difference', () => {
    expect(firstMismatch([1, 2], [1, 2, 3])).toEqual({ unit: 2, actual: NaN, expected: 3 });
  });
});
