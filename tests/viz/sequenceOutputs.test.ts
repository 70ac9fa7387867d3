import { describe, expect, it } from 'vitest';
import type { PlainTensor, TraceStep } from '../../src/model/types';
import {
  finalTracedState,
  firstMismatch,
  lastStepOf,
  outputAt,
  outputIndex,
  outputIndexText,
  outputShapeText,
  stateAt,
  stateIndex,
  stateShapeText,
  topLayerHiddenAt,
} from '../../src/viz/sequenceOutputs';

/** A tensor of `shape` whose every value is its own flat index. */
const counting = (...shape: number[]): PlainTensor => ({
  shape,
  data: Float32Array.from({ length: shape.reduce((a, b) => a * b, 1) }, (_, i) => i),
});

describe('shapes, read off the results', () => {
  it('gives the course’s out (10, 3, 100) and h_n / c_n (2, 3, 100), in symbols and numbers', () => {
    expect(outputShapeText(counting(10, 3, 100), false)).toBe('(L, B, D·H) = (10, 3, 100)');
    expect(stateShapeText(counting(2, 3, 100))).toBe('(num_layers·D, B, H) = (2, 3, 100)');
  });

  it('names batch_first’s order of out', () => {
    expect(outputShapeText(counting(3, 10, 100), true)).toBe('(B, L, D·H) = (3, 10, 100)');
  });

  it('shows the symbols alone until there is a result', () => {
    expect(outputShapeText(undefined, false)).toBe('(L, B, D·H)');
    expect(stateShapeText(undefined)).toBe('(num_layers·D, B, H)');
  });
});

describe('indices', () => {
  it('finds out[t, b, 0] time-major and out[b, t, 0] batch-first, as PyTorch’s row-major layout does', () => {
    // (L, B, H) = (4, 3, 2): out[2, 1, 0] is at (2·3 + 1)·2.
    expect(outputIndex([4, 3, 2], false, 2, 1)).toBe(14);
    // (B, L, H) = (3, 4, 2): out[1, 2, 0] is at (1·4 + 2)·2.
    expect(outputIndex([3, 4, 2], true, 2, 1)).toBe(12);
    // Bidirectional: rows of 2·H = 4.
    expect(outputIndex([4, 3, 4], false, 2, 1)).toBe(28);
  });

  it('writes the index expression in the order the layout takes it', () => {
    expect(outputIndexText(false, 5, 0)).toBe('out[5, 0, :]');
    expect(outputIndexText(true, 5, 0)).toBe('out[0, 5, :]');
    expect(outputIndexText(true, 5, 0, '8:')).toBe('out[0, 5, 8:]');
  });

  it('finds h_n[row, b, 0] in its data', () => {
    // (rows, B, H) = (1, 3, 2): h_n[0, 2, 0] is at 2·2.
    expect(stateIndex([1, 3, 2], 0, 2)).toBe(4);
    expect(Array.from(stateAt(counting(4, 2, 3), 3, 1)!)).toEqual([21, 22, 23]);
  });

  it('reads nothing outside the result', () => {
    expect(outputAt(counting(4, 3, 2), false, 4, 0)).toBeUndefined();
    expect(outputAt(counting(4, 3, 2), false, 0, 3)).toBeUndefined();
    expect(stateAt(counting(2, 3, 2), 2, 0)).toBeUndefined();
  });

  it('ends the forward direction at L − 1 and the reverse one at 0', () => {
    expect(lastStepOf(0, 10)).toBe(9);
    expect(lastStepOf(1, 10)).toBe(0);
  });
});

/** Sizes of a made-up bidirectional, batch-first two-layer network. */
const sizes = { steps: 3, batch: 2, hiddenSize: 2, numLayers: 2, directions: 2 };

/** A trace whose h is row·100 + t·10 + b + unit/10, so every value says where it came from. */
function trace(): TraceStep[][] {
  const { batch, hiddenSize, directions } = sizes;
  return Array.from({ length: sizes.numLayers * directions }, (_, row) =>
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
  const steps = trace();

  it('joins the top layer’s forward and reverse h at t, forward first', () => {
    // Top layer's rows are 2 (forward) and 3 (reverse); t = 1, b = 1.
    expect(Array.from(topLayerHiddenAt(steps, [2, 3], 1, 1)!)).toEqual([211, 211.1, 311, 311.1].map(Math.fround));
  });

  it('takes the reverse direction’s final state at t = 0', () => {
    expect(Array.from(finalTracedState(steps, 3, 1, sizes.steps, 'h', 0)!)).toEqual([300, 300.1].map(Math.fround));
    expect(Array.from(finalTracedState(steps, 2, 0, sizes.steps, 'h', 0)!)).toEqual([220, 220.1].map(Math.fround));
  });

  it('reads out[b, t, :] from batch-first data', () => {
    // (B, L, 2H) = (2, 3, 4): out[1, 2, :] starts at (1·3 + 2)·4 = 20.
    expect(Array.from(outputAt(counting(2, 3, 4), true, 2, 1)!)).toEqual([20, 21, 22, 23]);
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
