import type { Bilingual } from '../bilingual';

// Text of the "PyTorch shapes" view. Glossary terms appear as `{termKey}` and are filled from the
// glossary by the components; numbers that depend on the settings are `{placeholders}`.

/** The view's frame, its presets and its constructor fields. */
export const shapesText = {
  heading: {
    en: 'PyTorch shapes: every tensor of nn.LSTM and nn.GRU',
    zh: 'PyTorch 形状：nn.LSTM 与 nn.GRU 的每一个张量',
  },
  intro: {
    en: 'Set the constructor’s arguments and the input as you would in PyTorch. The page lists every parameter with its shape, splits each packed matrix into its gates’ blocks, and gives the shapes of out, h_n and c_n, with the code that prints the same.',
    zh: '像在 PyTorch 里一样设置构造函数的参数和输入。本页列出每个参数及其形状，把每个打包的矩阵拆成各个门的块，并给出 out、h_n 和 c_n 的形状，以及能打印出同样结果的代码。',
  },
  presets: { en: 'The course’s examples', zh: '课程中的例子' },
  presetLstm: {
    en: 'nn.LSTM(50, 100, num_layers=2) on (10, 3, 50)',
    zh: 'nn.LSTM(50, 100, num_layers=2)，输入 (10, 3, 50)',
  },
  presetGru: { en: 'nn.GRU(10, 20) on (3, 32, 10)', zh: 'nn.GRU(10, 20)，输入 (3, 32, 10)' },
  module: { en: 'Module', zh: '模块' },
  constructor: { en: 'Constructor', zh: '构造函数' },
  input: { en: 'Input', zh: '输入' },
  steps: { en: 'Sequence length L', zh: '序列长度 L' },
  batch: { en: 'Batch N', zh: '批量 N' },
  batched: { en: 'Batched (uncheck for an unbatched input)', zh: '带批量维（取消勾选即为不带批量维的输入）' },
  cellTakesOneStep: {
    en: 'A cell takes one time step: its input has no sequence axis, and it has no num_layers, batch_first, dropout, bidirectional or proj_size.',
    zh: '单元一次只处理一个时间步：它的输入没有序列维，也没有 num_layers、batch_first、dropout、bidirectional 或 proj_size 参数。',
  },
  lstmOnly: { en: 'LSTM only', zh: '仅 LSTM 有' },
  dropoutNote: {
    en: 'Dropout changes no shape; it acts between layers while training, so it needs num_layers > 1.',
    zh: 'dropout 不改变任何形状；它只在训练时作用于层与层之间，因此需要 num_layers > 1。',
  },
} as const satisfies Record<string, Bilingual>;

/** What a field says when its text cannot be taken; the last good value stays in use. */
export const shapesFieldErrors = {
  notWhole: {
    en: 'Enter a whole number from {min} to {max}. The page keeps using {kept}.',
    zh: '请输入 {min} 到 {max} 之间的整数。页面仍在使用 {kept}。',
  },
  notDropout: {
    en: 'Enter a number from 0 to 1. The page keeps using {kept}.',
    zh: '请输入 0 到 1 之间的数。页面仍在使用 {kept}。',
  },
  projTooLarge: {
    en: 'proj_size must be smaller than hidden_size ({hidden}). The page keeps using {kept}.',
    zh: 'proj_size 必须小于 hidden_size（{hidden}）。页面仍在使用 {kept}。',
  },
  hiddenNotAboveProj: {
    en: 'hidden_size must be larger than proj_size ({proj}). The page keeps using {kept}.',
    zh: 'hidden_size 必须大于 proj_size（{proj}）。页面仍在使用 {kept}。',
  },
  tooManyParameters: {
    en: 'That would make {count} parameters; Gatescope goes up to {max}. The page keeps using {kept}.',
    zh: '这样会有 {count} 个参数，而 Gatescope 最多支持 {max} 个。页面仍在使用 {kept}。',
  },
} as const satisfies Record<string, Bilingual>;

/** The parameter table and its gate blocks. */
export const shapesParameterText = {
  heading: { en: 'Parameters', zh: '参数' },
  name: { en: 'Name', zh: '名称' },
  shape: { en: 'Shape', zh: '形状' },
  blocks: { en: 'Gate blocks, in PyTorch’s order', zh: '各门的块（按 PyTorch 的顺序）' },
  total: { en: 'In all: {count} parameters', zh: '共计：{count} 个参数' },
  rowsExplained: {
    en: 'Each packed weight stacks its gates’ rows: {gates} blocks of hidden_size = {hidden} rows each, in the order {order}. Its columns are what the gate reads: the input x (weight_ih) or the {hiddenState} h (weight_hh).',
    zh: '每个打包的权重把各门的行堆叠在一起：共 {gates} 块，每块 hidden_size = {hidden} 行，顺序为 {order}。它的列是该门读取的内容：输入 x（weight_ih）或{hiddenState} h（weight_hh）。',
  },
  projection: {
    en: 'The projection: h = W_hr · (o ⊙ tanh(c)), from hidden_size down to proj_size.',
    zh: '投影：h = W_hr · (o ⊙ tanh(c))，把 hidden_size 降到 proj_size。',
  },
  openGate: {
    en: 'Open the {cell} cell explorer on the {gate}',
    zh: '在 {cell} 单元探索器中打开{gate}',
  },
  blockHint: {
    en: 'Click a block to open the cell explorer on that gate’s stage of the walkthrough.',
    zh: '点击一个块，即可在单元探索器中打开讲解该门的那一步。',
  },
  more: { en: 'and {count} more parameters of the same pattern', zh: '另有 {count} 个参数，规律相同' },
} as const satisfies Record<string, Bilingual>;

/** The shapes of the call's results. */
export const shapesOutputText = {
  heading: { en: 'What the call returns', zh: '调用的返回值' },
  tensor: { en: 'Tensor', zh: '张量' },
  meaning: { en: 'What it holds', zh: '含义' },
  out: { en: 'The top layer’s h at every step', zh: '最上层在每一步的 h' },
  hN: { en: 'Every layer’s last {hiddenState}', zh: '每一层最后的{hiddenState}' },
  cN: { en: 'Every layer’s last {cellState}', zh: '每一层最后的{cellState}' },
  cellH: { en: 'The new {hiddenState} h′', zh: '新的{hiddenState} h′' },
  cellC: { en: 'The new {cellState} c′', zh: '新的{cellState} c′' },
  inputRow: { en: 'What the module takes', zh: '模块接收的输入' },
  h0: { en: 'Initial state, shaped like h_n', zh: '初始状态，形状与 h_n 相同' },
  c0: { en: 'Initial state, shaped like c_n', zh: '初始状态，形状与 c_n 相同' },
  batchFirst: {
    en: 'batch_first=True swaps the first two axes of the input and of out only: h_n (and an LSTM’s c_n) keeps the batch on its second axis.',
    zh: 'batch_first=True 只交换输入和 out 的前两个维度：h_n（以及 LSTM 的 c_n）的批量维仍在第二维。',
  },
  bidirectional: {
    en: 'bidirectional=True doubles out’s features (forward and reverse side by side) and the first axis of h_n (and an LSTM’s c_n): num_layers · 2 rows.',
    zh: 'bidirectional=True 让 out 的特征数翻倍（正向与反向并排），也让 h_n（以及 LSTM 的 c_n）的第一维翻倍：num_layers · 2 行。',
  },
  projection: {
    en: 'proj_size makes out and h_n proj_size wide; c_n stays hidden_size wide.',
    zh: 'proj_size 使 out 和 h_n 的宽度变为 proj_size；c_n 的宽度仍是 hidden_size。',
  },
} as const satisfies Record<string, Bilingual>;

/** The code box. */
export const shapesCodeText = {
  heading: { en: 'The same in PyTorch', zh: '在 PyTorch 中写出同样的内容' },
  copy: { en: 'Copy code', zh: '复制代码' },
  copied: { en: 'Copied.', zh: '已复制。' },
  copyFailed: {
    en: 'This browser did not let the page copy. Select the code and copy it by hand.',
    zh: '浏览器不允许本页复制。请手动选中代码再复制。',
  },
  codeInput: { en: 'x of shape ({shape})', zh: '形状为 ({shape}) 的 x' },
  codeStates: { en: 'initial states, shaped like h_n and c_n', zh: '初始状态，形状与 h_n 和 c_n 相同' },
  codeState: { en: 'initial state, shaped like h_n', zh: '初始状态，形状与 h_n 相同' },
  codePrints: { en: 'prints what this page shows', zh: '打印的内容与本页显示的一致' },
} as const satisfies Record<string, Bilingual>;
