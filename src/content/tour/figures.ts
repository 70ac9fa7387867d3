import type { Bilingual } from '../bilingual';
import { glossary } from '../glossary';

/** The tour's figures: our own drawings in public/images, with every word laid over them from here. */
export const FIGURE_IDS = ['fourLayers', 'unrolled', 'sigmoid', 'selector', 'vanishing'] as const;

/** One of the tour's figures. */
export type FigureId = (typeof FIGURE_IDS)[number];

/**
 * The words of one figure. The image itself carries no text, so every language is laid over the
 * same drawing.
 */
export interface FigureText {
  /** The drawing described in full, for readers who cannot see it (the image's `alt`). */
  alt: Bilingual;
  /** One or two sentences under the figure: what to notice. */
  caption: Bilingual;
  /**
   * The word labels placed on the drawing, by key. Symbols (x_t, σ, ⊙, numbers) are the same in
   * both languages and live in the figure's layout instead.
   */
  labels: Readonly<Record<string, Bilingual>>;
}

const {
  candidateMemory,
  cellState,
  concatenation,
  elementWiseProduct,
  forgetGate,
  fullyConnectedLayer,
  hiddenState,
  inputGate,
  outputGate,
  selectorVector,
  timeStep,
  vanishingGradient,
} = glossary;

const texts = {
  fourLayers: {
    alt: {
      en: `An LSTM cell drawn as four layers, each a ${fullyConnectedLayer.en}. On the left is a column of six input units in two groups: the upper three hold the previous ${hiddenState.en} h, the lower three the current input x; stacked together they are the ${concatenation.en} [h, x]. A line runs from every input unit to every unit of the four layers on the right, three units per layer, each layer in its own colour: the ${forgetGate.en}, the ${inputGate.en}, the ${candidateMemory.en} and the ${outputGate.en}. Each layer feeds its own activation, sigmoid, sigmoid, tanh and sigmoid, and each activation gives a vector of three values: f, i, g and o.`,
      zh: `把 LSTM 单元画成四层，每层都是一个${fullyConnectedLayer.zh}。左侧是一列六个输入神经元，分成两组：上面三个是上一步的${hiddenState.zh} h，下面三个是当前输入 x；两组合在一起就是${concatenation.zh}得到的 [h, x]。每个输入神经元都有一条线连到右侧四层中的每一个神经元。每层三个神经元，每层各用自己的颜色：${forgetGate.zh}、${inputGate.zh}、${candidateMemory.zh}和${outputGate.zh}。每层后面接着自己的激活函数，依次是 sigmoid、sigmoid、tanh、sigmoid，各输出一个含三个值的向量：f、i、g、o。`,
    },
    caption: {
      en: `Each of the four is an ordinary ${fullyConnectedLayer.en} that reads the same [h, x] through its own weights and biases. Their activations are not all the same either: sigmoid squeezes the three gates into (0, 1), tanh lets the ${candidateMemory.en} range over (−1, 1).`,
      zh: `这四个层都只是普通的${fullyConnectedLayer.zh}，各用自己的权重和偏置读入同一个 [h, x]。它们的激活函数也不尽相同：sigmoid 把三个门压到 (0, 1) 之间，tanh 让${candidateMemory.zh}落在 (−1, 1) 之间。`,
    },
    labels: {
      inputNeurons: { en: 'input units', zh: '输入神经元' },
      layers: { en: `four ${fullyConnectedLayer.en}s`, zh: `四个${fullyConnectedLayer.zh}` },
      activation: { en: 'activation', zh: '激活函数' },
      forgetGate,
      inputGate,
      candidateMemory,
      outputGate,
    },
  },
  unrolled: {
    alt: {
      en: `The same LSTM cell drawn three times side by side, for the ${timeStep.en}s t−1, t and t+1; the middle one is highlighted. Inside each cell are the same four gates. The ${cellState.en} C is a line along the top that runs straight through every cell into the next, touched only by one multiplication and one addition. The ${hiddenState.en} h runs along the bottom from each cell into the next. The input x enters each cell from below, and each cell's new h also leaves it upwards as that step's output.`,
      zh: `同一个 LSTM 单元并排画了三次，分别对应${timeStep.zh} t−1、t 和 t+1，中间的那个被突出显示。每个单元里都是同样的四个门。${cellState.zh} C 是顶部的一条线，笔直穿过每个单元进入下一个，途中只经过一次乘法和一次加法。${hiddenState.zh} h 沿底部从每个单元传进下一个单元。输入 x 从下方进入每个单元，每个单元新算出的 h 还向上离开单元，作为这一步的输出。`,
    },
    caption: {
      en: `Unrolling does not copy the cell: one cell with one set of weights runs at every ${timeStep.en}. From step to step, only what flows in changes: the new x, and the C and h carried over from the step before.`,
      zh: `展开并不是复制出新的单元：同一个单元、同一组权重在每个${timeStep.zh}上反复运行。每一步之间变化的只是流入的内容：新的 x，以及从上一步带过来的 C 和 h。`,
    },
    labels: { cellState, hiddenState },
  },
  sigmoid: {
    alt: {
      en: 'A plot of the sigmoid function σ(z) = 1 / (1 + e^(−z)) for z from −6 to 6, with dashed guide lines at the outputs 0, 0.5 and 1. The curve is an S: flat and close to 0 on the left, rising steeply through 0.5 at z = 0, then flat again and close to 1 on the right. Two shaded bands, just above 0 and just below 1, mark the flat ends: once z is 4 or more away from 0, the output is within 0.02 of 0 or 1.',
      zh: 'sigmoid 函数 σ(z) = 1 / (1 + e^(−z)) 在 z 从 −6 到 6 之间的图像，虚线标出输出 0、0.5 和 1。曲线呈 S 形：左边平坦、贴近 0，在 z = 0 处陡峭地穿过 0.5，右边又变得平坦、贴近 1。两条阴影带分别紧贴 0 的上方和 1 的下方，标出曲线两端的平坦部分：z 离 0 达到 4 或更远时，输出与 0 或 1 的差距已不到 0.02。',
    },
    caption: {
      en: 'Sigmoid squeezes any number into (0, 1) and flattens out at both ends, so a gate can act as a switch: near 0 it blocks, near 1 it lets the value through. It reaches the ends only with a large input, after training or with a large bias; at PyTorch’s initialisation gates sit near 0.5.',
      zh: 'sigmoid 把任何数都压进 (0, 1)，并且在两端变得平坦，所以门可以像开关一样工作：接近 0 时挡住，接近 1 时放行。只有输入很大时（训练之后，或者偏置很大时）它才会到达两端；按 PyTorch 的初始化，门的值在 0.5 附近。',
    },
    labels: {
      nearOne: { en: 'close to 1: lets through', zh: '接近 1：放行' },
      nearZero: { en: 'close to 0: blocks', zh: '接近 0：挡住' },
      steepMiddle: { en: 'steep only in the middle', zh: '只有中间一段是陡的' },
    },
  },
  selector: {
    alt: {
      en: `Three rows of five boxes show an ${elementWiseProduct.en}. The top row is a vector v, each box coloured by its value: orange for positive, purple for negative. The middle row is a ${selectorVector.en} s drawn as gauges: boxes 1, 3 and 5 are almost full (values near 1), boxes 2 and 4 almost empty (values near 0). The bottom row is s ⊙ v, each box the product of the two above it: where s is near 1 the box keeps the colour of v, where s is near 0 the box is blank, its value erased. The kept columns are shaded.`,
      zh: `三行、每行五格，展示${elementWiseProduct.zh}。第一行是向量 v，每格按数值着色：正数为橙色，负数为紫色。第二行是${selectorVector.zh} s，画成刻度条：第 1、3、5 格几乎是满的（值接近 1），第 2、4 格几乎是空的（值接近 0）。第三行是 s ⊙ v，每格是它上方两格的乘积：s 接近 1 的位置保留 v 的颜色，s 接近 0 的位置变成空白，数值被擦除。保留下来的列带有底色。`,
    },
    caption: {
      en: 'Multiplying element by element with a vector of near-0s and near-1s is a selection: each position is kept or erased on its own, whatever its neighbours do. Every gate in the cell works this way; values in between let part of a value through.',
      zh: '与一个由接近 0 和接近 1 的值组成的向量逐个元素相乘，就是在做选择：每个位置各自被保留或擦除，与相邻位置无关。单元里的每个门都这样工作；介于两者之间的值则让数值部分通过。',
    },
    labels: {
      vector: { en: 'vector', zh: '向量' },
      selectorVector,
      product: elementWiseProduct,
      kept: { en: 'kept', zh: '保留' },
      erased: { en: 'erased', zh: '被擦除' },
    },
  },
  vanishing: {
    alt: {
      en: `Two rows compare how a gradient travels backwards through time. Top: a plain RNN, a chain of six steps linked by arrows from left to right. Under the chain a gradient arrow runs from right to left, from the last step back to the first, and at every step it gets thinner and fainter until it has almost vanished. Bottom: a gated memory path, the ${cellState.en} line running through six cells, where each step only multiplies it by a ${forgetGate.en} value close to 1. The gradient arrow under it stays just as thick all the way back to the first step.`,
      zh: `上下两行比较梯度如何沿时间反向传播。上面是普通 RNN：六个时间步连成一条链，箭头从左指向右。链的下方有一个梯度箭头从右往左，从最后一步传回第一步，每经过一步就变细、变淡，最后几乎消失。下面是门控记忆通路：${cellState.zh}线穿过六个单元，每一步只把它乘以一个接近 1 的${forgetGate.zh}值。它下方的梯度箭头一路传回第一步，粗细始终不变。`,
    },
    caption: {
      en: `In a plain RNN the gradient is multiplied at every step by that step’s Jacobian; where their norms are below 1, after a few steps almost nothing reaches the early inputs: the ${vanishingGradient.en}. Along the ${cellState.en}, a ${forgetGate.en} near 1 passes the gradient back almost unchanged.`,
      zh: `在普通 RNN 中，梯度每经过一步都要乘上这一步的雅可比矩阵；这些矩阵的范数小于 1 时，几步之后梯度就几乎传不到早先的输入：这就是${vanishingGradient.zh}。沿着${cellState.zh}，接近 1 的${forgetGate.zh}几乎原样把梯度传回去。`,
    },
    labels: {
      plainRnn: { en: 'plain RNN', zh: '普通 RNN' },
      gatedPath: { en: 'gated memory path', zh: '门控记忆通路' },
      gradient: { en: 'gradient', zh: '梯度' },
      shrinks: { en: 'shrinks at every step', zh: '每一步都在缩小' },
      keepsSize: { en: 'keeps its size', zh: '大小保持不变' },
    },
  },
} satisfies Record<FigureId, FigureText>;

/**
 * A word label of figure `Id`: a key of its `labels`, so a layout cannot name one that is not
 * written. Distributes over a union of ids: any figure's keys, not only the keys all share.
 */
export type FigureLabelKey<Id extends FigureId> = Id extends FigureId
  ? keyof (typeof texts)[Id]['labels'] & string
  : never;

/** Every figure's alt text, caption and word labels, in both languages. */
export const figureText: Readonly<Record<FigureId, FigureText>> = texts;
