import { describe, expect, it } from 'vitest';
import {
  comparisonFormulas,
  gatesText,
  longSequenceText,
  parameterText,
} from '../../../src/content/compare/comparison';
import { gruConventionText } from '../../../src/content/gru/gruConventions';

// Facts of the "LSTM vs GRU" view that were once stated wrongly (issue 12): each test holds one.

describe('LSTM vs GRU text', () => {
  it('does not call Olah’s GRU the same cell: it also applies r before the matrix product', () => {
    const { en, zh } = gatesText.convention;
    expect(en).not.toMatch(/the cell is the same/);
    expect(en).toContain('W (r ⊙ h)');
    expect(zh).toContain('W (r ⊙ h)');
    expect(en).toMatch(/different n/);
    expect(zh).toMatch(/不同的 n/);
    // The switch it points to shows exactly that form.
    expect(gruConventionText.resetBefore.candidateFormula).toContain(String.raw`W_{hn}\,(r_t \odot h_{t-1})`);
  });

  it('states ∂h_t/∂h_{t−1} ≈ diag(z_t) only where z ≈ 1', () => {
    expect(comparisonFormulas.gatedPaths).toMatch(/\\operatorname\{diag\}\(z_t\).*\(z_t \\approx 1\)/);
    expect(longSequenceText.gatedBody.en).toContain('only where z ≈ 1');
    expect(longSequenceText.gatedBody.zh).toContain('只有在 z ≈ 1 的地方');
  });

  it('speaks of Jacobian norms, and names the exploding gradient and gradient clipping', () => {
    const { en, zh } = longSequenceText.vanishingBody;
    expect(en).not.toMatch(/factors? (?:are )?smaller than 1/);
    expect(zh).not.toMatch(/因子小于 1/);
    expect(en).toMatch(/norms of those Jacobians stay below 1/);
    expect(zh).toMatch(/雅可比矩阵的范数一直小于 1/);
    for (const text of [en, zh]) {
      expect(text).toContain('{explodingGradient}');
      expect(text).toContain('{gradientClipping}');
    }
  });

  it('says a second layer reads the h of the layer below', () => {
    expect(parameterText.secondLayer.en).toContain('the layer below');
    expect(parameterText.secondLayer.zh).toContain('下面一层的 h');
  });
});
