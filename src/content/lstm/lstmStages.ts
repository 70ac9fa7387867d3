import type { StageText } from '../stageText';

// The words and the rule of each stage of the LSTM walkthrough. Keyed by the walkthrough's stage ids
// (src/store/lstm/lstmStages.ts, which content may not import): the panel reads this record with an
// `LstmStage`, so a stage without text does not compile.
export const lstmStageText = {
  concat: {
    title: {
      en: 'Join the previous {hiddenState} and the input',
      zh: '拼接上一步的{hiddenState}与输入',
    },
    body: {
      en: 'Every step starts from two vectors: h, the {hiddenState} the cell produced at the previous step, and x, the new input arriving from outside. Placed end to end they form one vector [h, x] of length H + I, and the three gates and the {candidateMemory} all read this same vector. PyTorch stores the weights for h and for x apart, as weight_hh and weight_ih, but side by side they are one fully connected layer over [h, x].',
      zh: '每一步都从两个向量出发：h 是单元在上一步产生的{hiddenState}，x 是这一步从外部送进来的新输入。把它们首尾相接，就得到一个长度为 H + I 的向量 [h, x]；三个门和{candidateMemory}读入的都是这同一个向量。PyTorch 把作用于 h 和作用于 x 的权重分开存放，分别是 weight_hh 和 weight_ih，但把两者并排拼起来，就是作用在 [h, x] 上的一个全连接层。',
    },
    tryThis: {
      en: 'Change one value of x, then step through the stages: every gate’s number moves, because all of them read the same [h, x].',
      zh: '改动 x 中的一个值，再逐个阶段往后看：每个门的数值都会跟着变，因为它们读入的是同一个 [h, x]。',
    },
    formula: String.raw`W_{hh}\, h_{t-1} + W_{ih}\, x_t = \begin{bmatrix} W_{hh} & W_{ih} \end{bmatrix} \begin{bmatrix} h_{t-1} \\ x_t \end{bmatrix} = W\,[h_{t-1}, x_t]`,
  },
  forget: {
    title: {
      en: 'The {forgetGate} erases from the {cellState}',
      zh: '{forgetGate}从{cellState}中擦除信息',
    },
    body: {
      en: 'The {forgetGate} is a fully connected layer followed by a sigmoid, so it outputs a {selectorVector}: one value between 0 and 1 for each unit. Multiplying the old {cellState} C by it, element by element, erases the memory where the value is near 0 and keeps it where the value is near 1. A value in between keeps that fraction, and every unit decides for itself.',
      zh: '{forgetGate}是一个后接 sigmoid 的全连接层，所以它输出一个{selectorVector}：每个神经元一个 0 到 1 之间的值。用它与旧的{cellState} C 逐元素相乘，值接近 0 的位置记忆被擦除，接近 1 的位置记忆被保留。介于两者之间的值就保留相应的比例，每个神经元各自决定。',
    },
    tryThis: {
      en: 'Raise the {forgetGate}’s bias: f moves towards 1 in every unit and the old memory passes through almost unchanged. Lower it and the memory fades.',
      zh: '调高{forgetGate}的偏置：每个神经元的 f 都趋近 1，旧记忆几乎原样通过。把它调低，记忆就会逐渐消失。',
    },
    formula: String.raw`f_t = \sigma(W_f\,[h_{t-1}, x_t] + b_f), \qquad f_t \odot C_{t-1}`,
  },
  write: {
    title: {
      en: 'The {inputGate} writes the {candidateMemory}',
      zh: '{inputGate}写入{candidateMemory}',
    },
    body: {
      en: 'Two more layers read [h, x]. The {candidateMemory} g (the course’s C̃; g is PyTorch’s name, the third block in its packed order i, f, g, o, and every panel here uses it) ends in tanh, so each unit proposes a value between −1 and 1. The {inputGate} is another {selectorVector}, and i ⊙ g is what is actually written: a proposal gets through where i is near 1 and is dropped where i is near 0.',
      zh: '另外两个层同样读入 [h, x]。{candidateMemory} g（即课程中的 C̃；g 是 PyTorch 的叫法，在按 i、f、g、o 排列的打包权重中是第三块，这里的每个面板都用它）最后经过 tanh，所以每个神经元提出一个 −1 到 1 之间的值。{inputGate}是又一个{selectorVector}，真正写入的是 i ⊙ g：i 接近 1 的位置，提出的值被写进去；i 接近 0 的位置，它被丢掉。',
    },
    tryThis: {
      en: 'Lower the {inputGate}’s bias until i is near 0 in every unit: nothing new is written, whatever the {candidateMemory} proposes.',
      zh: '调低{inputGate}的偏置，直到每个神经元的 i 都接近 0：无论{candidateMemory}提出什么，都不会有新内容写入。',
    },
    formula: String.raw`i_t = \sigma(W_i\,[h_{t-1}, x_t] + b_i), \qquad g_t = \tanh(W_g\,[h_{t-1}, x_t] + b_g), \qquad i_t \odot g_t`,
  },
  update: {
    title: {
      en: 'The new {cellState}',
      zh: '新的{cellState}',
    },
    body: {
      en: 'The new {cellState} is what the {forgetGate} kept plus what the {inputGate} wrote. The old memory is scaled and added to, never recomputed from scratch, so information can survive many steps: this is why C serves as the {longTermMemory}. No activation squashes C, so its values can grow beyond ±1.',
      zh: '新的{cellState}等于{forgetGate}保留下来的部分，加上{inputGate}写入的部分。旧记忆只是被按比例缩放、再加上新内容，而不是每一步从头重算，所以信息能跨越许多步保存下来，这正是 C 充当{longTermMemory}的原因。C 不经过任何激活函数，它的值可以超出 ±1。',
    },
    tryThis: {
      en: 'Load the preset that keeps memory ({forgetGate} bias +4, {inputGate} bias −4): f is close to 1 and i close to 0, so the new C is nearly a copy of the old one.',
      zh: '载入保持记忆的预设（{forgetGate}偏置 +4，{inputGate}偏置 −4）：f 接近 1，i 接近 0，新的 C 几乎就是旧 C 的副本。',
    },
    formula: String.raw`C_t = f_t \odot C_{t-1} + i_t \odot g_t`,
  },
  output: {
    title: {
      en: 'The {outputGate} chooses what to show',
      zh: '{outputGate}决定输出什么',
    },
    body: {
      en: 'The {outputGate} is the third {selectorVector}, computed from the same [h, x] with its own weights. It leaves the memory alone: it only decides, unit by unit, how much of the new {cellState} reaches the {hiddenState}.',
      zh: '{outputGate}是第三个{selectorVector}，用它自己的权重从同一个 [h, x] 算出。它不改动记忆，只是逐个神经元决定新的{cellState}有多少能传到{hiddenState}。',
    },
    tryThis: {
      en: 'Lower the {outputGate}’s bias: o falls towards 0 and the next stage’s h shrinks, while C stays exactly as it was.',
      zh: '调低{outputGate}的偏置：o 趋近 0，下一阶段算出的 h 随之变小，而 C 完全不变。',
    },
    formula: String.raw`o_t = \sigma(W_o\,[h_{t-1}, x_t] + b_o)`,
  },
  hidden: {
    title: {
      en: 'The new {hiddenState}',
      zh: '新的{hiddenState}',
    },
    body: {
      en: 'First tanh squashes the new {cellState} into the range −1 to 1, then the {outputGate} scales each unit: h = o ⊙ tanh(C). This h is the cell’s output for the step: nn.LSTMCell returns it along with C, and nn.LSTM gathers the last layer’s h from every step into out. It is also the {shortTermMemory}: together with C it is handed to the next step, where it is joined with the next input.',
      zh: '先用 tanh 把新的{cellState}压缩到 −1 到 1 之间，再由{outputGate}逐个神经元缩放：h = o ⊙ tanh(C)。这个 h 就是单元在这一步的输出：nn.LSTMCell 把它连同 C 一起返回，nn.LSTM 则把最后一层每一步的 h 收集到 out 中。它同时是{shortTermMemory}：它和 C 一起交给下一步，在那里与下一个输入拼接。',
    },
    tryThis: {
      en: 'Make the old C of the focused unit large: the new C grows with it, but tanh keeps h between −1 and 1 however large C gets.',
      zh: '把当前神经元的旧 C 调大：新的 C 也随之变大，但无论 C 多大，tanh 都会把 h 限制在 −1 到 1 之间。',
    },
    formula: String.raw`h_t = o_t \odot \tanh(C_t)`,
  },
} as const satisfies Record<string, StageText>;
