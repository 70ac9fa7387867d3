import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { formatNumber, MAX_EXPANDED_INPUTS } from '../../../src/components/cell/formulaNumbers';
import {
  LSTM_STAGE_GATES,
  lstmStageExpansions,
  lstmStageFormulas,
  weightedSumExpansion,
} from '../../../src/components/lstm/lstmStageFormulas';
import { lstmStageText } from '../../../src/content/lstm/lstmStages';
import type { LstmCellExplanation } from '../../../src/model/lstmCellExplanation';
import type { GateWeightBlock } from '../../../src/model/lstmGates';
import { gateSymbols, LSTM_NOTATION } from '../../../src/model/notation';
import { LSTM_STAGES } from '../../../src/store/lstm/lstmStages';
import { handMadeBlocks, handMadeExplanation } from './handMadeLstm';

// Pure functions, but in the components project: vitest's unit project leaves tests/components out.

const explanation = handMadeExplanation();
const blocks = handMadeBlocks();

/** Every three-decimal number in a KaTeX string, with its sign. */
const numbersIn = (tex: string) => [...tex.matchAll(/-?\d+\.\d{3}/g)].map((match) => match[0]);

describe('formatNumber', () => {
  it('shows three decimals, a minus for negatives, and no negative zero', () => {
    expect(formatNumber(0.6748)).toBe('0.675');
    expect(formatNumber(-0.3)).toBe('-0.300');
    expect(formatNumber(2)).toBe('2.000');
    expect(formatNumber(-0.00004)).toBe('0.000');
    expect(formatNumber(Number.NaN)).toBe(String.raw`\mathrm{NaN}`);
  });
});

describe('lstmStageFormulas', () => {
  it("plugs the forget gate's pre-activation, value and kept memory into the rule", () => {
    expect(lstmStageFormulas('forget', explanation, 1)).toEqual([
      String.raw`f_t[1] = \sigma(W_f[1]\cdot[h_{t-1}, x_t] + b_f[1]) = \sigma(0.730) = 0.675`,
      String.raw`f_t[1]\,C_{t-1}[1] = 0.675 \times 1.500 = 1.012`,
    ]);
  });

  it('shows the input gate, the candidate (tanh) and what they write, negatives in parentheses', () => {
    expect(lstmStageFormulas('write', explanation, 1)).toEqual([
      String.raw`i_t[1] = \sigma(W_i[1]\cdot[h_{t-1}, x_t] + b_i[1]) = \sigma(-0.365) = 0.410`,
      String.raw`g_t[1] = \tanh(W_g[1]\cdot[h_{t-1}, x_t] + b_g[1]) = \tanh(-0.725) = -0.620`,
      String.raw`i_t[1]\,g_t[1] = 0.410 \times (-0.620) = -0.254`,
    ]);
  });

  it('adds kept and written into the new cell state, subtracting a negative write', () => {
    expect(lstmStageFormulas('update', explanation, 1)).toEqual([
      String.raw`C_t[1] = f_t[1]\,C_{t-1}[1] + i_t[1]\,g_t[1] = 1.012 - 0.254 = 0.758`,
    ]);
  });

  it('shows the output gate and h = o tanh(C)', () => {
    expect(lstmStageFormulas('output', explanation, 1)).toEqual([
      String.raw`o_t[1] = \sigma(W_o[1]\cdot[h_{t-1}, x_t] + b_o[1]) = \sigma(0.502) = 0.623`,
    ]);
    expect(lstmStageFormulas('hidden', explanation, 1)).toEqual([
      String.raw`h_t[1] = o_t[1]\,\tanh(C_t[1]) = 0.623 \times \tanh(0.758) = 0.623 \times 0.640 = 0.399`,
    ]);
  });

  it('follows the focused unit', () => {
    expect(lstmStageFormulas('forget', explanation, 0)[0]).toBe(
      String.raw`f_t[0] = \sigma(W_f[0]\cdot[h_{t-1}, x_t] + b_f[0]) = \sigma(0.200) = 0.550`,
    );
  });

  it('shows every result as the explanation gives it, never recomputed', () => {
    // Off on purpose: kept is not f × C here, so recomputing would show 1.012 instead.
    const tampered: LstmCellExplanation = { ...explanation, kept: Float32Array.from([0, 9.876]) };
    expect(lstmStageFormulas('forget', tampered, 1)[1]).toMatch(/= 9\.876$/);
    expect(lstmStageFormulas('update', tampered, 1)[0]).toContain('= 9.876 - 0.254 = 0.758');
  });

  it('takes every number it shows from the explanation, in every stage and unit', () => {
    const vectors = [
      explanation.input,
      explanation.previousHidden,
      explanation.previousCell,
      ...Object.values(explanation.preActivation),
      ...Object.values(explanation.gates),
      explanation.kept,
      explanation.written,
      explanation.cell,
      explanation.cellTanh,
      explanation.hidden,
    ];
    const known = new Set(vectors.flatMap((values) => Array.from(values, formatNumber)));
    for (const stage of LSTM_STAGES) {
      for (const unit of [0, 1]) {
        const shown = lstmStageFormulas(stage, explanation, unit).flatMap(numbersIn);
        expect(shown.length).toBeGreaterThan(0);
        // A subtracted term loses its sign in the sum, so compare magnitudes too.
        for (const number of shown) expect(known.has(number) || known.has(`-${number}`)).toBe(true);
      }
    }
  });

  it('refuses a unit the explanation does not have', () => {
    expect(() => lstmStageFormulas('forget', explanation, 2)).toThrow(RangeError);
  });
});

describe('the concat stage', () => {
  const sized = (hidden: number, inputs: number): LstmCellExplanation => ({
    ...explanation,
    previousHidden: Float32Array.from({ length: hidden }, (_, index) => index / 10),
    input: Float32Array.from({ length: inputs }, (_, index) => -index / 4),
  });

  it('lists a short [h, x] number by number, labelling the halves, with its length H + I', () => {
    expect(lstmStageFormulas('concat', explanation, 1)).toEqual([
      String.raw`[h_{t-1}, x_t] = [\,\underbrace{0.100, -0.300}_{h_{t-1}},\ \underbrace{0.800}_{x_t}\,] \in \mathbb{R}^{2+1}`,
    ]);
  });

  it('gives a longer one by its size and lists only the halves that are short', () => {
    const lines = lstmStageFormulas('concat', sized(8, 3), 0);
    expect(lines[0]).toBe(String.raw`[h_{t-1}, x_t] \in \mathbb{R}^{8+3} = \mathbb{R}^{11}`);
    expect(lines[1]).toBe('h_{t-1} = [0.000, 0.100, 0.200, 0.300, 0.400, 0.500, 0.600, 0.700]');
    expect(lines[2]).toBe('x_t = [0.000, -0.250, -0.500]');
    expect(lstmStageFormulas('concat', sized(100, 50), 0)).toEqual([
      String.raw`[h_{t-1}, x_t] \in \mathbb{R}^{100+50} = \mathbb{R}^{150}`,
    ]);
  });
});

describe('weightedSumExpansion', () => {
  it('writes W[u]·[h, x] + b term by term and ends at the model’s pre-activation', () => {
    expect(weightedSumExpansion('forget', explanation, blocks.forget, 1)).toBe(
      [
        String.raw`\begin{aligned}`,
        String.raw`W_f[1]\cdot[h_{t-1}, x_t] + b_f[1] &= 0.120 \times 0.100 - 0.250 \times (-0.300) + 0.600 \times 0.800 \\`,
        String.raw`&\quad + 0.050 \\`,
        String.raw`&= 0.730`,
        String.raw`\end{aligned}`,
      ].join('\n'),
    );
  });

  it('shows the pre-activation as the total even where the rounded terms would add up differently', () => {
    const tampered: LstmCellExplanation = {
      ...explanation,
      preActivation: { ...explanation.preActivation, forget: Float32Array.from([0, 0.7312]) },
    };
    expect(weightedSumExpansion('forget', tampered, blocks.forget, 1)).toMatch(/&= 0\.731\n/);
  });

  it('leaves out sums too long to read', () => {
    const inputs = MAX_EXPANDED_INPUTS + 1;
    const wide: LstmCellExplanation = { ...explanation, input: new Float32Array(inputs - 2) };
    const block: GateWeightBlock = {
      rows: 2,
      cols: inputs,
      data: new Float32Array(2 * inputs),
      bias: new Float32Array(2),
      inputBias: new Float32Array(2),
      hiddenBias: new Float32Array(2),
    };
    expect(weightedSumExpansion('forget', wide, block, 0)).toBeUndefined();
  });

  it('expands the gates a stage computes, and nothing for the others', () => {
    expect(lstmStageExpansions('forget', explanation, blocks, 1)).toHaveLength(1);
    expect(lstmStageExpansions('write', explanation, blocks, 1)).toHaveLength(2);
    expect(lstmStageExpansions('write', explanation, blocks, 1)[1]).toContain(String.raw`W_g[1]\cdot`);
    expect(lstmStageExpansions('output', explanation, blocks, 1)).toHaveLength(1);
    for (const stage of ['concat', 'update', 'hidden'] as const) {
      expect(lstmStageExpansions(stage, explanation, blocks, 1)).toEqual([]);
    }
  });
});

describe('KaTeX', () => {
  const render = (tex: string) => () => katex.renderToString(tex, { throwOnError: true, strict: 'error' });

  it('parses every stage’s rule and every formula with numbers', () => {
    for (const stage of LSTM_STAGES) {
      expect(render(lstmStageText[stage].formula)).not.toThrow();
      for (const tex of lstmStageFormulas(stage, explanation, 1)) expect(render(tex)).not.toThrow();
      for (const tex of lstmStageExpansions(stage, explanation, blocks, 1)) expect(render(tex)).not.toThrow();
    }
  });
});

describe('one notation on every panel', () => {
  // The rule (content), the numbers (these formulas), the diagram and the bias slider all write the
  // candidate as PyTorch's g_t, W_g, b_g: the notation's letters, and no second symbol for it.
  it('writes each gate a stage computes with the notation’s symbols, in its rule and its numbers', () => {
    for (const stage of LSTM_STAGES) {
      const rule = lstmStageText[stage].formula;
      const numbers = lstmStageFormulas(stage, explanation, 1).join(' ');
      for (const gate of LSTM_STAGE_GATES[stage]) {
        const { value, weight, bias } = gateSymbols(LSTM_NOTATION.gate[gate]);
        for (const symbol of [value, weight, bias]) expect(rule).toContain(symbol);
        expect(numbers).toContain(`${value}[1]`);
      }
      expect(rule).not.toContain(String.raw`\tilde`);
      expect(numbers).not.toContain(String.raw`\tilde`);
    }
  });
});
