import type { LessonStepText } from './tourTypes';

// Chapter "Gates as selectors": why a gate is a sigmoid, what multiplying by it does, and each of
// the three memory operations on the live cell, ending with the bias sliders as hands-on checks.

const sigmoid: LessonStepText = {
  title: { en: 'Why the gates end in a sigmoid', zh: '门为什么以 sigmoid 结尾' },
  paragraphs: [
    {
      en: 'All three gates use the sigmoid σ as the activation of their output layer. Whatever number goes in, what comes out lies strictly between 0 and 1.',
      zh: '三个门的输出层都以 sigmoid 函数 σ 作为激活函数。无论输入是多少，输出都严格落在 0 和 1 之间。',
    },
    {
      en: 'The curve also flattens out at both ends. Once its input is 4 or more away from 0, the output is within 0.02 of 0 or of 1, so a gate can be closed or opened almost completely. That is exactly what a selector needs.',
      zh: '这条曲线在两端还会变得很平。输入离 0 达到 4 或更远时，输出与 0 或 1 的差距已不到 0.02，所以一个门可以几乎完全关上，也可以几乎完全打开。这正是选择器所需要的性质。',
    },
    {
      en: 'A gate gets there only when its input, the weighted sum plus the bias, is large. At PyTorch’s initialisation the weights and biases are small, so gates sit near 0.5; they saturate after training, or when a large bias pushes them out.',
      zh: '只有当门的输入（加权和再加上偏置）很大时，门才会到达两端。按 PyTorch 的初始化，权重和偏置都很小，所以门的值在 0.5 附近；要等训练之后，或者有很大的偏置把它推出去，门才会饱和。',
    },
  ],
  formula: String.raw`\sigma(a) = \frac{1}{1 + e^{-a}}, \qquad 0 < \sigma(a) < 1`,
  tryThis: {
    en: 'Find the two flat stretches of the curve in the figure, then answer the question about the gates.',
    zh: '在图中找出曲线两端平坦的部分，然后回答关于门的问题。',
  },
};

const elementWise: LessonStepText = {
  title: { en: 'A {selectorVector} at work', zh: '{selectorVector}如何起作用' },
  paragraphs: [
    {
      en: 'What a gate outputs is a {selectorVector}: its values lie between 0 and 1, and in a trained network many of them sit close to one end or the other. It is used in an {elementWiseProduct} ⊙ with another vector of the same size: entry k of one multiplies entry k of the other.',
      zh: '门的输出是一个{selectorVector}：它的值都在 0 和 1 之间，在训练好的网络里，其中许多值会靠近某一端。它与另一个同样长度的向量做{elementWiseProduct} ⊙：一个向量的第 k 个分量只与另一个向量的第 k 个分量相乘。',
    },
    {
      en: 'Where the selector holds 0, that entry of the other vector is wiped out; where it holds 1, the entry passes through untouched. A value in between lets that fraction through.',
      zh: '选择器取 0 的位置，另一个向量在该位置上的信息被彻底抹去；取 1 的位置，信息原封不动地通过。介于两者之间的值，则让相应比例的信息通过。',
    },
  ],
  formula: String.raw`[\,1,\ 0,\ 1,\ 0\,] \odot [\,0.7,\ -1.2,\ 0.4,\ 2.0\,] = [\,0.7,\ 0,\ 0.4,\ 0\,]`,
  tryThis: {
    en: 'In the figure, pair each selector entry near 0 with an erased entry of the product, and each entry near 1 with a kept one.',
    zh: '在图中把选择器里接近 0 的分量与乘积中被抹去的分量对应起来，再把接近 1 的分量与被保留的分量对应起来。',
  },
};

const concatenation: LessonStepText = {
  title: { en: 'One input for all four layers', zh: '四个层共用一个输入' },
  paragraphs: [
    {
      en: 'To choose well, the gates need both the recent past and what is new. So the first thing the cell does is a {concatenation}: it lays the h from t − 1 and the x from t end to end as one longer vector, [h, x].',
      zh: '要做出好的选择，门既需要知道最近发生过什么，也需要知道新来了什么。所以单元做的第一件事就是{concatenation}：把 t − 1 时刻的 h 和 t 时刻的 x 首尾相连，组成一个更长的向量 [h, x]。',
    },
    {
      en: 'This one vector is the input of all three gates and of the {candidateMemory} as well. What makes the four layers behave differently is that each has its own weights and biases, and that the {candidateMemory} ends in tanh where the three gates end in a sigmoid.',
      zh: '这一个向量同时是三个门和{candidateMemory}的输入。四个层之所以表现不同，是因为它们各有各的权重和偏置，而且{candidateMemory}以 tanh 结尾，三个门则以 sigmoid 结尾。',
    },
  ],
  formula: String.raw`[h_{t-1}, x_t] \in \mathbb{R}^{H + I}`,
  tryThis: {
    en: 'Drag an hₜ₋₁ slider and watch the stage panel: only the first H entries of [h, x] change. An xₜ slider changes the last I.',
    zh: '拖动一个 hₜ₋₁ 滑块，观察阶段面板：[h, x] 只有前 H 个分量在变。拖动 xₜ 滑块，变的则是后 I 个分量。',
  },
};

const forgetGate: LessonStepText = {
  title: { en: 'Deleting: the {forgetGate}', zh: '删除：{forgetGate}' },
  paragraphs: [
    {
      en: 'The first memory operation is deletion. The {forgetGate} reads [h, x] and gives one selector value f for each unit of the {cellState}. Multiplying the old C by f keeps what is still useful and removes what no longer matters.',
      zh: '第一种记忆操作是删除。{forgetGate}读入 [h, x]，为{cellState}的每个神经元给出一个选择值 f。用 f 去乘旧的 C，仍然有用的信息被留下，不再重要的信息被去掉。',
    },
    {
      en: 'The gate writes no zeros into C; it only scales what is already there. How much of each unit survives is decided afresh at every step, from the current [h, x].',
      zh: '这个门并不会往 C 里写入 0，它只是按比例缩放已有的内容。每个神经元保留多少，每一步都会根据当前的 [h, x] 重新决定。',
    },
  ],
  formula: String.raw`f_t = \sigma(W_f\,[h_{t-1}, x_t] + b_f), \qquad f_t \odot C_{t-1}`,
  tryThis: {
    en: 'Set every Cₜ₋₁ slider to the same value: f ⊙ C in the diagram then mirrors f itself, large in units where f is near 1 and small where it is near 0.',
    zh: '把所有 Cₜ₋₁ 滑块调到同一个值：这时示意图中的 f ⊙ C 就直接反映了 f 本身，f 接近 1 的神经元数值大，接近 0 的神经元数值小。',
  },
};

const inputGate: LessonStepText = {
  title: { en: 'Inserting: the {inputGate}', zh: '写入：{inputGate}' },
  paragraphs: [
    {
      en: 'Putting new information into the memory takes two layers. The {candidateMemory} g, also written C̃, proposes new content, and its tanh keeps every value between −1 and 1. The {inputGate} i is a selector that decides which of those proposals are really written.',
      zh: '把新信息放进记忆需要两个层配合。{candidateMemory} g（也写作 C̃）提出新的内容，它的 tanh 把每个值限制在 −1 到 1 之间；{inputGate} i 则是一个选择器，决定这些提议中哪些真正被写入。',
    },
    {
      en: 'Both are computed from the same [h, x], and their product i ⊙ g is the only new material that reaches C at this step.',
      zh: '两者都由同一个 [h, x] 算出，它们的乘积 i ⊙ g 就是这一步进入 C 的全部新内容。',
    },
  ],
  formula: String.raw`i_t = \sigma(W_i\,[h_{t-1}, x_t] + b_i), \qquad g_t = \tanh(W_g\,[h_{t-1}, x_t] + b_g)`,
  tryThis: {
    en: 'Move the {candidateMemory} bias slider up and down: g swings in the diagram, but i ⊙ g follows it only in units where i is far from 0.',
    zh: '把{candidateMemory}的偏置滑块上下拖动：示意图中的 g 随之大幅摆动，但 i ⊙ g 只在 i 明显大于 0 的神经元里跟着变化。',
  },
};

const cellUpdate: LessonStepText = {
  title: { en: 'Keep plus write: the new {cellState}', zh: '保留加写入：新的{cellState}' },
  paragraphs: [
    {
      en: 'The update adds two results: what the {forgetGate} kept of the old memory and what the {inputGate} let through of the {candidateMemory}. Deleting and inserting happen together, in a single line.',
      zh: '更新就是把两个结果相加：{forgetGate}从旧记忆中保留下来的部分，加上{inputGate}从{candidateMemory}中放进来的部分。删除和写入在同一个式子里同时完成。',
    },
    {
      en: 'Since C is only scaled and added to, and never passed through a squashing layer, a value stored in it can travel along for many steps as long as f stays near 1.',
      zh: '由于 C 只会被缩放、被累加，从不经过任何压缩数值的层，所以只要 f 一直接近 1，存进去的值就能跟着走上许多步。',
    },
  ],
  formula: String.raw`C_t = f_t \odot C_{t-1} + i_t \odot g_t`,
  tryThis: {
    en: 'Choose the Keeps memory weight preset: f is now near 1 and i near 0, so compare the new C with Cₜ₋₁ in the diagram; they almost match.',
    zh: '选择“保持记忆”这组权重预设：此时 f 接近 1，i 接近 0。在示意图中比较新的 C 和 Cₜ₋₁，两者几乎一样。',
  },
};

const outputGate: LessonStepText = {
  title: { en: 'Using the memory: the {outputGate}', zh: '使用记忆：{outputGate}' },
  paragraphs: [
    {
      en: 'The third operation puts the memory to use. The {outputGate} o is a selector over tanh(C): unit by unit, it decides how much of the memory appears in the new {hiddenState} h, the cell’s output.',
      zh: '第三种操作是使用记忆。{outputGate} o 是作用在 tanh(C) 上的选择器：它逐个神经元决定，记忆中有多少会出现在新的{hiddenState} h 里，也就是单元的输出中。',
    },
    {
      en: 'This gate reads the memory but never changes it. C moves on to the next step in full, including the parts o hides for now, so they can still be used later.',
      zh: '这个门只读取记忆，从不修改它。C 会完整地传到下一步，包括此刻被 o 挡住的部分，所以这些内容以后仍然可以派上用场。',
    },
  ],
  formula: String.raw`o_t = \sigma(W_o\,[h_{t-1}, x_t] + b_o), \qquad h_t = o_t \odot \tanh(C_t)`,
  tryThis: {
    en: 'Drag the {outputGate} bias slider down, then back up: h follows it, while the new C in the diagram does not move at all.',
    zh: '把{outputGate}的偏置滑块先往下拖，再拖回来：h 随之变化，而示意图中新的 C 始终一动不动。',
  },
};

const whichGate: LessonStepText = {
  title: { en: 'Which slider erases the memory?', zh: '哪个滑块能擦除记忆？' },
  paragraphs: [
    {
      en: 'Each bias slider adds a {biasShift}, the same amount in every unit, to one gate’s bias. Pushed far enough, it outweighs whatever the weights make of [h, x]: the sigmoid ends up near 0 or near 1 in all units.',
      zh: '每个偏置滑块都会给某一个门的偏置加上一个{biasShift}，在所有神经元上都是同一个数。调得足够远时，它就压过了权重对 [h, x] 的作用：sigmoid 在所有神经元上都会落到接近 0 或接近 1 的位置。',
    },
    {
      en: 'A single slider can therefore switch one of the three memory operations on or off for the whole cell. Before you touch them, decide which one would make the cell throw away its old C.',
      zh: '因此，只用一个滑块就能让整个单元的某一种记忆操作全开或全关。动手之前，先想清楚：哪一个能让单元丢掉旧的 C？',
    },
  ],
  formula: String.raw`\lim_{\Delta b \to -\infty} \sigma(a + \Delta b) = 0, \qquad \lim_{\Delta b \to +\infty} \sigma(a + \Delta b) = 1`,
  tryThis: {
    en: 'Answer the question first. Then try your answer on the bias sliders and check it against f ⊙ C in the diagram.',
    zh: '先回答问题，再用偏置滑块验证你的答案，并对照示意图中的 f ⊙ C 检查结果。',
  },
};

const makeItForget: LessonStepText = {
  title: { en: 'Make the cell forget', zh: '让单元遗忘' },
  paragraphs: [
    {
      en: 'Now do it yourself. With all bias sliders at 0, the {forgetGate} still lets part of the old {cellState} through in each unit. Your goal is a gate that keeps almost nothing: every f below 0.1.',
      zh: '现在亲手试一试。所有偏置滑块都在 0 时，{forgetGate}在每个神经元上仍会放过一部分旧的{cellState}。你的目标是让这个门几乎什么都不保留：每个 f 都小于 0.1。',
    },
    {
      en: 'While you work, keep an eye on f ⊙ Cₜ₋₁ in the diagram: it is the part of the old memory that survives.',
      zh: '操作时留意示意图中的 f ⊙ Cₜ₋₁：这就是旧记忆中能留存下来的部分。',
    },
  ],
  tryThis: {
    en: 'Move only the {forgetGate} bias slider and leave the others at 0, so that what changes is the work of this one gate.',
    zh: '只拖动{forgetGate}的偏置滑块，其他滑块保持为 0，这样你看到的变化就只来自这一个门。',
  },
};

const holdMemory: LessonStepText = {
  title: { en: 'Holding a memory still', zh: '让记忆原地不动' },
  paragraphs: [
    {
      en: 'Forgetting is one extreme; holding is the other. This one-layer network starts from a random h0 and c0, as torch.randn would give, so C begins at a value C0 that is not zero.',
      zh: '遗忘是一个极端，保持则是另一个极端。这个单层网络从随机的 h0 和 c0 出发（就像 torch.randn 生成的那样），所以 C 的起点 C0 不是零。',
    },
    {
      en: 'Suppose the {forgetGate} is held wide open and the {inputGate} shut in every unit. Think about what the update rule then does to C, step after step.',
      zh: '假设在所有神经元上，{forgetGate}都保持全开，{inputGate}都保持关闭。想一想，这时更新公式会一步一步地把 C 变成什么样。',
    },
  ],
  formula: String.raw`C_t = f_t \odot C_{t-1} + i_t \odot g_t`,
  tryThis: {
    en: 'Answer first. Then set the {biasShift} of the {forgetGate} to +6 and of the {inputGate} to −6, press Play, and watch the C line.',
    zh: '先作答。然后把{forgetGate}的{biasShift}设为 +6，{inputGate}的设为 −6，点“播放”，观察 C 线的走势。',
  },
};

/** The words of the chapter "Gates as selectors", keyed by step id. */
export const selectorLessons = {
  sigmoid,
  elementWise,
  concatenation,
  forgetGate,
  inputGate,
  cellUpdate,
  outputGate,
  whichGate,
  makeItForget,
  holdMemory,
} as const satisfies Record<
  | 'sigmoid'
  | 'elementWise'
  | 'concatenation'
  | 'forgetGate'
  | 'inputGate'
  | 'cellUpdate'
  | 'outputGate'
  | 'whichGate'
  | 'makeItForget'
  | 'holdMemory',
  LessonStepText
>;
