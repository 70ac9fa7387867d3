import { gruConventionText, type GruConvention } from '../../content/gru/gruConventions';
import { gruStageText } from '../../content/gru/gruStages';
import { type GateWeightBlock, GRU_NOTATION, type GruCellExplanation, type GruGateName } from '../../model';
import type { GruStage } from '../../store/gru/gruStages';
import { expandedSum, factor, formatNumber, listed, MAX_LISTED_VALUES, term, valueAt } from '../cell/formulaNumbers';

// KaTeX lines with one unit's real numbers in each GRU stage's rule, in PyTorch's names (W_ir, b_hn).
// Every value shown as a result is read from the model's explanation; nothing here redoes the cell's
// math. The textbook form's z′ is the model's 1 − z (`oneMinusUpdate`) under its other name.

/** Each GRU gate's weights over [h, x], as `gruGateWeightBlocks` returns them. */
export type GruGateBlocks = Readonly<Record<GruGateName, GateWeightBlock>>;

/** A GRU stage's lines: PyTorch's numbers, and the other convention's numbers shown to compare. */
export interface GruStageLines {
  /** The rule in the chosen convention's form. */
  rule: string;
  /** The rule with the model's numbers for the focused unit. */
  numbers: string[];
  /** Only for reset-before: what n and h would be with r before the matmul (not PyTorch's). */
  comparison: string[];
  /** Each gate's two weighted sums (x side, h side) written out, when short enough. */
  expansions: string[];
}

/** Each gate's letter (r, z, n), from the notation: PyTorch's W_ir, b_hn are side + letter. */
const LETTER = Object.fromEntries(GRU_NOTATION.gates.map((gate) => [gate, GRU_NOTATION.gate[gate].letter])) as Readonly<
  Record<GruGateName, string>
>;

/** `W_{ir}[u]\cdot x_t + b_{ir}[u]` (side 'i') or `W_{hr}[u]\cdot h_{t-1} + b_{hr}[u]` (side 'h'). */
function sideSum(gate: GruGateName, side: 'i' | 'h', unit: number): string {
  const name = `${side}${LETTER[gate]}`;
  const vector = side === 'i' ? 'x_t' : 'h_{t-1}';
  return String.raw`W_{${name}}[${unit}]\cdot ${vector} + b_{${name}}[${unit}]`;
}

/**
 * `lhs = symbols` over `= numbers` (one line each), aligned at the equals signs: a GRU rule with
 * its numbers is too wide for one line of the stage panel.
 */
function twoLines(lhs: string, symbols: string, ...numbers: string[]): string {
  const rest = numbers.map((line) => String.raw` \\ &= ${line}`).join('');
  return String.raw`\begin{aligned} ${lhs} &= ${symbols}${rest} \end{aligned}`;
}

/** `r_t[u] = \sigma(… + …) = \sigma(0.120 - 0.340) = 0.445`, for r or z. */
function selectorFormula(gate: 'reset' | 'update', explanation: GruCellExplanation, unit: number): string {
  const letter = LETTER[gate];
  const inputSide = valueAt(explanation.inputSide[gate], unit, `${gate} input side`);
  const hiddenSide = valueAt(explanation.hiddenSide[gate], unit, `${gate} hidden side`);
  const value = valueAt(explanation.gates[gate], unit, gate);
  return twoLines(
    `${letter}_t[${unit}]`,
    String.raw`\sigma(${sideSum(gate, 'i', unit)} + ${sideSum(gate, 'h', unit)})`,
    String.raw`\sigma(${formatNumber(inputSide)} ${term(hiddenSide)}) = ${formatNumber(value)}`,
  );
}

function inputsFormulas(explanation: GruCellExplanation, unit: number): string[] {
  const vectors = [
    explanation.input.length <= MAX_LISTED_VALUES
      ? `x_t = [${listed(explanation.input)}]`
      : String.raw`x_t \in \mathbb{R}^{${explanation.input.length}}`,
    explanation.previousHidden.length <= MAX_LISTED_VALUES
      ? `h_{t-1} = [${listed(explanation.previousHidden)}]`
      : String.raw`h_{t-1} \in \mathbb{R}^{${explanation.previousHidden.length}}`,
  ];
  // One aligned block per side, the three gates stacked: side by side they would not fit a panel.
  const side = (which: 'i' | 'h', values: GruCellExplanation['inputSide']) =>
    [
      String.raw`\begin{aligned}`,
      GRU_NOTATION.gates
        .map((gate) => String.raw`${sideSum(gate, which, unit)} &= ${formatNumber(valueAt(values[gate], unit, gate))}`)
        .join(String.raw` \\ `),
      String.raw`\end{aligned}`,
    ].join('\n');
  return [...vectors, side('i', explanation.inputSide), side('h', explanation.hiddenSide)];
}

function candidateFormulas(explanation: GruCellExplanation, unit: number, convention: GruConvention): GruStageLines {
  const u = unit;
  const reset = valueAt(explanation.gates.reset, u, 'reset');
  const inputSide = formatNumber(valueAt(explanation.inputSide.candidate, u, 'candidate input side'));
  const resetHidden = valueAt(explanation.resetHidden, u, 'reset hidden');
  const numbers = [
    twoLines(
      String.raw`r_t[${u}]\,(${sideSum('candidate', 'h', u)})`,
      String.raw`${factor(reset)} \times ${factor(valueAt(explanation.hiddenSide.candidate, u, 'candidate hidden side'))}`,
      formatNumber(resetHidden),
    ),
    twoLines(
      `n_t[${u}]`,
      String.raw`\tanh\big(${sideSum('candidate', 'i', u)} + r_t[${u}]\,(${sideSum('candidate', 'h', u)})\big)`,
      String.raw`\tanh(${inputSide} ${term(resetHidden)}) = ${formatNumber(valueAt(explanation.gates.candidate, u, 'candidate'))}`,
    ),
  ];
  const before = explanation.resetBefore;
  const resetBeforeHidden = valueAt(before.resetHidden, u, 'reset-before hidden side');
  const comparison =
    convention === 'resetBefore'
      ? [
          String.raw`W_{hn}[${u}]\cdot(r_t \odot h_{t-1}) + b_{hn}[${u}] = ${formatNumber(resetBeforeHidden)}`,
          twoLines(
            `n'_t[${u}]`,
            String.raw`\tanh\big(${sideSum('candidate', 'i', u)} + W_{hn}[${u}]\cdot(r_t \odot h_{t-1}) + b_{hn}[${u}]\big)`,
            String.raw`\tanh(${inputSide} ${term(resetBeforeHidden)}) = ${formatNumber(valueAt(before.candidate, u, 'reset-before candidate'))}`,
          ),
        ]
      : [];
  return { rule: gruConventionText[convention].candidateFormula, numbers, comparison, expansions: [] };
}

function hiddenFormulas(explanation: GruCellExplanation, unit: number, convention: GruConvention): GruStageLines {
  const u = unit;
  const update = valueAt(explanation.gates.update, u, 'update');
  const oneMinusUpdate = valueAt(explanation.oneMinusUpdate, u, '1 − update');
  const candidate = valueAt(explanation.gates.candidate, u, 'candidate');
  const previous = valueAt(explanation.previousHidden, u, 'previous hidden');
  const kept = formatNumber(valueAt(explanation.kept, u, 'kept'));
  const written = valueAt(explanation.written, u, 'written');
  const hidden = formatNumber(valueAt(explanation.hidden, u, 'hidden'));
  const numbers =
    convention === 'textbook'
      ? [
          twoLines(
            `h_t[${u}]`,
            String.raw`(1 - z'_t[${u}])\,h_{t-1}[${u}] + z'_t[${u}]\,n_t[${u}]`,
            String.raw`(1 - ${factor(oneMinusUpdate)}) \times ${factor(previous)} + ${factor(oneMinusUpdate)} \times ${factor(candidate)}`,
            String.raw`${kept} ${term(written)} = ${hidden}`,
          ),
        ]
      : [
          twoLines(
            `h_t[${u}]`,
            String.raw`(1 - z_t[${u}])\,n_t[${u}] + z_t[${u}]\,h_{t-1}[${u}]`,
            String.raw`(1 - ${factor(update)}) \times ${factor(candidate)} + ${factor(update)} \times ${factor(previous)}`,
            String.raw`${formatNumber(written)} ${term(valueAt(explanation.kept, u, 'kept'))} = ${hidden}`,
          ),
        ];
  const before = explanation.resetBefore;
  const comparison =
    convention === 'resetBefore'
      ? [
          twoLines(
            `h'_t[${u}]`,
            String.raw`(1 - z_t[${u}])\,n'_t[${u}] + z_t[${u}]\,h_{t-1}[${u}]`,
            String.raw`(1 - ${factor(update)}) \times ${factor(valueAt(before.candidate, u, 'reset-before candidate'))} + ${factor(update)} \times ${factor(previous)}`,
            formatNumber(valueAt(before.hidden, u, 'reset-before hidden')),
          ),
        ]
      : [];
  return { rule: gruConventionText[convention].hiddenFormula, numbers, comparison, expansions: [] };
}

/** Both weighted sums of `gate` at `unit`, written out term by term (those short enough to fit). */
export function gruSideExpansions(
  gate: GruGateName,
  explanation: GruCellExplanation,
  block: GateWeightBlock,
  unit: number,
): string[] {
  const hidden = explanation.previousHidden.length;
  if (block.cols !== hidden + explanation.input.length) {
    throw new RangeError(`internal: ${gate} weights have ${block.cols} columns for ${block.cols - hidden} inputs`);
  }
  const row = block.data.subarray(unit * block.cols, (unit + 1) * block.cols);
  const inputSide = expandedSum(
    sideSum(gate, 'i', unit),
    row.subarray(hidden),
    explanation.input,
    valueAt(block.inputBias, unit, `${gate} input bias`),
    valueAt(explanation.inputSide[gate], unit, `${gate} input side`),
  );
  const hiddenSide = expandedSum(
    sideSum(gate, 'h', unit),
    row.subarray(0, hidden),
    explanation.previousHidden,
    valueAt(block.hiddenBias, unit, `${gate} hidden bias`),
    valueAt(explanation.hiddenSide[gate], unit, `${gate} hidden side`),
  );
  return [inputSide, hiddenSide].filter((line): line is string => line !== undefined);
}

const STAGE_GATE: Readonly<Partial<Record<GruStage, GruGateName>>> = {
  reset: 'reset',
  update: 'update',
  candidate: 'candidate',
};

/**
 * The KaTeX lines of GRU `stage` for unit `unit` in `convention`'s form, e.g. reset:
 * `r_t[2] = \sigma(W_{ir}[2]\cdot x_t + b_{ir}[2] + W_{hr}[2]\cdot h_{t-1} + b_{hr}[2]) =
 * \sigma(0.120 - 0.340) = 0.445`. The numbers are always PyTorch's; only the reset-before
 * convention adds `comparison` lines, with the model's reset-before values.
 */
export function gruStageLines(
  stage: GruStage,
  explanation: GruCellExplanation,
  blocks: GruGateBlocks,
  unit: number,
  convention: GruConvention,
): GruStageLines {
  const gate = STAGE_GATE[stage];
  const expansions = gate ? gruSideExpansions(gate, explanation, blocks[gate], unit) : [];
  const rule = gruStageText[stage].formula;
  switch (stage) {
    case 'inputs':
      return { rule, numbers: inputsFormulas(explanation, unit), comparison: [], expansions };
    case 'reset':
      return { rule, numbers: [selectorFormula('reset', explanation, unit)], comparison: [], expansions };
    case 'update': {
      const numbers = [selectorFormula('update', explanation, unit)];
      if (convention !== 'textbook') return { rule, numbers, comparison: [], expansions };
      const update = valueAt(explanation.gates.update, unit, 'update');
      const oneMinusUpdate = valueAt(explanation.oneMinusUpdate, unit, '1 − update');
      numbers.push(
        String.raw`z'_t[${unit}] = 1 - z_t[${unit}] = 1 - ${factor(update)} = ${formatNumber(oneMinusUpdate)}`,
      );
      return { rule: String.raw`${rule}, \qquad z'_t = 1 - z_t`, numbers, comparison: [], expansions };
    }
    case 'candidate':
      return { ...candidateFormulas(explanation, unit, convention), expansions };
    case 'hidden':
      return hiddenFormulas(explanation, unit, convention);
  }
}
