import { describe, expect, it } from 'vitest';
import { carryProduct, hiddenGradientNorms } from '../../../src/model/lab/gradientFlow';

describe('gradient flow measures', () => {
  it('hiddenGradientNorms sums the per-sequence L2 norms over the batch (L = 2, B = 2, H = 2)', () => {
    const grads = Float32Array.from([3, 4, 0, 0.5, /* t = 1 */ 0, 0, 6, 8]);
    expect(hiddenGradientNorms(grads, 2, 2, 2)).toEqual([5.5, 10]);
  });

  it('carryProduct is the mean of ∏_{s>t} g_s over batch and units, 1 at the last step', () => {
    // B·H = 2 columns: gates 0.5 and 1 at every step, L = 3.
    const gate = Float32Array.from([0.5, 1, 0.5, 1, 0.5, 1]);
    expect(carryProduct(gate, 3, 1, 2)).toEqual([(0.25 + 1) / 2, (0.5 + 1) / 2, 1]);
  });
});
