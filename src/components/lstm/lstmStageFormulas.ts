import {
  gateSymbols,
  type GateWeightBlock,
  LSTM_NOTATION,
  type LstmCellExplanation,
  type LstmGateName,
} from '../../model';
import type { LstmStage } from '../../store/lstm/lstmStages';
import { expandedSum, factor, formatNumber, listed, MAX_LISTED_VALUES, term, valueAt } from '../cell/formulaNumbers';

// KaTeX strings with one unit's real numbers plugged into each stage's rule. Every value shown as a
// result is read from the explanation, i.e. from the model: nothing here redoes the cell's math, so
// what a student reads is what PyTorch computes. Units are 0-based, as when indexing a tensor.

/** The weight block of each LSTM gate, as `gateWeightBlock` returns it. */
export type LstmGateBlocks = Readonly<Record<LstmGateName, GateWeightBlock>>;

interface GateSymbols {
  value: string;
  weight: string;
  bias: string;
  activation: string;
}

// The notation's symbols, PyTorch's letters: the candidate is g_t with W_g and b_g, as on the
// diagram and the bias slider (the course's C̃; the walkthrough text says so).
const GATE_SYMBOLS = Object.fromEntries(
  LSTM_NOTATION.gates.map((gate) => {
    const notation = LSTM_NOTATION.gate[gate];
    const activation = notation.activation === 'tanh' ? String.raw`\tanh` : String.raw`\sigma`;
    return [gate, { ...gateSymbols(notation), activation }];
  }),
) as Readonly<Record<LstmGateName, GateSymbols>>;
const { forget: F, input: I, candidate: G, output: O } = GATE_SYMBOLS;

const CONCAT = '[h_{t-1}, x_t]';

/** The gates whose layers a stage computes, in the order the stage shows them. */
export const LSTM_STAGE_GATES: Readonly<Record<LstmStage, readonly LstmGateName[]>> = {
  concat: [],
  forget: ['forget'],
  write: ['input', 'candidate'],
  update: [],
  output: ['output'],
  hidden: [],
};

/** `W_f[u]\cdot[h_{t-1}, x_t] + b_f[u]`: the pre-activation of unit `u`, in symbols. */
function weightedSum(gate: LstmGateName, unit: number): string {
  const { weight, bias } = GATE_SYMBOLS[gate];
  return String.raw`${weight}[${unit}]\cdot${CONCAT} + ${bias}[${unit}]`;
}

/** `f_t[u] = \sigma(W_f[u]\cdot[h_{t-1}, x_t] + b_f[u]) = \sigma(0.730) = 0.675`. */
export function gateFormula(gate: LstmGateName, explanation: LstmCellExplanation, unit: number): string {
  const { value, activation } = GATE_SYMBOLS[gate];
  const preActivation = valueAt(explanation.preActivation[gate], unit, `${gate} pre-activation`);
  const result = valueAt(explanation.gates[gate], unit, gate);
  return (
    `${value}[${unit}] = ${activation}(${weightedSum(gate, unit)}) = ` +
    `${activation}(${formatNumber(preActivation)}) = ${formatNumber(result)}`
  );
}

function concatFormulas(explanation: LstmCellExplanation): string[] {
  const hidden = explanation.previousHidden.length;
  const inputs = explanation.input.length;
  const size = String.raw`\in \mathbb{R}^{${hidden}+${inputs}}`;
  if (hidden + inputs <= MAX_LISTED_VALUES) {
    const h = String.raw`\underbrace{${listed(explanation.previousHidden)}}_{h_{t-1}}`;
    const x = String.raw`\underbrace{${listed(explanation.input)}}_{x_t}`;
    return [String.raw`${CONCAT} = [\,${h},\ ${x}\,] ${size}`];
  }
  const lines = [String.raw`${CONCAT} ${size} = \mathbb{R}^{${hidden + inputs}}`];
  if (hidden <= MAX_LISTED_VALUES) lines.push(`h_{t-1} = [${listed(explanation.previousHidden)}]`);
  if (inputs <= MAX_LISTED_VALUES) lines.push(`x_t = [${listed(explanation.input)}]`);
  return lines;
}

/**
 * The KaTeX lines of `stage` for unit `unit`, each a rule with the explanation's numbers in it,
 * e.g. forget: `f_t[3] = \sigma(…) = \sigma(0.730) = 0.675` and `f_t[3]\,C_{t-1}[3] = 0.675 \times
 * 1.500 = 1.013`. The concat stage shows the whole [h, x] rather than one unit.
 */
export function lstmStageFormulas(stage: LstmStage, explanation: LstmCellExplanation, unit: number): string[] {
  if (stage === 'concat') return concatFormulas(explanation);
  const u = unit;
  const at = (values: Float32Array, what: string) => valueAt(values, u, what);
  const forget = at(explanation.gates.forget, 'forget');
  const input = at(explanation.gates.input, 'input');
  const candidate = at(explanation.gates.candidate, 'candidate');
  const output = at(explanation.gates.output, 'output');
  const kept = formatNumber(at(explanation.kept, 'kept'));
  const written = at(explanation.written, 'written');
  const cell = formatNumber(at(explanation.cell, 'cell'));
  switch (stage) {
    case 'forget':
      return [
        gateFormula('forget', explanation, u),
        String.raw`${F.value}[${u}]\,C_{t-1}[${u}] = ${factor(forget)} \times ${factor(at(explanation.previousCell, 'previous cell'))} = ${kept}`,
      ];
    case 'write':
      return [
        gateFormula('input', explanation, u),
        gateFormula('candidate', explanation, u),
        String.raw`${I.value}[${u}]\,${G.value}[${u}] = ${factor(input)} \times ${factor(candidate)} = ${formatNumber(written)}`,
      ];
    case 'update':
      return [
        String.raw`C_t[${u}] = ${F.value}[${u}]\,C_{t-1}[${u}] + ${I.value}[${u}]\,${G.value}[${u}] = ${kept} ${term(written)} = ${cell}`,
      ];
    case 'output':
      return [gateFormula('output', explanation, u)];
    case 'hidden':
      return [
        String.raw`h_t[${u}] = ${O.value}[${u}]\,\tanh(C_t[${u}]) = ${factor(output)} \times \tanh(${cell}) = ${factor(output)} \times ${factor(at(explanation.cellTanh, 'tanh of cell'))} = ${formatNumber(at(explanation.hidden, 'hidden'))}`,
      ];
  }
}

/**
 * The weighted sum of `gate` at unit `unit` written out term by term, weight times input, three
 * terms to a line: `W_f[3]\cdot[h_{t-1}, x_t] + b_f[3] = 0.120 \times 0.100 - 0.250 \times (-0.300) …
 * + 0.050 = 0.730`. The total shown is the model's pre-activation. Undefined when [h, x] has more
 * than {@link MAX_EXPANDED_INPUTS} values: the sum would not fit on a screen.
 */
export function weightedSumExpansion(
  gate: LstmGateName,
  explanation: LstmCellExplanation,
  block: GateWeightBlock,
  unit: number,
): string | undefined {
  const inputs = [...explanation.previousHidden, ...explanation.input];
  if (block.cols !== inputs.length) {
    throw new RangeError(`internal: ${gate} weights have ${block.cols} columns for ${inputs.length} inputs`);
  }
  return expandedSum(
    weightedSum(gate, unit),
    block.data.subarray(unit * block.cols, (unit + 1) * block.cols),
    inputs,
    valueAt(block.bias, unit, `${gate} bias`),
    valueAt(explanation.preActivation[gate], unit, `${gate} pre-activation`),
  );
}

/** The expansions of every gate `stage` computes (none for stages without a gate, or when too wide). */
export function lstmStageExpansions(
  stage: LstmStage,
  explanation: LstmCellExplanation,
  blocks: LstmGateBlocks,
  unit: number,
): string[] {
  return LSTM_STAGE_GATES[stage].flatMap((gate) => weightedSumExpansion(gate, explanation, blocks[gate], unit) ?? []);
}
