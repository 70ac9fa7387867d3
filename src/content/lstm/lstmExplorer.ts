import type { Bilingual } from '../bilingual';
import { vectorNames } from '../commonText';

/** Labels of the LSTM explorer where they differ from the GRU explorer's; the shared ones are `commonText`'s. */
export const lstmExplorerText = {
  heading: { en: 'Inside one LSTM step', zh: 'LSTM 单步内部' },
  intro: {
    en: 'Drag any slider: every gate recomputes at once, with the same numbers PyTorch’s nn.LSTMCell gives for these weights.',
    zh: '拖动任意滑块，每个门都会立即重新计算，数值与 PyTorch 的 nn.LSTMCell 在这组权重下算出的完全相同。',
  },
  diagramLabel: { en: 'The LSTM cell, stage by stage', zh: 'LSTM 单元，逐阶段展示' },
  previousHidden: { en: 'Previous hidden state hₜ₋₁', zh: '上一步的隐藏状态 hₜ₋₁' },
  biasHint: {
    en: 'Push the forget bias up and watch memory being kept: f moves towards 1 for every unit.',
    zh: '把遗忘门的偏置调高，观察记忆如何被保留：每个神经元的 f 都趋向 1。',
  },
  courseSize: { en: 'Course size: nn.LSTM(50, 100)', zh: '课程规模：nn.LSTM(50, 100)' },
  weightMaps: { en: 'Each gate’s weights over [hₜ₋₁, xₜ]', zh: '各个门在 [hₜ₋₁, xₜ] 上的权重' },
  weightMapsHint: {
    en: 'Rows are units, columns are the entries of [hₜ₋₁, xₜ]. Click a weight to edit it.',
    zh: '每一行是一个神经元，每一列是 [hₜ₋₁, xₜ] 的一个分量。点击某个权重即可修改。',
  },
} as const satisfies Record<string, Bilingual>;

/** Vector names used in screen-reader text of the LSTM explorer, e.g. "kept memory f ⊙ C, unit 3: 0.93". */
export const lstmVectorNames = {
  ...vectorNames,
  concat: { en: 'joined [h, x]', zh: '拼接后的 [h, x]' },
  kept: { en: 'kept memory f ⊙ C', zh: '保留的记忆 f ⊙ C' },
  written: { en: 'written memory i ⊙ g', zh: '写入的记忆 i ⊙ g' },
  cell: { en: 'new cell state', zh: '新的细胞状态' },
  cellTanh: { en: 'tanh of the cell state', zh: '细胞状态的 tanh' },
} as const satisfies Record<string, Bilingual>;
