import type { Bilingual } from '../bilingual';

// Text of the sequence view's frame, its network controls, the timeline and the pulse's
// footprint. Glossary terms appear as `{termKey}` and are filled by the components; numbers
// that depend on the settings are `{placeholders}` filled from the store.

/** The view's frame. */
export const sequenceText = {
  heading: { en: 'A whole sequence, step by step', zh: '完整序列，一步一步看' },
  intro: {
    en: 'One step shows how a cell works; a sequence shows what it is for. Here a whole input runs through a stacked nn.LSTM or nn.GRU, as your PyTorch code runs it. Every cell of every layer at every time step is drawn above: play it, scrub it, and click any cell to open that very step in the cell explorer.',
    zh: '单独一步能说明单元怎样工作，一整段序列才能说明它有什么用。这里把完整的输入送进多层的 nn.LSTM 或 nn.GRU，和你的 PyTorch 代码运行的方式完全一样。上面画出了每一层在每个时间步的每个单元：可以播放、拖动时间轴，也可以点击任意一个单元，在单元探索器里打开这一步。',
  },
  refusedCell: {
    en: 'This cell’s C at the step before reaches {value}, beyond the cell explorer’s sliders (±{limit}), so the explorer could not replay it exactly. Lower the forget gate’s bias or choose an earlier step.',
    zh: '这个单元上一步的 C 达到 {value}，超出了单元探索器滑块的范围（±{limit}），所以探索器无法原样重现这一步。可以降低遗忘门的偏置，或者选择更早的一步。',
  },
} as const satisfies Record<string, Bilingual>;

/** The network's controls. */
export const sequenceNetworkText = {
  legend: { en: 'Network', zh: '网络' },
  cell: { en: 'Cell', zh: '单元类型' },
  inputSize: { en: 'input_size (features per step)', zh: 'input_size（每步的特征数）' },
  hiddenSize: { en: 'hidden_size (units per layer)', zh: 'hidden_size（每层的神经元数）' },
  numLayers: { en: 'num_layers (stacked layers)', zh: 'num_layers（堆叠的层数）' },
  steps: { en: 'Sequence length L', zh: '序列长度 L' },
  batch: { en: 'Batch size B', zh: '批量大小 B' },
  bidirectional: { en: 'bidirectional=True: read both ways', zh: 'bidirectional=True：正反两个方向都读' },
  batchFirst: { en: 'batch_first=True: batch before time', zh: 'batch_first=True：批量维度排在时间维度之前' },
  courseLstm: {
    en: 'The course’s nn.LSTM(50, 100, num_layers=2) on a (10, 3, 50) input',
    zh: '课程中的 nn.LSTM(50, 100, num_layers=2)，输入形状 (10, 3, 50)',
  },
  courseGru: {
    en: 'The course’s nn.GRU(10, 20) on torch.randn(3, 32, 10)',
    zh: '课程中的 nn.GRU(10, 20)，输入 torch.randn(3, 32, 10)',
  },
  weights: { en: 'Weights', zh: '权重' },
  biases: { en: 'Bias shift of each gate, in every layer', zh: '每个门的偏置平移（所有层相同）' },
  gateBias: { en: 'Bias shift of the {gate}', zh: '{gate}的偏置平移' },
  code: { en: 'The same network in PyTorch', zh: '同一个网络的 PyTorch 写法' },
  /** A comment line in the code box, when x is not torch.randn's: `{shape}` is x's shape. */
  codeInput: { en: 'x: the input shown above, of shape ({shape})', zh: 'x：即上面显示的输入，形状为 ({shape})' },
  /** A comment line in the code box, always: why the values the code prints are not the screen's. */
  codeWeights: {
    en: 'weights: random as PyTorch initialises them, but drawn by this page (seed {seed}): torch will print other values',
    zh: '权重：与 PyTorch 初始化方式相同的随机数，但由本页抽取（种子 {seed}）：torch 打印出的数值会与屏幕上的不同',
  },
  /** The same, when the code also draws x, h0 or c0 with torch.randn. */
  codeWeightsAndRandn: {
    en: 'weights and torch.randn: drawn as PyTorch draws them, but by this page (weight seed {seed}): torch will print other values',
    zh: '权重和 torch.randn：抽取方式与 PyTorch 相同，但由本页抽取（权重种子 {seed}）：torch 打印出的数值会与屏幕上的不同',
  },
  /** A comment line in the code box while an imported network runs: its weights are the file's. */
  codeImported: {
    en: 'weights: your file {file}, the same numbers as on screen',
    zh: '权重：你的文件 {file}，与屏幕上的数值相同',
  },
  /** The same, when the code also draws x, h0 or c0 with torch.randn, whose values are the page's own. */
  codeImportedAndRandn: {
    en: 'weights: your file {file}; torch.randn draws as this page does, but other values',
    zh: '权重：你的文件 {file}；torch.randn 的抽取方式与本页相同，但数值不同',
  },
  /** Before the lines that give a bias-free imported module zero biases, so the shifts have one to move. */
  codeImportedZeroBias: {
    en: 'the file’s module has bias=False: built with zero biases here, so the bias shifts have a bias to move',
    zh: '文件中的模块是 bias=False：这里用全零偏置构建，偏置平移才有偏置可加',
  },
  /** Before the bias-shift lines when only the sliders shift: `{blocks}` is `i, f, g, o` or `r, z, n`. */
  codeShiftsSliders: {
    en: 'bias shifts set above, added to bias_ih of every layer and direction (its rows: {blocks}, hidden_size each)',
    zh: '上面设定的偏置平移，加到每一层、每个方向的 bias_ih 上（它的行依次是 {blocks}，每门 hidden_size 行）',
  },
  /** The same when only the weight preset `{preset}` shifts. */
  codeShiftsPreset: {
    en: 'bias shifts of the “{preset}” weights, added to bias_ih of every layer and direction (its rows: {blocks}, hidden_size each)',
    zh: '“{preset}”权重自带的偏置平移，加到每一层、每个方向的 bias_ih 上（它的行依次是 {blocks}，每门 hidden_size 行）',
  },
  /** The same when both do: each line adds the two together. */
  codeShiftsBoth: {
    en: 'bias shifts set above plus the “{preset}” weights’ own, added to bias_ih of every layer and direction (its rows: {blocks}, hidden_size each)',
    zh: '上面设定的偏置平移加上“{preset}”权重自带的，加到每一层、每个方向的 bias_ih 上（它的行依次是 {blocks}，每门 hidden_size 行）',
  },
} as const satisfies Record<string, Bilingual>;

/** The unrolled timeline and its playback. */
export const timelineText = {
  heading: { en: 'Unrolled through time', zh: '沿时间展开' },
  body: {
    en: 'Each column is one time step t, each row one layer (the bottom row reads x). Every box is the same cell with the same weights, used again at the next step; its bars are the average of each gate over the units. The orange line is C, carried from step to step; the black path is h, which goes both to the next step and up to the layer above. The thicker a line, the larger the state.',
    zh: '每一列是一个时间步 t，每一行是一层（最下面一行读入 x）。每个方框都是同一个单元、同一组权重，在下一步被再次使用；方框里的竖条是各个门在所有神经元上的平均值。橙色的线是 C，一步一步往后传；黑色的路径是 h，它既传给下一步，也向上传给上一层。线越粗，状态越大。',
  },
  footprintBody: {
    en: 'With the pulse as input, the lines show what the pulse left behind instead: how far C and h sit from the same run without the pulse. Watch C carry it along while h lets it go.',
    zh: '输入是脉冲时，线条改为表示脉冲留下的印记：C 和 h 与没有脉冲时的同一次运行相差多远。留意 C 把它一路带下去，而 h 很快就放掉了它。',
  },
  keys: {
    en: 'Keys: →, Page Down or Space step forward, ← or Page Up back, Home and End jump to either end, P plays or pauses; ? lists every key. Click a cell to open it in the cell explorer (Back returns here).',
    zh: '快捷键：→、Page Down 或空格键前进一步，← 或 Page Up 后退一步，Home 和 End 跳到两端，P 播放或暂停；按 ? 查看全部按键。点击一个单元可在单元探索器中打开它（浏览器的“后退”可以回到这里）。',
  },
  play: { en: 'Play', zh: '播放' },
  pause: { en: 'Pause', zh: '暂停' },
  stepBack: { en: 'Step back', zh: '后退一步' },
  stepForward: { en: 'Step forward', zh: '前进一步' },
  first: { en: 'First step', zh: '第一步' },
  last: { en: 'Last step', zh: '最后一步' },
  speed: { en: 'Speed', zh: '速度' },
  perSecond: { en: '{count} steps/s', zh: '每秒 {count} 步' },
  scrub: { en: 'Time step t', zh: '时间步 t' },
  stepOf: { en: 't = {t} of 0 … {last}', zh: '时间步 t = {t}（范围 0 … {last}）' },
  layer: { en: 'layer {layer}', zh: '第 {layer} 层' },
  forward: { en: 'forward →', zh: '正向 →' },
  reverse: { en: '← reverse', zh: '← 反向' },
  input: { en: 'input x', zh: '输入 x' },
  cellLine: { en: 'C, the cell state', zh: 'C，细胞状态' },
  hiddenPath: { en: 'h, the hidden state', zh: 'h，隐藏状态' },
  gridName: {
    en: 'The unrolled network: {layers} layers × {steps} steps. Arrow keys move, Enter opens the cell in the explorer.',
    zh: '展开后的网络：{layers} 层 × {steps} 步。方向键移动，回车在探索器中打开该单元。',
  },
  cellName: {
    en: 'Layer {layer}, {direction}, t = {t}. {gates}. Opens in the {explorer}.',
    zh: '第 {layer} 层，{direction}，t = {t}。{gates}。在{explorer}中打开。',
  },
  lstmExplorer: { en: 'LSTM cell explorer', zh: 'LSTM 单元探索器' },
  gruExplorer: { en: 'GRU cell explorer', zh: 'GRU 单元探索器' },
  pickCell: {
    en: 'Layer shown in the heat maps and the h0 / c0 sliders:',
    zh: '热力图和 h0 / c0 滑块所显示的层：',
  },
} as const satisfies Record<string, Bilingual>;
