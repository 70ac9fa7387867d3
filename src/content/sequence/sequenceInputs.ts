import type { Bilingual } from '../bilingual';

// Text of the sequence view's input panel and initial-state panel. Numbers that depend on the
// settings are `{placeholders}` filled in by the components; glossary terms appear as `{termKey}`.
// Code (x[:, b], torch.randn, lstm(x)) reads the same in both languages.

/** The input panel: presets, the sequence and feature drawn, and the sketch. */
export const sequenceInputText = {
  heading: { en: 'Input sequence x', zh: '输入序列 x' },
  shape: {
    en: 'x has shape (L, B, input_size) = ({steps}, {batch}, {inputSize}): sequences of L = {steps} steps, B = {batch} of them side by side, input_size = {inputSize} numbers at each step.',
    zh: 'x 的形状是 (L, B, input_size) = ({steps}, {batch}, {inputSize})：共 {steps} 步，{batch} 条序列并排，每步 {inputSize} 个数。',
  },
  shapeBatchFirst: {
    en: 'With batch_first=True the same numbers are laid out as (B, L, input_size) = ({batch}, {steps}, {inputSize}).',
    zh: '设置 batch_first=True 时，同样的数按 (B, L, input_size) = ({batch}, {steps}, {inputSize}) 排列。',
  },
  presets: { en: 'Ready-made inputs', zh: '现成的输入' },
  presetPulse: { en: 'One pulse to remember', zh: '一个需要记住的脉冲' },
  presetSine: { en: 'Sine wave', zh: '正弦波' },
  presetWord: { en: 'A word, one-hot', zh: '一个单词，独热编码' },
  presetRandom: { en: 'Random (like torch.randn)', zh: '随机（类似 torch.randn）' },
  pulseHint: {
    en: 'Sequence b sees {height} on every feature once, at step t = b, and zeros everywhere else: one event, then nothing. How long does the network keep a trace of it?',
    zh: '序列 b 只在第 t = b 步的每个特征上看到一次 {height}，其余全是 0：发生过一件事，之后什么都没有。网络能把它的痕迹保留多久？',
  },
  sineHint: {
    en: 'sin(2πt / {period}), shifted a little for each feature and each sequence: an input that never stops changing.',
    zh: 'sin(2πt / {period})，每个特征、每条序列的相位略有错开：一个始终在变化的输入。',
  },
  wordHint: {
    en: 'Each sequence spells a word, one letter per step: the feature of that letter is 1 and every other feature 0 (one-hot). After the last letter the input is all zeros.',
    zh: '每条序列拼写一个单词，每步一个字母：该字母对应的特征为 1，其余特征都为 0（独热编码）。最后一个字母之后，输入全为 0。',
  },
  wordSpells: { en: 'Sequence b = {b} spells “{word}”.', zh: '序列 b = {b} 拼写的是“{word}”。' },
  wordCut: {
    en: 'Only its first {count} letters fit in L = {steps} steps.',
    zh: '在 L = {steps} 步里只放得下它的前 {count} 个字母。',
  },
  letterLegend: { en: 'Feature f: the letters that light it', zh: '特征 f：点亮它的字母' },
  lettersShare: {
    en: 'input_size = {inputSize} is smaller than the {letters} letters, so letter number k lights feature k mod {inputSize} and some letters share a feature: the network cannot tell them apart. With input_size {letters} or more, each letter gets its own.',
    zh: 'input_size = {inputSize}，比字母的个数 {letters} 小，所以第 k 个字母点亮第 k mod {inputSize} 个特征，有些字母只能共用一个特征：网络分不清它们。input_size 不小于 {letters} 时，每个字母都有自己的特征。',
  },
  randomHint: {
    en: 'Every number is drawn from a standard normal distribution, as torch.randn(L, B, input_size) draws them, from seed {seed}; the rare values beyond ±3 are clipped.',
    zh: '每个数都从标准正态分布中抽取，和 torch.randn(L, B, input_size) 一样，种子为 {seed}；极少数超出 ±3 的值会被截断。',
  },
  newNumbers: { en: 'New numbers', zh: '换一组数' },
  batchLegend: { en: 'Sequence shown (batch index b)', zh: '显示的序列（批量下标 b）' },
  batchHint: {
    en: 'Sequence {number} of {count}: PyTorch’s batch index b = {b}, so x[:, {b}] (x[{b}] with batch_first=True).',
    zh: '第 {number} 条序列，共 {count} 条：即 PyTorch 中的批量下标 b = {b}，也就是 x[:, {b}]（batch_first=True 时为 x[{b}]）。',
  },
  featureLabel: { en: 'Feature to draw, f', zh: '要绘制的特征 f' },
  clearDrawing: { en: 'Clear drawing', zh: '清除手绘' },
  drawnCount: { en: 'Values drawn over the preset: {count}.', zh: '在预设之上手绘的值：{count} 个。' },
} as const satisfies Record<string, Bilingual>;

/** The input sketch: a chart of x_t[f] over t that is also a control. */
export const inputSketchText = {
  name: { en: 'Input sketch of x[t, {b}, {feature}] over t', zh: '输入草图：x[t, {b}, {feature}] 随 t 的变化' },
  value: { en: 't = {t} of 0 to {last}: {value}', zh: 't = {t}（0 到 {last}）：{value}' },
  /** With a mouse and a keyboard. */
  hint: {
    en: 'Drag across the chart to draw the input. Keyboard: ← and → pick a step, ↑ and ↓ change it by 0.1 (with Shift by 0.5).',
    zh: '在图上拖动即可绘制输入。键盘：← 和 → 选择时间步，↑ 和 ↓ 把它改变 0.1（按住 Shift 时为 0.5）。',
  },
  /** On a touch screen, instead of `hint`. */
  touchHint: {
    en: 'Draw the input with a finger: slide it across the chart, or tap one step to set it to the height you tap.',
    zh: '用手指绘制输入：在图上滑动，或点按某一个时间步，把它设为点按处的高度。',
  },
  shownStep: {
    en: 'The shaded column is the step t = {t} the view is showing.',
    zh: '阴影那一列是视图当前显示的第 t = {t} 步。',
  },
  timeAxis: { en: 'step t', zh: '时间步 t' },
} as const satisfies Record<string, Bilingual>;

/** The initial-state panel: h0 (and c0) as PyTorch shapes them. */
export const initialStateText = {
  headingLstm: { en: 'Initial states h0 and c0', zh: '初始状态 h0 和 c0' },
  headingGru: { en: 'Initial state h0', zh: '初始状态 h0' },
  shape: {
    en: 'h0 has shape (num_layers · D, B, hidden_size) = ({layers} · {directions}, {batch}, {hidden}) = ({rows}, {batch}, {hidden}), D being the number of directions: one row for each layer and direction, one column for each sequence.',
    zh: 'h0 的形状是 (num_layers · D, B, hidden_size) = ({layers} · {directions}, {batch}, {hidden}) = ({rows}, {batch}, {hidden})，其中 D 是方向数：每一层、每个方向占一行，每条序列占一列。',
  },
  shapeCell: { en: 'c0 has the same shape.', zh: 'c0 的形状与它相同。' },
  pytorchDefault: {
    en: 'Leave them out, as in {short}, and PyTorch starts from zeros; pass them, as in {full}, to start anywhere else.',
    zh: '像 {short} 这样不传入时，PyTorch 从全零开始；像 {full} 这样传入，就可以从任意状态开始。',
  },
  zeros: { en: 'Zeros (PyTorch’s default)', zh: '全零（PyTorch 的默认值）' },
  random: {
    en: 'Random, like the course’s h_init = torch.randn({rows}, {batch}, {hidden})',
    zh: '随机，类似课程中的 h_init = torch.randn({rows}, {batch}, {hidden})',
  },
  randomHintGru: {
    en: 'Seed {seed}. h0 is drawn with half the spread of torch.randn and kept within ±1, because a hidden state never leaves (−1, 1).',
    zh: '种子为 {seed}。h0 的抽取幅度是 torch.randn 的一半，并限制在 ±1 以内，因为隐藏状态从不超出 (−1, 1)。',
  },
  randomHintLstm: {
    en: 'Seed {seed}. h0 is drawn with half the spread of torch.randn and kept within ±1, because a hidden state never leaves (−1, 1); c0 is drawn as torch.randn draws it.',
    zh: '种子为 {seed}。h0 的抽取幅度是 torch.randn 的一半，并限制在 ±1 以内，因为隐藏状态从不超出 (−1, 1)；c0 的抽取方式与 torch.randn 相同。',
  },
  newNumbers: { en: 'New numbers', zh: '换一组数' },
  resetZeros: { en: 'Reset to zeros', zh: '重置为全零' },
  editedCount: { en: 'Values set by hand: {count}.', zh: '手动设置的值：{count} 个。' },
  row: { en: '{state}[{row}, {b}]: layer {layer}', zh: '{state}[{row}, {b}]：第 {layer} 层' },
  rowWithDirection: {
    en: '{state}[{row}, {b}]: layer {layer}, {direction}',
    zh: '{state}[{row}, {b}]：第 {layer} 层，{direction}',
  },
  forward: { en: 'forward', zh: '正向' },
  reverse: { en: 'reverse', zh: '反向' },
  hiddenName: { en: 'initial {hiddenState} {state}[{row}, {b}]', zh: '初始{hiddenState} {state}[{row}, {b}]' },
  cellName: { en: 'initial {cellState} {state}[{row}, {b}]', zh: '初始{cellState} {state}[{row}, {b}]' },
  handEdits: { en: 'Set the initial state by hand', zh: '手动设置初始状态' },
  rowHint: {
    en: 'These sliders edit the row of the selected cell, for the sequence shown: select another cell or sequence to edit theirs.',
    zh: '这些滑块编辑的是所选单元那一行中、当前显示的那条序列的初始状态；选中别的单元或序列，就能编辑它们的初始状态。',
  },
} as const satisfies Record<string, Bilingual>;
