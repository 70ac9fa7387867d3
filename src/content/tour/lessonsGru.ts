import type { LessonStepText } from './tourTypes';

// Tour steps of the GRU chapter. Glossary terms appear as `{termKey}` and are filled in by the
// tour; the equations are PyTorch's (z keeps the old state, reset after the hidden matmul).

const gruCell = {
  title: { en: 'A second gated cell: the GRU', zh: '另一种门控单元：GRU' },
  paragraphs: [
    {
      en: 'The GRU, short for {gru}, is another kind of {recurrentNetwork}. Like the LSTM it uses gates to choose what to keep and what to write, but it has only two of them, the {updateGate} and the {resetGate}.',
      zh: 'GRU 是{gru}的简称，同样属于{recurrentNetwork}。它也像 LSTM 一样用门来挑选哪些信息留下、哪些信息写入，只是门只有两个：{updateGate}和{resetGate}。',
    },
    {
      en: 'It also carries a single state. There is no separate {cellState}: the {hiddenState} h is at once the output of a step and the whole memory, read together with the new x and handed on to the next {timeStep}.',
      zh: '它也只携带一个状态。GRU 没有单独的{cellState}：{hiddenState} h 既是每一步的输出，又是全部的记忆；它和新的 x 一起被读入，再传给下一个{timeStep}。',
    },
  ],
  formula: String.raw`(h_t,\, C_t) = \operatorname{LSTM}(x_t,\, h_{t-1},\, C_{t-1}) \qquad h_t = \operatorname{GRU}(x_t,\, h_{t-1})`,
  tryThis: {
    en: 'In the diagram, find what goes in and what comes out: only x and the previous h enter, only the new h leaves. Drag a value of x and follow which numbers move.',
    zh: '在图中找一找进出单元的东西：进去的只有 x 和上一步的 h，出来的只有新的 h。拖动 x 的某个值，看看哪些数字跟着变。',
  },
} as const satisfies LessonStepText;

const gruGates = {
  title: { en: 'Two gates: the {resetGate} and the {updateGate}', zh: '两个门：{resetGate}与{updateGate}' },
  paragraphs: [
    {
      en: 'Both gates are sigmoid layers that read x and the previous h, so r and z are {selectorVector}s, one value between 0 and 1 per unit. The {resetGate} r acts only inside the {candidateHidden} n, choosing how much of the old h the new proposal may use.',
      zh: '两个门都是读入 x 和上一步 h 的 sigmoid 层，所以 r 和 z 都是{selectorVector}，每个神经元一个 0 到 1 之间的值。{resetGate} r 只在{candidateHidden} n 内部起作用，决定新的提议能用上多少旧的 h。',
    },
    {
      en: 'The {updateGate} z then blends the two: in PyTorch a share z of the old h is kept and 1 − z of n is taken, so a unit with z near 1 passes its value on almost untouched. Some textbooks swap z and 1 − z; the explorer’s switch for the formulas’ form shows both.',
      zh: '接着由{updateGate} z 把两者调和起来：在 PyTorch 里，旧 h 保留 z 这一份，n 取 1 − z 这一份，所以 z 接近 1 的神经元几乎原封不动地把自己的值传下去。有些教材把 z 和 1 − z 对调；探索器里切换公式写法的开关可以显示两种形式。',
    },
  ],
  formula: String.raw`\begin{gathered} n_t = \tanh\big(W_{in}\, x_t + b_{in} + r_t \odot (W_{hn}\, h_{t-1} + b_{hn})\big) \\ h_t = (1 - z_t) \odot n_t + z_t \odot h_{t-1} \end{gathered}`,
  tryThis: {
    en: 'Lower the {resetGate}’s bias, then step to the stage of the {candidateHidden}: n now leans on x alone. Raise the {updateGate}’s bias and step to the end: the new h stays near the old.',
    zh: '调低{resetGate}的偏置，再走到{candidateHidden}那一阶段：n 几乎只取决于 x。然后调高{updateGate}的偏置，走到最后：新的 h 和旧的相差无几。',
  },
} as const satisfies LessonStepText;

const vanishingGradient = {
  title: { en: 'Why gates help: the {vanishingGradient}', zh: '门为什么有用：{vanishingGradient}' },
  paragraphs: [
    {
      en: 'To train a {recurrentNetwork}, {backpropagation} sends the gradient, the values that update the weights, back through every {timeStep}, and each step back multiplies it by that step’s Jacobian ∂hₜ/∂hₜ₋₁. In a plain RNN, where these Jacobians have norms below 1 the gradient shrinks step after step until it is too small to move the weights: the network stops learning from early inputs and in effect forgets long sequences.',
      zh: '训练{recurrentNetwork}时，{backpropagation}要把梯度（用来更新权重的那些值）沿着每个{timeStep}往回传，每往回一步都要乘上这一步的雅可比矩阵 ∂hₜ/∂hₜ₋₁。在普通 RNN 里，只要这些雅可比矩阵的范数小于 1，梯度就会一步比一步小，直到小得推不动权重：网络再也学不到早先的输入，相当于把长序列“忘”了。',
    },
    {
      en: 'Gates give memory an additive path: the GRU keeps z ⊙ old h and adds what it writes, as the LSTM does for C with f. Where z is close to 1, the other paths through r, z and n carry almost nothing, so the Jacobian is close to diag(z) and its norm close to 1: the gradient survives, and information from far back can still be learned. Where z is far from 1 this no longer holds.',
      zh: '门给记忆开辟了一条相加的通路：GRU 保留 z ⊙ 旧的 h，再加上新写入的内容；LSTM 对 C 也是这样，只是换成了 f。在 z 接近 1 的地方，经过 r、z 和 n 的其他通路几乎不传递任何东西，雅可比矩阵近似于 diag(z)，范数接近 1：梯度得以保留，很久以前的信息也仍然能被学到。z 离 1 较远时，这个近似就不成立了。',
    },
    {
      en: 'Norms above 1 can cause the opposite problem, the {explodingGradient}: the gradient grows step after step until training becomes unstable. The usual remedy is {gradientClipping}: whenever the gradient’s norm exceeds a threshold, it is scaled back down to it.',
      zh: '范数大于 1 则可能带来相反的问题，即{explodingGradient}：梯度一步比一步大，直到训练变得不稳定。常用的对策是{gradientClipping}：一旦梯度的范数超过某个阈值，就把它按比例缩小到这个阈值。',
    },
  ],
  formula: String.raw`h_t = z_t \odot h_{t-1} + (1 - z_t) \odot n_t \quad\Longrightarrow\quad \frac{\partial h_t}{\partial h_{t-1}} \approx \operatorname{diag}(z_t) \quad (z_t \approx 1)`,
  tryThis: {
    en: 'In the figure, follow the gradient from right to left: along the plain RNN it fades within a few steps, while along the gated memory path it keeps its size.',
    zh: '在图中从右往左追踪梯度：沿着普通 RNN，它几步之内就消失了；沿着门控的记忆通路，它的大小几乎不变。',
  },
} as const satisfies LessonStepText;

const gruVsLstm = {
  title: { en: 'GRU or LSTM?', zh: '选 GRU 还是 LSTM？' },
  paragraphs: [
    {
      en: 'At the same input_size and hidden_size, PyTorch packs three weight blocks into each GRU matrix, r, z and n, against four in the LSTM’s, i, f, g and o. So the GRU has fewer parameters, uses less memory and often runs faster.',
      zh: '在 input_size 和 hidden_size 相同时，PyTorch 在 GRU 的每个权重矩阵里打包三块（r、z、n），LSTM 则是四块（i、f、g、o）。因此 GRU 参数更少、占用内存更少，运行起来也常常更快。',
    },
    {
      en: 'What the LSTM gets for its extra weights is three separate gates. Its f and i decide forgetting and writing independently, where the GRU ties the two together as z and 1 − z; and its o lets it keep a memory C apart from what it exposes as h, which is why it has a {cellState} at all. On data with long sequences the LSTM is often the more accurate of the two, but neither wins everywhere, so in practice it pays to try both.',
      zh: 'LSTM 用多出的权重换来了三个各自独立的门。f 和 i 分别决定遗忘多少、写入多少，而 GRU 把这两件事绑在一起，成了 z 和 1 − z；o 则让 LSTM 能把记忆 C 与对外给出的 h 分开，这正是它有单独的{cellState}的原因。在序列较长的数据上，LSTM 往往更准确，但两者谁也不能处处取胜，所以实践中不妨都试一试。',
    },
  ],
  tryThis: {
    en: 'In the parameter table, compare the rows of weight_ih_l0 in the two models, then read the time per step. Is the GRU faster here at every size?',
    zh: '在参数表中比较两个模型 weight_ih_l0 的行数，再看看每步耗时。在这里，GRU 是不是在任何规模下都更快？',
  },
} as const satisfies LessonStepText;

export const gruLessons = { gruCell, gruGates, vanishingGradient, gruVsLstm } as const satisfies Record<
  'gruCell' | 'gruGates' | 'vanishingGradient' | 'gruVsLstm',
  LessonStepText
>;
