import type { ChoiceExerciseText, ShapeExerciseText } from './tourTypes';

// Exercises of the GRU and PyTorch chapters. The correct shapes are computed by the model layer
// from each exercise's network; prompts never state them, explanations (shown once solved) do.

const gruParameters = {
  kind: 'choice',
  prompt: {
    en: 'An nn.LSTM and an nn.GRU are built with the same input_size and the same hidden_size, one layer each. How does the GRU’s number of parameters compare with the LSTM’s?',
    zh: '用相同的 input_size 和 hidden_size 各建一个单层的 nn.LSTM 和 nn.GRU。GRU 的参数个数与 LSTM 相比如何？',
  },
  options: [
    {
      text: { en: 'About half of the LSTM’s count', zh: '大约是 LSTM 的一半' },
      correct: false,
      feedback: {
        en: 'Not that few. The GRU drops only one of the LSTM’s four weight blocks, not two: it still keeps a block each for r, z and n.',
        zh: '没有少那么多。GRU 只比 LSTM 的四块权重少了一块，而不是两块：r、z、n 仍然各占一块。',
      },
    },
    {
      text: { en: 'Three quarters of the LSTM’s count', zh: 'LSTM 的四分之三' },
      correct: true,
      feedback: {
        en: 'A block has the same shape in both models, hidden_size rows reading x or h, plus its biases; the GRU packs three of them (r, z, n) where the LSTM packs four (i, f, g, o).',
        zh: '两个模型中每一块的形状都相同：hidden_size 行，读入 x 或 h，外加各自的偏置；LSTM 打包四块（i、f、g、o），GRU 只打包三块（r、z、n）。',
      },
    },
    {
      text: { en: 'The same as the LSTM’s count', zh: '和 LSTM 完全一样多' },
      correct: false,
      feedback: {
        en: 'One block has the same shape in both, but the number of blocks differs: the LSTM’s three gates and {candidateMemory} need four, the GRU’s two gates and {candidateHidden} only three.',
        zh: '单独一块的形状确实相同，但块数不同：LSTM 的三个门加上{candidateMemory}需要四块，GRU 的两个门加上{candidateHidden}只需要三块。',
      },
    },
    {
      text: { en: 'Somewhat more than the LSTM’s count', zh: '比 LSTM 还多一些' },
      correct: false,
      feedback: {
        en: 'It is the other way round. The GRU has fewer gates: its {updateGate} does the work of the LSTM’s {forgetGate} and {inputGate} together, and it has no {outputGate}, so each matrix stacks fewer blocks.',
        zh: '恰好相反。GRU 的门更少：它的{updateGate}一个门就完成了 LSTM 中{forgetGate}和{inputGate}的工作，而且它没有{outputGate}，所以每个矩阵堆叠的块更少。',
      },
    },
  ],
} as const satisfies ChoiceExerciseText;

const lstmWeightShapes = {
  kind: 'shapes',
  prompt: {
    en: 'The course builds this two-layer LSTM. What shape does PyTorch give each of the weights below? Think about what the rows stack and what each matrix multiplies.',
    zh: '课程中建立了这个两层的 LSTM。PyTorch 给下面每个权重的形状是什么？想一想行里堆叠的是什么，每个矩阵乘的又是什么。',
  },
  code: [
    'lstm = nn.LSTM(50, 100, num_layers=2)',
    'lstm.weight_ih_l0.shape',
    'lstm.weight_hh_l0.shape',
    'lstm.weight_ih_l1.shape',
  ].join('\n'),
  explanation: {
    en: 'Each matrix has 4 × 100 = 400 rows, a block of 100 for each of i, f, g and o. The columns are what it multiplies: weight_ih_l0 reads x, 50 features, so 400 × 50; weight_hh_l0 reads the layer’s previous h, 100 numbers, so 400 × 100, which answers the course’s puzzle; weight_ih_l1 reads the h of layer 0, so 400 × 100 too.',
    zh: '每个矩阵都有 4 × 100 = 400 行，i、f、g、o 各占 100 行。列数取决于它乘的向量：weight_ih_l0 读入 50 个特征的 x，所以是 400 × 50；weight_hh_l0 读入这一层上一步的 h，共 100 个数，所以是 400 × 100，这就是课程那道小练习的答案；weight_ih_l1 读入第 0 层的 h，所以同样是 400 × 100。',
  },
} as const satisfies ShapeExerciseText;

const lstmOutputShapes = {
  kind: 'shapes',
  prompt: {
    en: 'The same LSTM reads a random input with the default settings: batch_first is False and no initial states are passed. What are the shapes of out, h_n and c_n?',
    zh: '同一个 LSTM 按默认设置读入一个随机输入：batch_first 为 False，也没有传入初始状态。out、h_n 和 c_n 的形状各是什么？',
  },
  code: ['lstm = nn.LSTM(50, 100, num_layers=2)', 'x = torch.randn(10, 3, 50)', 'out, (h_n, c_n) = lstm(x)'].join('\n'),
  explanation: {
    en: 'x is 10 steps of a batch of 3. out keeps the top layer’s h at each of the 10 steps: (10, 3, 100). h_n and c_n keep only the last step, but of both layers: (num_layers × num_directions, batch, hidden_size) = (2, 3, 100). Random (h0, c0) of shape (2, 3, 100) would change the values, not these shapes.',
    zh: 'x 的批量中有 3 条序列，每条 10 步。out 保存最上层在这 10 步中每一步的 h，形状为 (10, 3, 100)。h_n 和 c_n 只保存最后一步，但两层都有：(num_layers × num_directions, batch, hidden_size) = (2, 3, 100)。若传入形状为 (2, 3, 100) 的随机 (h0, c0)，变的只是数值，形状不变。',
  },
} as const satisfies ShapeExerciseText;

const gruOutputShapes = {
  kind: 'shapes',
  prompt: {
    en: 'The course’s GRU reads a random input. What are the shapes of out and h_n? Mind which axis of x is the sequence when batch_first is False.',
    zh: '课程中的 GRU 读入一个随机输入。out 和 h_n 的形状各是什么？注意 batch_first 为 False 时，x 的哪一维是序列。',
  },
  code: ['gru = nn.GRU(10, 20)', 'x = torch.randn(3, 32, 10)', 'out, h_n = gru(x)'].join('\n'),
  explanation: {
    en: 'With batch_first=False, x is 3 steps of a batch of 32 sequences, 10 features each. out holds the h of the top and only layer at each step: (3, 32, 20). h_n has one row per layer and direction, here a single one: (1, 32, 20). With no {cellState}, a GRU returns nothing more.',
    zh: 'batch_first=False 时，x 的批量中有 32 条序列，每条 3 步，每步 10 个特征。out 保存最上层（也是唯一一层）在每一步的 h：(3, 32, 20)。h_n 每一层、每个方向一行，这里只有一行：(1, 32, 20)。GRU 没有{cellState}，所以不再返回别的张量。',
  },
} as const satisfies ShapeExerciseText;

const gruWeightShapes = {
  kind: 'shapes',
  prompt: {
    en: 'What shapes do the two weight matrices of this GRU have? Its rows pack the blocks r, z and n.',
    zh: '这个 GRU 的两个权重矩阵各是什么形状？它的行按 r、z、n 三块打包。',
  },
  code: ['gru = nn.GRU(10, 20)', 'gru.weight_ih_l0.shape', 'gru.weight_hh_l0.shape'].join('\n'),
  explanation: {
    en: 'Three blocks of 20 rows, for r, z and n, give both matrices 60 rows. weight_ih_l0 multiplies x with its 10 features: 60 × 10. weight_hh_l0 multiplies the previous h with its 20 units: 60 × 20, the size the course prints. An LSTM of the same size would have 80 rows.',
    zh: 'r、z、n 三块各 20 行，两个矩阵都是 60 行。weight_ih_l0 乘的是有 10 个特征的 x：60 × 10。weight_hh_l0 乘的是有 20 个神经元的上一步 h：60 × 20，正是课程打印出来的大小。同样规模的 LSTM 则有 80 行。',
  },
} as const satisfies ShapeExerciseText;

export const pytorchExercises = {
  gruParameters,
  lstmWeightShapes,
  lstmOutputShapes,
  gruOutputShapes,
  gruWeightShapes,
} as const satisfies {
  gruParameters: ChoiceExerciseText;
  lstmWeightShapes: ShapeExerciseText;
  lstmOutputShapes: ShapeExerciseText;
  gruOutputShapes: ShapeExerciseText;
  gruWeightShapes: ShapeExerciseText;
};
