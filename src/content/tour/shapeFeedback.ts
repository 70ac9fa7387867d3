import type { Bilingual } from '../bilingual';
import type { ShapeMistake } from './tourTypes';

// Shown under a wrong answer for one tensor: the reasoning that leads to its shape, not the shape
// itself. The app fills {name} (the tensor, e.g. weight_hh_l0 or out), {gates} (blocks packed in a
// weight's rows: 4 for an LSTM, 3 for a GRU), {hidden}, {input}, {layers}, {directions}, {steps}
// and {batch} from the exercise's network. Glossary terms are avoided here: the text names the
// vectors themselves (x, h, c), so only those placeholders need filling.

export const shapeFeedback: Readonly<Record<ShapeMistake, Bilingual>> = {
  gateBlocksMissing: {
    en: 'These rows would fit a single block. PyTorch stacks one block of {hidden} rows for each of i, f, g and o in an LSTM, or r, z and n in a GRU, into one matrix. So {name} has {gates} blocks, one on top of the other.',
    zh: '这样的行数只够一块用。PyTorch 为 LSTM 的 i、f、g、o（GRU 则是 r、z、n）各准备一块 {hidden} 行，叠进同一个矩阵。所以 {name} 有 {gates} 块，上下叠在一起。',
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
    zh: '只有第 0 层读入 x。上面的每一层读入的都是它下面一层的 h，它有 hidden_size 个数，所以 {name} 的列数取决于 hidden_size，而不是 input_size。',
  },
  concatenatedInput: {
    en: 'The columns of {name} count one vector, not [h, x]. The course writes each layer as one matrix W times [h, x]; PyTorch keeps that W as two matrices side by side: weight_ih multiplies the layer’s input ({input} numbers in layer 0) and weight_hh the previous h ({hidden} numbers), and the two products are added.',
    zh: '{name} 的列数只对应一个向量，而不是 [h, x]。课程把每一层写成一个矩阵 W 乘以 [h, x]；PyTorch 则把这个 W 拆成并排的两个矩阵：weight_ih 乘这一层的输入（第 0 层是 {input} 个数），weight_hh 乘上一步的 h（{hidden} 个数），两个乘积再相加。',
  },
  layersMultiplied: {
    en: 'Stacking layers does not make one weight larger: each of the {layers} layers has its own matrices, named _l0, _l1 and so on. The shape of {name} depends only on the blocks, hidden_size and what that one layer reads.',
    zh: '堆叠多层并不会让某一个权重变大：{layers} 层中每一层都有自己的矩阵，名字分别以 _l0、_l1 等结尾。{name} 的形状只取决于块数、hidden_size 以及这一层读入的东西。',
  },
  sequenceBatchSwapped: {
    en: 'The sequence and the batch are in each other’s place. With batch_first=False, x and out put time first and the batch second, so the input here is {steps} steps of a batch of {batch} sequences.',
    zh: '序列和批量的位置弄反了。batch_first=False 时，x 和 out 都是时间在前、批量在后，所以这里的输入是一个含 {batch} 条序列的批量，每条 {steps} 步。',
  },
  stateLayersBatchSwapped: {
    en: 'The first two axes are in each other’s place. {name} has no time axis: its first axis has one row per layer and direction, {layers} × {directions} here, and the batch of {batch} sequences comes second, whatever batch_first says.',
    zh: '前两维的位置弄反了。{name} 没有时间这一维：第一维为每一层的每个方向各留一行，这里是 {layers} × {directions}；第二维才是含 {batch} 条序列的批量，无论 batch_first 怎样设置都是如此。',
  },
  stateStepsForBatch: {
    en: 'The middle axis of {name} is the batch: one state for each of the {batch} sequences. {steps} is the number of steps: with batch_first=False, x is (seq_len, batch, input_size), so its first axis counts steps, not sequences. And batch_first never changes {name}: it is (num_layers × num_directions, batch, hidden_size) either way, with no time axis.',
    zh: '{name} 的中间一维是批量：{batch} 条序列各有一个状态。{steps} 是步数：batch_first=False 时，x 的形状是 (seq_len, batch, input_size)，所以它的第一维数的是步，而不是序列。而且 batch_first 从不改变 {name}：无论怎样设置，它都是 (num_layers × num_directions, batch, hidden_size)，没有时间这一维。',
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
    zh: '数一数维数。权重有两维：行和列。out、h_n 和 c_n 都有三维：out 是（步数，批量大小，特征数），h_n 和 c_n 是（层数 × 方向数，批量大小，hidden_size）。',
  },
  other: {
    en: 'Work it out axis by axis from this model: {gates} blocks per weight, hidden_size {hidden}, input_size {input}, {layers} layers, {directions} directions. A weight’s rows stack the blocks and its columns are what it reads; out and h_n follow the input’s steps and batch.',
    zh: '根据这个模型逐维推算：每个权重 {gates} 块，hidden_size 为 {hidden}，input_size 为 {input}，{layers} 层，{directions} 个方向。权重的行堆叠各块，列是它读入的向量；out 和 h_n 则沿用输入的步数和批量大小。',
  },
};

/**
 * Shown under an answer that could not be read as a shape. The app fills {part} with what the
 * student typed there, quoted as typed.
 */
export const shapeReadingText = {
  empty: {
    en: 'Write a shape here first, such as (2, 5) or 2 × 5.',
    zh: '请先在这里写一个形状，例如 (2, 5) 或 2 × 5。',
  },
  notASize: {
    en: '“{part}” is not a size: every axis holds a whole number of entries, 1 or more.',
    zh: '“{part}”不是维度的大小：每一维的大小都是整数，至少为 1。',
  },
  unreadable: {
    en: 'Could not read “{part}”. Write whole numbers separated by commas, spaces or ×, such as (2, 5) or 2 × 5.',
    zh: '无法识别“{part}”。请写整数，用逗号、空格或 × 隔开，例如 (2, 5) 或 2 × 5。',
  },
} as const satisfies Record<string, Bilingual>;
