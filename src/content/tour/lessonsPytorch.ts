import type { LessonStepText } from './tourTypes';

// Tour steps of the PyTorch chapter, staged on the sequence view with the course's networks,
// nn.LSTM(50, 100, num_layers=2) and nn.GRU(10, 20). The course's fixed constructor numbers may
// appear here; shapes asked by the chapter's exercises are left for the student to work out.

const cellVsLayer = {
  title: { en: 'nn.LSTMCell or nn.LSTM', zh: 'nn.LSTMCell 还是 nn.LSTM' },
  paragraphs: [
    {
      en: 'PyTorch offers each cell in two forms. nn.LSTMCell computes one {timeStep}: you write the loop over the sequence yourself, and every call returns the pair (h, c). nn.GRUCell works the same way and returns h alone.',
      zh: 'PyTorch 给每种单元都提供了两种形式。nn.LSTMCell 只算一个{timeStep}：沿序列的循环要你自己写，每次调用返回一对 (h, c)。nn.GRUCell 用法相同，只返回 h。',
    },
    {
      en: 'nn.LSTM takes the whole sequence and runs that loop for you. It can also stack layers, each reading the h of the one below, and read the sequence in both directions. The cell explorers show the first form; this view shows the second.',
      zh: 'nn.LSTM 则接收整段序列，替你把循环跑完。它还能堆叠多层，每一层读入下面一层的 h，也能正反两个方向读序列。单元探索器展示的是前一种形式，这个视图展示的是后一种。',
    },
  ],
  tryThis: {
    en: 'Read the code box: a single call lstm(x) covers every column of the timeline. Press play and watch that one call step through the sequence.',
    zh: '看代码框：一次 lstm(x) 调用就覆盖了时间轴上的每一列。点击播放，看这一次调用怎样一步步走完整个序列。',
  },
} as const satisfies LessonStepText;

const constructor = {
  title: { en: 'What the constructor takes', zh: '构造函数接收哪些参数' },
  paragraphs: [
    {
      en: 'nn.LSTMCell and nn.LSTM share these three arguments: input_size, the features of each x; hidden_size, the units of h and c; and bias, whether the layers add biases (True by default). nn.LSTM(50, 100, num_layers=2) passes the first two by position.',
      zh: 'nn.LSTMCell 和 nn.LSTM 都有下面这三个参数：input_size 是每个 x 的特征数；hidden_size 是 h 和 c 的神经元数；bias 决定各层是否加偏置（默认为 True）。nn.LSTM(50, 100, num_layers=2) 按位置传入了前两个。',
    },
    {
      en: 'nn.LSTM adds what a sequence needs: num_layers, how many layers are stacked; batch_first, the order of the first two axes of x; dropout, applied between stacked layers; bidirectional, a second pass from the end; and proj_size, which projects h to a smaller size. nn.GRU takes the same ones except proj_size.',
      zh: 'nn.LSTM 还多了处理序列所需的参数：num_layers 是堆叠的层数；batch_first 决定 x 前两个维度的顺序；dropout 作用在堆叠的层与层之间；bidirectional 表示再从序列末尾反向读一遍；proj_size 把 h 投影到更小的尺寸。nn.GRU 除了没有 proj_size，其余参数都一样。',
    },
    {
      en: 'This is what the course means when it says the LSTM’s arguments are the plain RNN’s: nn.RNN also takes input_size, hidden_size, num_layers, bias, batch_first, dropout and bidirectional. nn.LSTM drops only nonlinearity, since its activations are fixed, and adds proj_size.',
      zh: '课程说 LSTM 的参数和基本的 RNN 相同，指的就是这一点：nn.RNN 同样接收 input_size、hidden_size、num_layers、bias、batch_first、dropout 和 bidirectional。nn.LSTM 只是去掉了 nonlinearity（因为它的激活函数是固定的），并多了 proj_size。',
    },
  ],
  tryThis: {
    en: 'Change num_layers or hidden_size in the network controls and watch the constructor line in the code box follow. Then load the course’s nn.LSTM again.',
    zh: '在网络控制区改动 num_layers 或 hidden_size，看代码框里构造函数那一行怎样随之改变。然后重新载入课程中的 nn.LSTM。',
  },
} as const satisfies LessonStepText;

const parameterShapes = {
  title: { en: 'Where the weight shapes come from', zh: '权重的形状从何而来' },
  paragraphs: [
    {
      en: 'Every layer has two weight matrices. Their rows stack one block of hidden_size rows per gate, in PyTorch’s order i, f, g, o. Their columns match what the matrix multiplies: weight_ih reads the layer’s input, weight_hh the layer’s own previous h.',
      zh: '每一层都有两个权重矩阵。它们的行按 PyTorch 的顺序 i、f、g、o 堆叠，每块 hidden_size 行。它们的列与矩阵所乘的向量相对应：weight_ih 读入这一层的输入，weight_hh 读入这一层自己上一步的 h。',
    },
    {
      en: 'Layer 0 reads x, so its weight_ih has input_size columns; a layer above reads the h of the layer below. PyTorch stores every weight as (out_features, in_features), and the biases bias_ih and bias_hh hold one number per row.',
      zh: '第 0 层读入 x，所以它的 weight_ih 有 input_size 列；更高的层读入下面一层的 h。PyTorch 一律按 (out_features, in_features) 存储权重，偏置 bias_ih 和 bias_hh 则每行对应一个数。',
    },
  ],
  formula: String.raw`W_{ih}^{(k)} \in \mathbb{R}^{4H \times I_k}, \qquad W_{hh}^{(k)} \in \mathbb{R}^{4H \times H}, \qquad I_0 = \text{input\_size}, \quad I_{k > 0} = H`,
  tryThis: {
    en: 'Take the constructor line from the code box and work out the rows and columns of each weight before you answer the exercise.',
    zh: '从代码框里找到构造函数那一行，先算出每个权重的行数和列数，再回答练习。',
  },
} as const satisfies LessonStepText;

const inputShape = {
  title: { en: 'The shape of the input', zh: '输入的形状' },
  paragraphs: [
    {
      en: 'By default nn.LSTM expects x as (seq_len, batch, input_size): the steps of the sequence on the first axis, the sequences of the batch on the second, the features last. The course’s torch.randn(10, 3, 50) is 10 steps of 3 sequences, 50 features each.',
      zh: 'nn.LSTM 默认要求 x 的形状是 (seq_len, batch, input_size)：第一维是序列的各个步，第二维是批量中的各条序列，最后一维是特征。课程中的 torch.randn(10, 3, 50) 就是 3 条序列、每条 10 步、每步 50 个特征。',
    },
    {
      en: 'With batch_first=True the first two axes trade places, and x becomes (batch, seq_len, input_size). Only x and out are affected: h0, c0, h_n and c_n keep the layers on their first axis either way.',
      zh: '设置 batch_first=True 后，前两个维度互换，x 变成 (batch, seq_len, input_size)。受影响的只有 x 和 out：无论怎样设置，h0、c0、h_n 和 c_n 的第一维都是层。',
    },
  ],
  tryThis: {
    en: 'Switch batch_first on and off and watch where the batch axis of x goes in the code box. Then pick the preset “A word, one-hot”: each sequence of the batch spells its own word.',
    zh: '反复开关 batch_first，看代码框中 x 的批量维度跑到了哪里。然后选择“一个单词，独热编码”预设：批量中的每条序列各拼出一个单词。',
  },
} as const satisfies LessonStepText;

const outputShapes = {
  title: { en: 'What nn.LSTM returns', zh: 'nn.LSTM 返回什么' },
  paragraphs: [
    {
      en: 'The call out, (h_n, c_n) = lstm(x) gives three tensors. out holds the top layer’s h at every {timeStep}: one entry per step of the sequence, and no axis for the layers below.',
      zh: '调用 out, (h_n, c_n) = lstm(x) 会得到三个张量。out 保存最上层在每个{timeStep}的 h：序列的每一步一项，没有留给下面各层的维度。',
    },
    {
      en: 'h_n and c_n are the other way round: the last {hiddenState} and {cellState} of every layer, and nothing from earlier steps. Their first axis counts layers times directions, then come the batch and hidden_size.',
      zh: 'h_n 和 c_n 恰好相反：它们保存每一层最后的{hiddenState}和{cellState}，不含更早的步。它们的第一维是层数乘以方向数，接着是批量大小和 hidden_size。',
    },
  ],
  tryThis: {
    en: 'Scrub to the last step: out there matches the top layer’s row of h_n. Once you have solved the exercise, switch bidirectional on and watch the first axis of h_n and c_n double.',
    zh: '把时间轴拖到最后一步：此时的 out 与 h_n 中最上层的那一行相同。答对练习之后，再打开 bidirectional，看 h_n 和 c_n 的第一维翻倍。',
  },
} as const satisfies LessonStepText;

const initialStates = {
  title: { en: 'Starting from h0 and c0', zh: '从 h0 和 c0 出发' },
  paragraphs: [
    {
      en: 'Called as lstm(x), an nn.LSTM starts every layer from zeros. To start anywhere else, pass a second argument, the pair (h0, c0), each shaped like h_n; the course draws both with torch.randn(2, 3, 100).',
      zh: '以 lstm(x) 的方式调用时，nn.LSTM 让每一层都从全零开始。想从别的状态开始，就传入第二个参数，即一对 (h0, c0)，两者的形状都和 h_n 一样；课程里两者都用 torch.randn(2, 3, 100) 生成。',
    },
    {
      en: 'The starting values change the numbers that come out, never their shapes: out, h_n and c_n keep exactly the shapes they had. An nn.GRU takes a single h0, since it carries no c.',
      zh: '初始值改变的是输出的数值，而不是形状：out、h_n 和 c_n 的形状与原来完全一样。nn.GRU 只接收一个 h0，因为它不携带 c。',
    },
  ],
  tryThis: {
    en: 'In the h0/c0 panel, switch between zeros and random. The first steps of the timeline change, while the shapes on the out, h_n and c_n cards stay put.',
    zh: '在 h0/c0 面板里在全零和随机之间切换。时间轴开头几步会变，而 out、h_n、c_n 卡片上的形状保持不变。',
  },
} as const satisfies LessonStepText;

const gruInPytorch = {
  title: { en: 'nn.GRU in PyTorch', zh: 'PyTorch 中的 nn.GRU' },
  paragraphs: [
    {
      en: 'nn.GRU is built and fed like nn.LSTM, with the same input layout. Having no {cellState}, it returns two tensors, out, h_n = gru(x), and its optional second argument is a single h0.',
      zh: 'nn.GRU 的构造和输入方式都与 nn.LSTM 相同，输入的维度排列也一样。由于没有{cellState}，它只返回两个张量：out, h_n = gru(x)；可选的第二个参数也只有一个 h0。',
    },
    {
      en: 'out is again the top layer’s h at every step, and h_n every layer’s last h. The course builds nn.GRU(10, 20) and feeds it torch.randn(3, 32, 10), with batch_first left False. The view runs exactly these shapes, so you can read each axis of x off it and work out out and h_n from them.',
      zh: 'out 仍是最上层在每一步的 h，h_n 仍是每一层最后的 h。课程构造了 nn.GRU(10, 20)，把 torch.randn(3, 32, 10) 送进去，batch_first 保持为 False。这个视图运行的正是这些形状，所以你可以在视图上读出 x 的每一维，再由此推算 out 和 h_n。',
    },
  ],
  tryThis: {
    en: 'Before you answer, find in the view which axis of x is time: count the timeline’s columns. Then work out out and h_n. Only those two cards are left, and they show their shapes once you have solved the exercise.',
    zh: '作答之前，先在视图中找出 x 的哪一维是时间：数一数时间轴有几列。然后推算 out 和 h_n。结果卡片只剩下这两张，答对练习之后它们会显示出形状。',
  },
} as const satisfies LessonStepText;

const gruShapes = {
  title: { en: 'The GRU’s weight shapes', zh: 'GRU 的权重形状' },
  paragraphs: [
    {
      en: 'The rule is the LSTM’s with one block fewer. The rows of weight_ih_l0 and weight_hh_l0 stack the blocks r, z and n, hidden_size rows each; the columns again match what each matrix reads, x or the previous h.',
      zh: '规则和 LSTM 一样，只是少了一块。weight_ih_l0 和 weight_hh_l0 的行按 r、z、n 三块堆叠，每块 hidden_size 行；列仍然与矩阵读入的向量相对应，也就是 x 或上一步的 h。',
    },
    {
      en: 'Every GRU weight and bias therefore has three quarters of the rows of its LSTM counterpart, which is where the GRU’s savings in parameters and memory come from.',
      zh: '因此，GRU 的每个权重和偏置的行数都是 LSTM 中对应参数的四分之三，GRU 在参数和内存上的节省正是从这里来的。',
    },
  ],
  formula: String.raw`W_{ih} = \begin{bmatrix} W_{ir} \\ W_{iz} \\ W_{in} \end{bmatrix}, \qquad W_{hh} = \begin{bmatrix} W_{hr} \\ W_{hz} \\ W_{hn} \end{bmatrix}`,
  tryThis: {
    en: 'From the constructor line in the code box, count the blocks and multiply by hidden_size for the rows; for the columns, ask what each matrix multiplies.',
    zh: '根据代码框里的构造函数：行数等于块数乘以 hidden_size；列数则要看每个矩阵乘的是什么。',
  },
} as const satisfies LessonStepText;

// A plain `constructor` key shadows Object.prototype.constructor, so `pytorchLessons.constructor`
// is the lesson.
export const pytorchLessons = {
  cellVsLayer,
  constructor,
  parameterShapes,
  inputShape,
  outputShapes,
  initialStates,
  gruInPytorch,
  gruShapes,
} as const satisfies Record<
  | 'cellVsLayer'
  | 'constructor'
  | 'parameterShapes'
  | 'inputShape'
  | 'outputShapes'
  | 'initialStates'
  | 'gruInPytorch'
  | 'gruShapes',
  LessonStepText
>;
