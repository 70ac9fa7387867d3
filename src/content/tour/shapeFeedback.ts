import type { Bilingual } from '../bilingual';
import type { ShapeMistake } from './tourTypes';

// Shown under a wrong answer for one tensor: the reasoning that leads to its shape, not the shape
// itself. The app fills {name} (the tensor, e.g. weight_hh_l0 or out), {gates} (blocks packed in a
// weight's rows: 4 for an LSTM, 3 for a GRU), {hidden}, {input}, {layers}, {directions}, {steps}
// and {batch} from the exercise's network. Glossary terms are avoided here: the text names the
// vectors themselves (x, h, c), so only those placeholders need filling.

export const shapeFeedback: Readonly<Record<ShapeMistake, Bilingual>> = {
  gateBlocksMissing: {
    en: 'These rows would fit a single gate. PyTorch packs all of them into one matrix: the gates and the candidate each get a block of {hidden} rows, and the {gates} blocks of {name} sit one on top of the other.',
    zh: '这样的行数只够一个门用。PyTorch 把它们全部装进同一个矩阵：每个门和候选值各占一块 {hidden} 行，{name} 的 {gates} 块上下叠在一起。',
  },
  wrongGateCount: {
    en: 'The rows count the wrong number of blocks. An LSTM packs four (i, f, g, o) and a GRU three (r, z, n); the model here stacks {gates} blocks of {hidden} rows in {name}.',
    zh: '行数里的块数算错了。LSTM 打包四块（i、f、g、o），GRU 打包三块（r、z、n）；这里的模型在 {name} 中堆叠了 {gates} 块，每块 {hidden} 行。',
  },
  transposed: {
    en: 'Rows and columns are swapped. PyTorch stores a weight as (out_features, in_features): the rows are what the matrix produces, the stacked blocks, and the columns are what it reads, so {name} times a column vector gives the gates’ inputs.',
    zh: '行和列弄反了。PyTorch 按 (out_features, in_features) 存储权重：行是矩阵产出的东西，也就是堆叠的各块；列是它读入的东西。所以 {name} 乘上一个列向量，得到的就是各个门的输入。',
  },
  inputForHidden: {
    en: 'The columns of {name} are set by the vector it multiplies. A weight_hh matrix multiplies the layer’s own h from the step before, not x, so its columns follow hidden_size rather than input_size.',
    zh: '{name} 的列数由它所乘的向量决定。weight_hh 乘的是这一层自己上一步的 h，不是 x，所以列数看的是 hidden_size，而不是 input_size。',
  },
  hiddenForInput: {
    en: 'In layer 0, weight_ih multiplies the input x itself, so the columns of {name} follow input_size, the features of each step. Only weight_hh and the weight_ih of higher layers read an h.',
    zh: '在第 0 层，weight_ih 乘的是输入 x 本身，所以 {name} 的列数取决于 input_size，即每一步的特征数。只有 weight_hh 和更高层的 weight_ih 才读入 h。',
  },
  upperLayerReadsInput: {
    en: 'Only layer 0 reads x. Every layer above it reads the h of the layer below, which has hidden_size numbers, so the columns of {name} follow hidden_size rather than input_size.',
    zh: '只有第 0 层读入 x。上面的每一层读入的都是下一层的 h，它有 hidden_size 个数，所以 {name} 的列数取决于 hidden_size，而不是 input_size。',
  },
  layersMultiplied: {
    en: 'Stacking layers does not make one weight larger: each of the {layers} layers has its own matrices, named _l0, _l1 and so on. The shape of {name} depends only on the blocks, hidden_size and what that one layer reads.',
    zh: '堆叠多层并不会让某一个权重变大：{layers} 层中每一层都有自己的矩阵，名字分别以 _l0、_l1 等结尾。{name} 的形状只取决于块数、hidden_size 以及这一层读入的东西。',
  },
  sequenceBatchSwapped: {
    en: 'The sequence and the batch are in each other’s place. With batch_first=False, x and out put time first and the batch second, so the input here is {steps} steps of a batch of {batch}; h_n and c_n have no time axis but keep the batch second as well.',
    zh: '序列和批的位置弄反了。batch_first=False 时，x 和 out 都是时间在前、批在后，所以这里的输入是一批 {batch} 条序列，每条 {steps} 步；h_n 和 c_n 没有时间这一维，但批同样在第二维。',
  },
  stateLayersWrong: {
    en: 'The first axis of {name} has one row for each layer in each direction, num_layers × num_directions. Count them for this model: {layers} layers, {directions} directions.',
    zh: '{name} 的第一维为每一层的每个方向各留一行，即 num_layers × num_directions。照这个模型数一数：{layers} 层，{directions} 个方向。',
  },
  outputHasLayers: {
    en: 'There is no layer axis in out. It keeps only the top layer’s h, once per step; the layers below pass their h upwards and appear only in h_n. So the first axis of out counts steps, not layers.',
    zh: 'out 没有层这一维。它只保存最上层的 h，每一步一份；下面各层的 h 只向上传递，只出现在 h_n 里。所以 out 的第一维数的是步，而不是层。',
  },
  stateHasTime: {
    en: 'There is no time axis in {name}: it holds the state after the last step only, one row per layer and direction. The values of every step are what out is for.',
    zh: '{name} 没有时间这一维：它只保存最后一步之后的状态，每一层、每个方向一行。每一步的值要到 out 里去找。',
  },
  inputFeatures: {
    en: 'The last axis holds features of h, not of x. Every layer produces hidden_size numbers per step, whatever input_size the first layer reads; for out, a bidirectional model puts both directions’ h side by side.',
    zh: '最后一维是 h 的特征，而不是 x 的。无论第一层读入的 input_size 是多少，每一层每一步都产出 hidden_size 个数；对 out 来说，双向模型会把两个方向的 h 并排放在一起。',
  },
  wrongRank: {
    en: 'Count the axes. A weight has two, rows and columns. out, h_n and c_n have three: out is (steps, batch, features), and h_n and c_n are (layers × directions, batch, hidden_size).',
    zh: '数一数维数。权重有两维：行和列。out、h_n 和 c_n 都有三维：out 是（步数，批大小，特征数），h_n 和 c_n 是（层数 × 方向数，批大小，hidden_size）。',
  },
  other: {
    en: 'Work it out axis by axis from this model: {gates} blocks per weight, hidden_size {hidden}, input_size {input}, {layers} layers, {directions} directions. A weight’s rows stack the blocks and its columns are what it reads; out and h_n follow the input’s steps and batch.',
    zh: '根据这个模型逐维推算：每个权重 {gates} 块，hidden_size 为 {hidden}，input_size 为 {input}，{layers} 层，{directions} 个方向。权重的行堆叠各块，列是它读入的向量；out 和 h_n 则沿用输入的步数和批大小。',
  },
};
