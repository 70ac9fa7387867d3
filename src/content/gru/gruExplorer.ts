import type { Bilingual } from '../bilingual';
import { vectorNames } from '../commonText';

/**
 * Labels of the GRU explorer where they differ from the LSTM explorer's; the generic ones
 * (previous, next, play, apply, cancel, stageOf, gateBias, weightValue…) are `commonText`'s.
 * `{hiddenState}` and `{updateGate}` are glossary terms: fill them with `fillText(text, glossary)`,
 * as the stage panel does.
 */
export const gruExplorerText = {
  heading: { en: 'Inside one GRU step', zh: 'GRU 单步内部' },
  intro: {
    en: 'Drag any slider: r, z and n recompute at once, with the same numbers PyTorch’s nn.GRUCell gives for these weights.',
    zh: '拖动任意滑块，r、z、n 都会立即重新计算，数值与 PyTorch 的 nn.GRUCell 在这组权重下算出的完全相同。',
  },
  diagramLabel: { en: 'The GRU cell, stage by stage', zh: 'GRU 单元，逐阶段展示' },
  // The legend of h's sliders, kept short: they share the first screen with the diagram. That h is
  // all a GRU remembers, the last stage and the course say.
  previousHidden: { en: 'Previous {hiddenState} hₜ₋₁', zh: '上一步的{hiddenState} hₜ₋₁' },
  biasHint: {
    en: 'Push the {updateGate}’s bias up and watch memory being kept: z moves towards 1 for every unit, and the new h stays close to hₜ₋₁.',
    zh: '把{updateGate}的偏置调高，观察记忆如何被保留：每个神经元的 z 都趋向 1，新的 h 也停留在 hₜ₋₁ 附近。',
  },
  courseSize: { en: 'Course size: nn.GRU(10, 20)', zh: '课程规模：nn.GRU(10, 20)' },
  presetKeepsMemory: { en: 'Keeps memory (z ≈ 1)', zh: '保持记忆（z ≈ 1）' },
  weightMaps: {
    en: 'Each gate’s rows of weight_hh and weight_ih, side by side over [hₜ₋₁, xₜ]',
    zh: '各个门在 weight_hh 和 weight_ih 中的行，按 [hₜ₋₁, xₜ] 并排显示',
  },
  weightMapsHint: {
    en: 'Rows are units; the h columns come from weight_hh and the x columns from weight_ih. For n, r scales the h columns’ sum (with b_hn) before the x columns’ sum is added. Click a weight to edit it.',
    zh: '每一行是一个神经元；h 对应的列来自 weight_hh，x 对应的列来自 weight_ih。计算 n 时，r 先缩放 h 各列的加权和（连同 b_hn），再与 x 各列的加权和相加。点击某个权重即可修改。',
  },
} as const satisfies Record<string, Bilingual>;

/** Vector names used in screen-reader text of the GRU explorer, e.g. "1 − z, unit 3: 0.02". */
export const gruVectorNames = {
  input: vectorNames.input,
  previousHidden: vectorNames.previousHidden,
  concat: { en: 'h and x side by side, [h, x]', zh: 'h 与 x 并排，[h, x]' },
  candidateHiddenSide: {
    en: 'hidden side of n, W_hn h + b_hn',
    zh: 'n 的隐藏侧 W_hn h + b_hn',
  },
  resetHidden: { en: 'reset hidden side r ⊙ (W_hn h + b_hn)', zh: '经过重置的隐藏侧 r ⊙ (W_hn h + b_hn)' },
  oneMinusUpdate: { en: '1 − z, the share written', zh: '1 − z，写入的比例' },
  kept: { en: 'kept state z ⊙ h', zh: '保留的状态 z ⊙ h' },
  written: { en: 'written candidate hidden state (1 − z) ⊙ n', zh: '写入的候选隐藏状态 (1 − z) ⊙ n' },
  hidden: vectorNames.hidden,
  resetBeforeHiddenSide: {
    en: 'hidden side with reset before W_hn (r ⊙ h) + b_hn',
    zh: '先重置时的隐藏侧 W_hn (r ⊙ h) + b_hn',
  },
  resetBeforeCandidate: { en: 'candidate hidden state n with reset before', zh: '先重置时的候选隐藏状态 n' },
  resetBeforeHidden: { en: 'new h with reset before', zh: '先重置时的新 h' },
  unitValue: vectorNames.unitValue,
} as const satisfies Record<string, Bilingual>;
