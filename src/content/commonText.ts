import type { Bilingual } from './bilingual';

/** The names of the app's views, for the navigation. */
export const viewNames = {
  learn: { en: 'Course', zh: '课程' },
  lstm: { en: 'LSTM cell', zh: 'LSTM 单元' },
  gru: { en: 'GRU cell', zh: 'GRU 单元' },
  sequence: { en: 'Sequence', zh: '序列' },
  compare: { en: 'LSTM vs GRU', zh: 'LSTM 与 GRU 对比' },
  about: { en: 'About', zh: '关于' },
  navigation: { en: 'Views', zh: '视图' },
} as const satisfies Record<string, Bilingual>;

/** Labels of the LSTM explorer's controls and panels. */
export const lstmExplorerText = {
  heading: { en: 'Inside one LSTM step', zh: 'LSTM 单步内部' },
  intro: {
    en: 'Drag any slider: every gate recomputes at once, with the same numbers PyTorch’s nn.LSTMCell gives for these weights.',
    zh: '拖动任意滑块，每个门都会立即重新计算，数值与 PyTorch 的 nn.LSTMCell 在这组权重下算出的完全相同。',
  },
  diagramLabel: { en: 'The LSTM cell, stage by stage', zh: 'LSTM 单元，逐阶段展示' },
  walkthrough: { en: 'Walkthrough', zh: '分步讲解' },
  previous: { en: 'Previous', zh: '上一步' },
  next: { en: 'Next', zh: '下一步' },
  play: { en: 'Play', zh: '播放' },
  pause: { en: 'Pause', zh: '暂停' },
  stageOf: { en: 'Stage {stage} of {total}', zh: '第 {stage} 阶段，共 {total} 个' },
  keysHint: {
    en: 'Keys: → or Page Down for the next stage, ← or Page Up for the previous one.',
    zh: '按键：→ 或 Page Down 进入下一阶段，← 或 Page Up 返回上一阶段。',
  },
  focusedUnit: { en: 'Unit shown in the formulas', zh: '公式中展示的单元' },
  inputs: { en: 'Inputs of this step', zh: '本步的输入' },
  inputVector: { en: 'Input xₜ', zh: '输入 xₜ' },
  previousHidden: { en: 'Previous hidden state hₜ₋₁', zh: '上一步的隐藏状态 hₜ₋₁' },
  previousCell: { en: 'Previous cell state Cₜ₋₁', zh: '上一步的细胞状态 Cₜ₋₁' },
  biases: { en: 'Gate biases (shift every unit)', zh: '门的偏置（整体平移所有单元）' },
  gateBias: { en: '{gate} bias', zh: '{gate}的偏置' },
  biasHint: {
    en: 'Push the forget bias up and watch memory being kept: f moves towards 1 for every unit.',
    zh: '把遗忘门的偏置调高，观察记忆如何被保留：每个单元的 f 都趋向 1。',
  },
  model: { en: 'Model', zh: '模型' },
  inputSize: { en: 'input_size', zh: '输入维度 input_size' },
  hiddenSize: { en: 'hidden_size', zh: '隐藏维度 hidden_size' },
  courseSize: { en: 'Course size: nn.LSTM(50, 100)', zh: '课程规模：nn.LSTM(50, 100)' },
  weights: { en: 'Weights', zh: '权重' },
  presetRandom: { en: 'Random (seeded)', zh: '随机（固定种子）' },
  presetKeepsMemory: { en: 'Keeps memory', zh: '保持记忆' },
  seed: { en: 'Seed', zh: '种子' },
  newSeed: { en: 'New random weights', zh: '换一组随机权重' },
  weightMaps: { en: 'Each gate’s weights over [hₜ₋₁, xₜ]', zh: '各个门在 [hₜ₋₁, xₜ] 上的权重' },
  weightMapsHint: {
    en: 'Rows are units, columns are the entries of [hₜ₋₁, xₜ]. Click a weight to edit it.',
    zh: '每一行是一个单元，每一列是 [hₜ₋₁, xₜ] 的一个分量。点击某个权重即可修改。',
  },
  gateWeights: { en: '{gate} weights', zh: '{gate}的权重' },
  weightValue: {
    en: '{name}, unit {unit}, column {column}: {value}',
    zh: '{name}，单元 {unit}，第 {column} 列：{value}',
  },
  weightEditor: { en: 'New value for unit {unit}, column {column}', zh: '单元 {unit}、第 {column} 列的新数值' },
  apply: { en: 'Apply', zh: '应用' },
  cancel: { en: 'Cancel', zh: '取消' },
  notANumber: { en: 'Type a number, like 0.5 or −1.2.', zh: '请输入一个数字，例如 0.5 或 −1.2。' },
  outOfRange: { en: 'Choose a number from {min} to {max}.', zh: '请输入 {min} 到 {max} 之间的数字。' },
  editedWeights: { en: '{count} weights edited by hand', zh: '已手动修改 {count} 个权重' },
  loading: { en: 'Starting the model layer…', zh: '正在启动模型层……' },
  refused: { en: 'The model refused these settings: {reason}', zh: '模型拒绝了这些设置：{reason}' },
  shareLink: {
    en: 'The address bar always holds a link to exactly this setup.',
    zh: '地址栏中的链接始终对应当前的完整设置。',
  },
} as const satisfies Record<string, Bilingual>;

/** Vector names used in screen-reader text, e.g. "forget gate, unit 3: 0.93". */
export const vectorNames = {
  input: { en: 'input x', zh: '输入 x' },
  previousHidden: { en: 'previous hidden state', zh: '上一步隐藏状态' },
  previousCell: { en: 'previous cell state', zh: '上一步细胞状态' },
  concat: { en: 'joined [h, x]', zh: '拼接后的 [h, x]' },
  kept: { en: 'kept memory f ⊙ C', zh: '保留的记忆 f ⊙ C' },
  written: { en: 'written memory i ⊙ g', zh: '写入的记忆 i ⊙ g' },
  cell: { en: 'new cell state', zh: '新的细胞状态' },
  cellTanh: { en: 'tanh of the cell state', zh: '细胞状态的 tanh' },
  hidden: { en: 'new hidden state', zh: '新的隐藏状态' },
  unitValue: { en: '{name}, unit {unit}: {value}', zh: '{name}，单元 {unit}：{value}' },
} as const satisfies Record<string, Bilingual>;
