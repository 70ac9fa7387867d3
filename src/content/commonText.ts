import type { Bilingual } from './bilingual';

/** The names of the app's views, for the navigation. */
export const viewNames = {
  learn: { en: 'Course', zh: '课程' },
  lstm: { en: 'LSTM cell', zh: 'LSTM 单元' },
  gru: { en: 'GRU cell', zh: 'GRU 单元' },
  sequence: { en: 'Sequence', zh: '序列' },
  compare: { en: 'LSTM vs GRU', zh: 'LSTM 与 GRU 对比' },
  shapes: { en: 'Shapes', zh: '形状' },
  lab: { en: 'Lab', zh: '实验' },
  about: { en: 'About', zh: '关于' },
  navigation: { en: 'Views', zh: '视图' },
} as const satisfies Record<string, Bilingual>;

/**
 * The app's common labels: the controls and panels both cell explorers share (walkthrough, sizes,
 * presets, seeds, biases, weight editing), and what the comparison and sequence views reuse of them.
 * Each explorer's own words are in lstm/lstmExplorer.ts and gru/gruExplorer.ts.
 */
export const commonText = {
  // A figure the course hides while its open exercise asks for it.
  concealed: {
    en: 'Hidden until you solve the exercise',
    zh: '答对练习之前暂不显示',
  },
  walkthrough: { en: 'Walkthrough', zh: '分步讲解' },
  previous: { en: 'Previous', zh: '上一步' },
  next: { en: 'Next', zh: '下一步' },
  play: { en: 'Play', zh: '播放' },
  pause: { en: 'Pause', zh: '暂停' },
  stageOf: { en: 'Stage {stage} of {total}', zh: '第 {stage} 阶段，共 {total} 个阶段' },
  keysHint: {
    en: 'Keys: →, Page Down or Space for the next stage, ← or Page Up for the previous one, P to play; ? lists every key.',
    zh: '按键：→、Page Down 或空格键进入下一阶段，← 或 Page Up 返回上一阶段，P 自动播放；按 ? 查看全部按键。',
  },
  adjustCell: {
    en: 'An input: drag it up or down to change it, or press ↑ or ↓ (with Shift in smaller steps). On a touch screen, slide it sideways.',
    zh: '这是输入：上下拖动即可修改，或按 ↑ / ↓（按住 Shift 步长更小）。在触屏上，左右滑动它。',
  },
  adjustHint: {
    en: 'Or drag a cell of an input in the diagram up or down, or focus it and press ↑ or ↓ (Shift: finer).',
    zh: '也可在图中上下拖动输入的格子，或选中后按 ↑ / ↓（按住 Shift 更精细）。',
  },
  adjustTouchHint: {
    en: 'Or slide a cell of an input in the diagram sideways.',
    zh: '也可在图中左右滑动输入的格子。',
  },
  focusedUnit: { en: 'Unit shown in the formulas', zh: '公式中展示的神经元' },
  inputs: { en: 'Inputs of this step', zh: '本步的输入' },
  inputVector: { en: 'Input xₜ', zh: '输入 xₜ' },
  previousCell: { en: 'Previous cell state Cₜ₋₁', zh: '上一步的细胞状态 Cₜ₋₁' },
  biases: {
    en: 'Bias shift of each gate (added to every unit’s bias)',
    zh: '每个门的偏置平移（加到每个神经元的偏置上）',
  },
  gateBias: { en: '{gate} bias', zh: '{gate}的偏置' },
  model: { en: 'Model', zh: '模型' },
  inputSize: { en: 'input_size', zh: '输入维度 input_size' },
  hiddenSize: { en: 'hidden_size', zh: '隐藏维度 hidden_size' },
  weights: { en: 'Weights', zh: '权重' },
  presetRandom: { en: 'Random (seeded)', zh: '随机（固定种子）' },
  presetKeepsMemory: { en: 'Keeps memory', zh: '保持记忆' },
  seed: { en: 'Seed', zh: '种子' },
  newSeed: { en: 'New random weights', zh: '换一组随机权重' },
  gateWeights: { en: '{gate} weights', zh: '{gate}的权重' },
  weightValue: {
    en: '{name}, unit {unit}, column {column}: {value}',
    zh: '{name}，神经元 {unit}，第 {column} 列：{value}',
  },
  weightEditor: { en: 'New value for unit {unit}, column {column}', zh: '神经元 {unit}、第 {column} 列的新数值' },
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

/** Names of the vectors the shared panels show (state sliders, diagram inputs and output), for screen-reader text. */
export const vectorNames = {
  input: { en: 'input x', zh: '输入 x' },
  previousHidden: { en: 'previous hidden state', zh: '上一步隐藏状态' },
  previousCell: { en: 'previous cell state', zh: '上一步细胞状态' },
  hidden: { en: 'new hidden state', zh: '新的隐藏状态' },
  unitValue: { en: '{name}, unit {unit}: {value}', zh: '{name}，神经元 {unit}：{value}' },
} as const satisfies Record<string, Bilingual>;
