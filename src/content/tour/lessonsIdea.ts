import type { LessonStepText } from './tourTypes';

// Chapter "What an LSTM is": what the cell is, where it comes from, and what it is made of.

const welcome: LessonStepText = {
  title: { en: 'How this tour works', zh: '怎样使用这个导览' },
  paragraphs: [
    {
      en: 'This tour builds up the {lstm} (LSTM) cell and its lighter relative, the {gru} (GRU), one short step at a time. Next and Back move through the steps, and the contents let you jump to any of them. Your progress stays in this browser, and the page’s link always points at the current step, so opening it later brings you back here.',
      zh: '这个导览分成许多小步，带你逐步搭建起{lstm}（LSTM）单元，以及比它更轻巧的{gru}（GRU）。用“下一步”和“上一步”前后翻页，也可以在目录里点选任意一步直接跳过去。学习进度保存在这个浏览器中；页面链接始终指向你当前所在的这一步，以后打开它就能回到这里。',
    },
    {
      en: 'The view beside this lesson is not a drawing: it is a live model that computes the same numbers PyTorch would. Each step tells you where to look in it and gives you one thing to try.',
      zh: '课程旁边的视图不是一张静态插图，而是一个实时运行的模型，算出的数值和 PyTorch 完全一样。每一步都会告诉你该看视图的哪个部分，并给你一件可以动手试的事。',
    },
  ],
  tryThis: {
    en: 'Skim the contents to see where the tour is heading, then press Next to start.',
    zh: '先浏览一下目录，了解整个导览会讲些什么，然后点“下一步”开始。',
  },
};

const origin: LessonStepText = {
  title: { en: 'A network that carries a memory', zh: '一个带着记忆前进的网络' },
  paragraphs: [
    {
      en: 'In 1997 Sepp Hochreiter and Jürgen Schmidhuber proposed the {lstm} (LSTM). It is a {recurrentNetwork} architecture: one cell is applied at every step of a sequence, and what it produces at one step is fed back in at the next.',
      zh: '1997 年，Sepp Hochreiter 和 Jürgen Schmidhuber 提出了{lstm}（LSTM）。它是一种{recurrentNetwork}结构：序列的每一步都使用同一个单元，这一步产生的结果会在下一步重新送回单元。',
    },
    {
      en: 'Everything is organised around a {memoryCell}, usually just called the LSTM cell. The 1997 cell had only an {inputGate} and an {outputGate}: its memory was always carried on whole and could only be added to. The {forgetGate}, which lets the cell clear its memory, was added in 2000 by Felix Gers, Jürgen Schmidhuber and Fred Cummins.',
      zh: '整个结构围绕着一个{memoryCell}展开，通常直接叫作 LSTM 单元。1997 年的单元只有{inputGate}和{outputGate}：记忆总是完整地传下去，只能往里添加内容。能让单元清除记忆的{forgetGate}，是 Felix Gers、Jürgen Schmidhuber 和 Fred Cummins 在 2000 年加上的。',
    },
    {
      en: 'The cell in the view is this later form with three gates, the one PyTorch’s nn.LSTM computes. The diagram shows it computing a single step, with every number it uses.',
      zh: '视图中的单元就是后来这种带三个门的形式，也就是 PyTorch 的 nn.LSTM 所计算的单元。示意图画出了它计算一步的过程，图中标出了它用到的每一个数值。',
    },
  ],
  tryThis: {
    en: 'Drag one of the xₜ sliders and watch the numbers inside the diagram update together.',
    zh: '拖动任意一个 xₜ 滑块，看示意图里的数值如何一起更新。',
  },
};

const fourLayers: LessonStepText = {
  title: { en: 'Four layers inside one cell', zh: '一个单元里的四个层' },
  paragraphs: [
    {
      en: 'Open the cell and you find four small feed-forward networks, each with only an input layer and an output layer. Every input unit is wired to every output unit, so each of the four is a {fullyConnectedLayer}, and all four take the same input, [h, x].',
      zh: '打开这个单元，里面是四个小型前馈网络，每个都只有一个输入层和一个输出层。每个输入神经元都与所有输出神经元相连，所以这四个网络都是{fullyConnectedLayer}，而且它们的输入都是同一个 [h, x]。',
    },
    {
      en: 'Each has its own weights and biases, and the activation φ of the output layer is not the same for all four. Three use a sigmoid: the {forgetGate} f, the {inputGate} i and the {outputGate} o. The fourth, the {candidateMemory} g, uses tanh. PyTorch stores them in the order i, f, g, o.',
      zh: '它们各有各的权重和偏置，输出层的激活函数 φ 也不尽相同。其中三个用 sigmoid，分别是{forgetGate} f、{inputGate} i 和{outputGate} o；第四个是{candidateMemory} g，用的是 tanh。PyTorch 按 i、f、g、o 的顺序存放它们。',
    },
  ],
  formula: String.raw`y_j = \varphi\Big(\sum_k W_{jk}\, z_k + b_j\Big), \qquad z = [h_{t-1}, x_t]`,
  tryThis: {
    en: 'In the figure, pick one entry of [h, x] and follow its lines: it reaches every unit of all four layers.',
    zh: '在图中任选 [h, x] 的一个分量，顺着它的连线看：它连到了四个层中的每一个神经元。',
  },
};

const weightsLive: LessonStepText = {
  title: { en: 'The four layers’ weights, live', zh: '四个层的权重，实时呈现' },
  paragraphs: [
    {
      en: 'Each heat map holds the weights of one of the four layers. A row belongs to one unit, the one that computes one entry of that layer’s output vector; a column belongs to one entry of [h, x]. One row is everything that unit reads.',
      zh: '每张热力图存放四个层之一的权重。每一行对应一个神经元，也就是计算该层输出向量中某一个分量的那个神经元；每一列对应 [h, x] 的一个分量。所以一行就是这个神经元读入的全部内容。',
    },
    {
      en: 'PyTorch keeps the same numbers in two matrices: weight_hh multiplies h and weight_ih multiplies x, each with the layers’ rows stacked as i, f, g, o. Set side by side, a layer’s rows from both matrices form its map here.',
      zh: 'PyTorch 把这些数值放在两个矩阵里：weight_hh 与 h 相乘，weight_ih 与 x 相乘，两者都按 i、f、g、o 的顺序把各层的行堆叠起来。把同一层在两个矩阵中的行并排放在一起，就是这里的那张热力图。',
    },
  ],
  formula: String.raw`W_f\,[h_{t-1}, x_t] = W_{hf}\,h_{t-1} + W_{if}\,x_t`,
  tryThis: {
    en: 'Click one weight in the {forgetGate}’s map and give it a large value: among all the f values, only that row’s unit moves.',
    zh: '在{forgetGate}的热力图中点一个权重，把它改成一个较大的值：所有 f 中，只有这一行对应的神经元会变化。',
  },
};

const threeGates: LessonStepText = {
  title: { en: 'Three gates, three ways to manage memory', zh: '三个门，三种管理记忆的方式' },
  paragraphs: [
    {
      en: 'The three gates are information selectors, and each carries out one of the classic memory operations. The {forgetGate} deletes from the memory, the {inputGate} inserts new information into it, and the {outputGate} picks what of it is used now.',
      zh: '三个门都是信息选择器，各自负责一种典型的记忆操作：{forgetGate}从记忆中删除信息，{inputGate}把新信息放进记忆，{outputGate}挑出记忆中此刻要用的部分。',
    },
    {
      en: 'The fourth layer selects nothing. The {candidateMemory} produces the new information that could be inserted, and the {inputGate} then decides which parts of it really get in.',
      zh: '第四个层不做选择。{candidateMemory}负责产生可能被放进记忆的新信息，再由{inputGate}决定其中哪些部分真正写进去。',
    },
  ],
  formula: String.raw`C_t = f_t \odot C_{t-1} + i_t \odot g_t, \qquad h_t = o_t \odot \tanh(C_t)`,
  tryThis: {
    en: 'Step through the walkthrough with its own Next button and find each gate in the diagram: forget at stage 2, write at stage 3, output at stage 5.',
    zh: '用分步讲解自带的“下一步”按钮逐个阶段往后看，在示意图中找到每个门：第 2 阶段是遗忘，第 3 阶段是写入，第 5 阶段是输出。',
  },
};

/** The words of the chapter "What an LSTM is", keyed by step id. */
export const ideaLessons = {
  welcome,
  origin,
  fourLayers,
  weightsLive,
  threeGates,
} as const satisfies Record<'welcome' | 'origin' | 'fourLayers' | 'weightsLive' | 'threeGates', LessonStepText>;
