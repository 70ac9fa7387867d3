import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../../src/components/cell/formulaNumbers';
import { gruStageLines, type GruGateBlocks } from '../../../src/components/gru/gruStageFormulas';
import type { GateWeightBlock } from '../../../src/model/packedGates';
import { GRU_CONVENTIONS } from '../../../src/content/gru/gruConventions';
import { GRU_STAGES } from '../../../src/store/gru/gruStages';
import { handMadeGruExplanation } from './handMadeGru';

const explanation = handMadeGruExplanation();

/** Weights over [h0, h1, h2, x0, x1] for 3 units: values only matter for being shown. */
function block(seed: number): GateWeightBlock {
  const data = Float32Array.from({ length: 15 }, (_, index) => Math.round(Math.sin(seed + index) * 100) / 100);
  return {
    rows: 3,
    cols: 5,
    data,
    bias: Float32Array.from([0.1, 0.2, 0.3]),
    inputBias: Float32Array.from([0.05, 0.1, 0.15]),
    hiddenBias: Float32Array.from([0.05, 0.1, 0.15]),
  };
}
const blocks: GruGateBlocks = { reset: block(1), update: block(2), candidate: block(3) };

describe('GRU stage formulas', () => {
  it('every stage in every convention typesets in KaTeX', () => {
    for (const convention of GRU_CONVENTIONS) {
      for (const stage of GRU_STAGES) {
        const lines = gruStageLines(stage, explanation, blocks, 1, convention);
        for (const tex of [lines.rule, ...lines.numbers, ...lines.comparison, ...lines.expansions]) {
          expect(
            () => katex.renderToString(tex, { throwOnError: true }),
            `${convention} ${stage}: ${tex}`,
          ).not.toThrow();
        }
      }
    }
  });

  it("shows each stage's model numbers for the focused unit, in PyTorch's names", () => {
    const unit = 2;
    const shown = (stage: (typeof GRU_STAGES)[number]) =>
      gruStageLines(stage, explanation, blocks, unit, 'pytorch').numbers.join(' ');
    expect(shown('inputs')).toContain(String.raw`W_{in}[2]\cdot x_t + b_{in}[2] &= ${formatNumber(0.39)}`);
    expect(shown('inputs')).toContain(String.raw`W_{hn}[2]\cdot h_{t-1} + b_{hn}[2] &= ${formatNumber(0.494)}`);
    expect(shown('reset')).toContain(String.raw`\sigma(0.900 - 0.600) = 0.574`);
    expect(shown('update')).toContain('= 0.825');
    expect(shown('candidate')).toContain(String.raw`&= 0.574 \times 0.494 \\ &= 0.284`);
    expect(shown('candidate')).toContain(String.raw`\tanh(0.390 + 0.284) = 0.587`);
    expect(shown('hidden')).toContain(
      String.raw`(1 - 0.825) \times 0.587 + 0.825 \times 0.600 \\ &= 0.103 + 0.495 = 0.598`,
    );
  });

  it('the textbook form renames z as z′ = 1 − z and shows the same h', () => {
    const update = gruStageLines('update', explanation, blocks, 0, 'textbook');
    expect(update.rule).toContain("z'_t = 1 - z_t");
    expect(update.numbers.join(' ')).toContain(`= ${formatNumber(Math.fround(1 - 0.4502))}`);
    const hidden = gruStageLines('hidden', explanation, blocks, 0, 'textbook');
    expect(hidden.rule).toContain("(1 - z'_t) \\odot h_{t-1} + z'_t \\odot n_t");
    expect(hidden.numbers.join(' ')).toContain('= 0.291');
    expect(hidden.comparison).toEqual([]);
  });

  it("reset-before keeps PyTorch's numbers and adds the model's reset-before n and h, to compare", () => {
    const candidate = gruStageLines('candidate', explanation, blocks, 0, 'resetBefore');
    expect(candidate.rule).toContain(String.raw`W_{hn}\,(r_t \odot h_{t-1})`);
    expect(candidate.numbers.join(' ')).toContain('= 0.430');
    expect(candidate.comparison.join(' ')).toContain(String.raw`\tanh(0.350 + 0.059) = 0.388`);
    const hidden = gruStageLines('hidden', explanation, blocks, 0, 'resetBefore');
    expect(hidden.numbers.join(' ')).toContain('= 0.291');
    expect(hidden.comparison.join(' ')).toContain('= 0.267');
    expect(gruStageLines('candidate', explanation, blocks, 0, 'pytorch').comparison).toEqual([]);
  });

  it('writes out both weighted sums of a gate, each ending in the model’s own total', () => {
    const [inputSide, hiddenSide] = gruStageLines('reset', explanation, blocks, 1, 'pytorch').expansions;
    expect(inputSide).toContain(String.raw`W_{ir}[1]\cdot x_t + b_{ir}[1]`);
    expect(inputSide).toContain(`&= ${formatNumber(-0.45)}`);
    expect(hiddenSide).toContain(String.raw`W_{hr}[1]\cdot h_{t-1} + b_{hr}[1]`);
    expect(hiddenSide).toContain(`&= ${formatNumber(0.3)}`);
    expect(gruStageLines('hidden', explanation, blocks, 1, 'pytorch').expansions).toEqual([]);
  });
});
