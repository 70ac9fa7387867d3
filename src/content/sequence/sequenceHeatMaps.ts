import type { Bilingual } from '../bilingual';

// Text of the sequence view's heat maps over time. Glossary terms appear as `{termKey}` and are
// filled from the glossary by the components; sizes, steps and values are `{placeholders}`
// filled from the run.

/** One heat map: its accessible names, its readouts and its legend. */
export const timeHeatMapText = {
  /** The picture's accessible name; `{name}` is a glossary term, `{symbol}` its letter. */
  picture: {
    en: '{name} {symbol} over time: {units} units × {steps} steps',
    zh: '{name} {symbol} 随时间的变化：{units} 个神经元 × {steps} 个时间步',
  },
  /** One cell, for the tooltip and the keyboard readout. */
  cell: { en: 'unit {unit}, t = {t}: {value}', zh: '神经元 {unit}，t = {t}：{value}' },
  keyboardHint: {
    en: 'Arrow keys move between units and time steps; Enter shows that step.',
    zh: '用方向键在神经元和时间步之间移动，按 Enter 显示该时间步。',
  },
  axes: {
    en: 'Rows: units 0 to {lastUnit}, top to bottom. Columns: t = 0 to {lastStep}.',
    zh: '行：神经元 0 到 {lastUnit}，从上到下。列：t = 0 到 {lastStep}。',
  },
  /** For maps whose values may leave [−1, 1] (C): the scale is ±1, or the map's largest |value| if larger. */
  scaleNote: {
    en: 'Colour scale ±{max}: it widens to this map’s largest value when one goes past ±1',
    zh: '颜色范围为 ±{max}：这张图上有数值超出 ±1 时，范围扩大到其中绝对值最大的那个',
  },
} as const satisfies Record<string, Bilingual>;

/** The panel of heat maps: one per gate plus the states, for the selected cell. */
export const sequenceHeatMapsText = {
  heading: { en: 'Every unit over time', zh: '每个神经元随时间的变化' },
  /** Which cell and sequence the maps show; numbers count from 1. */
  place: {
    en: 'Layer {layer} ({direction}), sequence b = {sequence} of B = {batch}',
    zh: '第 {layer} 层（{direction}），序列 b = {sequence}（共 B = {batch} 条）',
  },
  forward: { en: 'forward', zh: '正向' },
  reverse: { en: 'reverse', zh: '反向' },
  explanationLstm: {
    en: 'Each map is one quantity of this cell. A row is one unit, unit 0 at the top; a column is one time step, t = 0 on the left. The outlined column is the step shown above: click another column, or move with the arrow keys and press Enter, to go there. A unit of the {cellState} C that keeps its colour along its row is memory being carried from step to step, kept by a {forgetGate} f close to 1. Compare it with the {hiddenState} h below it, which shows at each step only what the {outputGate} o lets out.',
    zh: '每张图展示这个单元中的一个量。每一行是一个神经元，神经元 0 在最上面；每一列是一个时间步，t = 0 在最左边。带框的那一列就是上方正在显示的时间步：点击另一列，或用方向键移动后按 Enter，即可跳到那一步。如果{cellState} C 的某个神经元沿着自己那一行一直保持同一种颜色，那就是被一步步传下去的记忆，靠接近 1 的{forgetGate} f 保留下来。把它和下方的{hiddenState} h 对照来看：h 在每一步只显示{outputGate} o 放出来的那一部分。',
  },
  explanationGru: {
    en: 'Each map is one quantity of this cell. A row is one unit, unit 0 at the top; a column is one time step, t = 0 on the left. The outlined column is the step shown above: click another column, or move with the arrow keys and press Enter, to go there. A GRU has no separate {cellState}, so its memory lives in the {hiddenState} h itself: a unit of h that keeps its colour along its row is memory being carried. Look at the {updateGate} z in the same place: where z is close to 1, the unit keeps its old h and hardly takes in the {candidateHidden} n.',
    zh: '每张图展示这个单元中的一个量。每一行是一个神经元，神经元 0 在最上面；每一列是一个时间步，t = 0 在最左边。带框的那一列就是上方正在显示的时间步：点击另一列，或用方向键移动后按 Enter，即可跳到那一步。GRU 没有单独的{cellState}，记忆就保存在{hiddenState} h 本身：h 的某个神经元沿着自己那一行一直保持同一种颜色，就是被传下去的记忆。再看同一位置的{updateGate} z：z 接近 1 的地方，这个神经元保留旧的 h，几乎不接收{candidateHidden} n。',
  },
  reverseNote: {
    en: 'This is the reverse direction: it reads the sequence from the last step to the first, so what it carries travels from right to left.',
    zh: '这是反向的那一个方向：它从最后一步读到第一步，所以它携带的记忆是从右往左传的。',
  },
  waiting: {
    en: 'The maps appear once the model has run the sequence.',
    zh: '模型运行完这个序列后，这里就会显示热图。',
  },
} as const satisfies Record<string, Bilingual>;
