import type { Bilingual } from './bilingual';

/**
 * The words and the rule of one stage of a cell walkthrough (LSTM or GRU). Text names glossary terms as
 * `{termKey}` (e.g. `{forgetGate}`) rather than retyping them; the panel fills them in from the
 * glossary. Prose writes vectors without subscripts (h, x, C); the formulas carry the time indices.
 */
export interface StageText {
  title: Bilingual;
  /** Two or three sentences: what happens in this stage, and why. */
  body: Bilingual;
  /** One thing to change in the explorer, and what to watch. */
  tryThis: Bilingual;
  /** The stage's rule in symbols (KaTeX), the same for both languages. */
  formula: string;
}

/** The walkthrough panel's own labels, the same for both cells. `{number}`, `{total}` and `{unit}` (0-based) are filled in by the panel. */
export const walkthroughText = {
  ruleLabel: { en: 'The rule', zh: '公式' },
  numbersLabel: { en: 'With the numbers of unit {unit}', zh: '代入神经元 {unit} 的数值' },
  vectorNumbersLabel: { en: 'With this step’s numbers', zh: '代入这一步的数值' },
  expansionLabel: { en: 'The weighted sum, term by term', zh: '加权求和，逐项展开' },
  tryThisHeading: { en: 'Try this', zh: '试一试' },
  roundingNote: {
    en: 'Numbers are rounded to three decimals. The model computes in full float32 precision, so the last digit can differ from a sum of the rounded numbers.',
    zh: '数值保留三位小数。模型按完整的 float32 精度计算，所以最后一位可能与用这些近似值手算的结果略有出入。',
  },
} as const satisfies Record<string, Bilingual>;
