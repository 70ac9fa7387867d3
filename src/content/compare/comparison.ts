import type { Bilingual } from '../bilingual';

// Text of the "LSTM vs GRU" view. Glossary terms appear as `{termKey}` (e.g. `{updateGate}`) and
// are filled from the glossary by the components; numbers that depend on the settings are
// `{placeholders}` filled from the store. Each claim points at the panel that shows it.

/** The view's frame and the controls shared by its panels. */
export const comparisonText = {
  heading: { en: 'LSTM vs GRU: one input, two cells', zh: 'LSTM 与 GRU：同一输入，两种单元' },
  intro: {
    en: 'On this page, an nn.LSTM and an nn.GRU of the same sizes, both with random weights initialised as PyTorch does, are compared three ways: what they cost in parameters, how long a step takes in this browser, and how long each remembers an input it saw once.',
    zh: '本页把规模相同的 nn.LSTM 和 nn.GRU 放在一起比较，两者都用 PyTorch 的方式随机初始化权重。比较分三个方面：参数有多少，在这个浏览器里每一步要花多长时间，以及一个只出现过一次的输入，各自能记住多久。',
  },
  models: { en: 'Both models', zh: '两个模型' },
  sizes: { en: 'Sizes (input_size → hidden_size)', zh: '规模（input_size → hidden_size）' },
  sizeTeaching: { en: '3 → 4, small enough to read', zh: '3 → 4，小到可以逐个看清' },
  sizeGruCourse: { en: '10 → 20, the course’s nn.GRU(10, 20)', zh: '10 → 20，即课程中的 nn.GRU(10, 20)' },
  sizeLstmCourse: { en: '50 → 100, the course’s nn.LSTM(50, 100)', zh: '50 → 100，即课程中的 nn.LSTM(50, 100)' },
} as const satisfies Record<string, Bilingual>;

/** Two gates versus three: what the GRU merges, and what it leaves out. */
export const gatesText = {
  heading: { en: 'Two gates versus three', zh: '两个门与三个门' },
  body: {
    en: 'An LSTM cell has three gates, the {forgetGate}, the {inputGate} and the {outputGate}, and carries two states: the {cellState} C and the {hiddenState} h. A GRU has two gates. Its {updateGate} z does the work of the {forgetGate} and the {inputGate} at once: per unit, z is how much of the old h is kept and 1 − z how much of the {candidateHidden} n is written in its place. Its {resetGate} r decides how much of the old h goes into n. A GRU has no separate C: h itself carries the memory.',
    zh: 'LSTM 单元有三个门：{forgetGate}、{inputGate}和{outputGate}；它携带两个状态：{cellState} C 和{hiddenState} h。GRU 只有两个门。它的{updateGate} z 一个门同时承担了{forgetGate}和{inputGate}的工作：对每个神经元来说，z 是保留旧 h 的比例，1 − z 则是在同一位置写入{candidateHidden} n 的比例。它的{resetGate} r 决定旧的 h 有多少能进入 n。GRU 没有单独的 C，记忆由 h 本身携带。',
  },
  convention: {
    en: 'These are PyTorch’s equations, in which z keeps the old h. Some texts, Olah’s well-known blog post among them, swap z and 1 − z: that only changes which of the gate’s two shares is called z, and the numbers stay the same. But these texts usually also apply r to h before the matrix product, W (r ⊙ h), as Cho et al. (2014) did, and that is a different cell: with the same weights it computes a different n, and so a different h. The switch “Which form of the formulas?” in the GRU cell explorer shows both differences.',
    zh: '这里写的是 PyTorch 的公式，其中 z 保留旧的 h。有些资料（包括 Olah 那篇著名的博客）把 z 和 1 − z 对调了：这只改变了门的两个比例中哪一个叫 z，数值并不改变。但这些资料通常还像 Cho 等人（2014）那样，先把 r 乘到 h 上再做矩阵乘法，即 W (r ⊙ h)，这就是另一种单元了：同一组权重会算出不同的 n，h 也随之不同。GRU 单元探索器里的“采用哪种公式写法？”开关同时展示了这两处差别。',
  },
} as const satisfies Record<string, Bilingual>;

/**
 * The gates' update rules, shared by both languages. Set so that they may wrap (Formula's `wrap`):
 * a narrow panel breaks them between their halves (`\allowbreak`), each a group that does not
 * break (the GRU's long n_t breaks once, after a +); a fraction keeps its display size
 * (`\displaystyle`).
 */
export const comparisonFormulas = {
  lstm: String.raw`{C_t = f_t \odot C_{t-1} + i_t \odot g_t}, \qquad\allowbreak {h_t = o_t \odot \tanh(C_t)}`,
  gru: String.raw`{n_t = \tanh(W_{in} x_t + b_{in}} + {r_t \odot (W_{hn} h_{t-1} + b_{hn}))}, \qquad\allowbreak {h_t = z_t \odot h_{t-1} + (1 - z_t) \odot n_t}`,
  plainRnn: String.raw`{h_t = \tanh(W_{hh} h_{t-1} + W_{ih} x_t + b)}, \qquad\allowbreak {\displaystyle \frac{\partial h_t}{\partial h_0} = \prod_{k=1}^{t} \frac{\partial h_k}{\partial h_{k-1}}}`,
  gatedPaths: String.raw`{\displaystyle \frac{\partial C_t}{\partial C_{t-1}} \approx \operatorname{diag}(f_t)}, \qquad\allowbreak {\displaystyle \frac{\partial h_t}{\partial h_{t-1}} \approx \operatorname{diag}(z_t) \;\; (z_t \approx 1)}`,
} as const;

/** The parameter panel. `{gru}`, `{lstm}`, `{count}`, `{sizes}` are filled in by the panel. */
export const parameterText = {
  heading: { en: 'Parameters: three weight blocks instead of four', zh: '参数：三块权重，而不是四块' },
  body: {
    en: 'PyTorch stacks the gates’ weights in the rows of each matrix. An LSTM packs four blocks, i, f, g, o, so weight_ih_l0 has 4H rows; a GRU packs three, r, z, n, so 3H rows. Each block has the same shape in both, which is why at the same sizes a GRU has exactly three quarters of an LSTM’s parameters and does three quarters of its multiply-adds per step.',
    zh: 'PyTorch 把各个门的权重按行堆叠在同一个矩阵里。LSTM 堆了四块：i、f、g、o，所以 weight_ih_l0 有 4H 行；GRU 堆了三块：r、z、n，所以是 3H 行。两者每一块的形状都相同，因此在相同规模下，GRU 的参数恰好是 LSTM 的四分之三，每一步的乘加运算也只有四分之三。',
  },
  chosenSizes: { en: 'At the sizes chosen above', zh: '上面所选的规模' },
  courseModels: { en: 'The course’s models', zh: '课程中的模型' },
  parameter: { en: 'Parameter', zh: '参数' },
  shape: { en: 'Shape', zh: '形状' },
  gates: { en: 'Blocks in its rows', zh: '按行堆叠的块' },
  count: { en: 'Numbers', zh: '数值个数' },
  total: { en: 'Total: {count} parameters', zh: '合计：{count} 个参数' },
  formula: { en: 'Counted by formula', zh: '用公式计算' },
  threeQuarters: {
    en: 'At {sizes}, the GRU has {gru} parameters and the LSTM {lstm}: exactly three quarters, one block in four fewer.',
    zh: '在 {sizes} 的规模下，GRU 有 {gru} 个参数，LSTM 有 {lstm} 个：恰好是四分之三，四块中少了一块。',
  },
  secondLayer: {
    en: 'From the second layer on, a layer reads the h of the layer below, so its weight_ih has H columns instead of I.',
    zh: '从第二层起，每一层读入的是下面一层的 h，所以它的 weight_ih 有 H 列，而不是 I 列。',
  },
  pytorchCheck: {
    en: 'PyTorch reports the same totals for this line:',
    zh: '在 PyTorch 中运行下面这行代码，得到的总数与此相同：',
  },
} as const satisfies Record<string, Bilingual>;

/** `sum(p.numel() …)`: code reads the same in both languages. */
export const PARAMETER_COUNT_CODE = 'sum(p.numel() for p in model.parameters())';

/** The speed panel. `{percent}`, `{ms}`, `{ratio}`, `{runs}`, `{steps}`, `{sizes}` are filled in by the panel. */
export const speedText = {
  heading: { en: 'Time per step, measured in this browser', zh: '每步耗时：在这个浏览器里实测' },
  body: {
    en: 'Per step, an LSTM multiplies by four weight blocks and a GRU by three. Where those matrix products take most of the time, at large sizes and large batches, the GRU is therefore often the faster of the two. At small sizes a step is a dozen or so tiny operations whose fixed cost outweighs the arithmetic, and the GRU’s step has a couple more of them, because its reset gate scales the hidden side apart from the input side; so in this browser it may well come out slower. That is why it is measured here rather than assumed.',
    zh: '每一步，LSTM 要乘四块权重，GRU 只乘三块。当矩阵乘法占了大部分时间时（规模大、批量大的情况），GRU 因此往往是两者中更快的那个。规模小时，每一步只是十来个很小的运算，它们的固定开销比算术本身还大；而 GRU 的一步要多出几个这样的运算，因为它的重置门要把隐藏侧和输入侧分开处理。所以在这个浏览器里，GRU 很可能反而更慢。正因如此，这里实际测量，而不是凭空假设。',
  },
  measure: { en: 'Measure speed', zh: '测量速度' },
  measureAgain: { en: 'Measure again', zh: '重新测量' },
  measuring: { en: 'Measuring… {percent}%', zh: '正在测量……{percent}%' },
  idle: {
    en: 'Press the button: both models run the same sequence in turns, and the page stays usable meanwhile.',
    zh: '按下按钮：两个模型轮流运行同一个序列，测量期间页面仍可正常使用。',
  },
  perStep: { en: '{ms} ms per step', zh: '每步 {ms} 毫秒' },
  times: { en: 'Median time per step', zh: '每步耗时的中位数' },
  ratio: {
    en: 'The GRU took {ratio} times the LSTM’s time per step.',
    zh: 'GRU 每步的耗时是 LSTM 的 {ratio} 倍。',
  },
  honestNote: {
    en: 'Each time is the median of {runs} runs of a {steps}-step sequence at {sizes}, divided by {steps}. It is this browser on this machine, with every gate read back for display as this app runs it; another machine, a larger batch or PyTorch on a GPU gives other numbers, and a second run here will differ a little.',
    zh: '每个时间都是在 {sizes} 的规模下，把一个 {steps} 步的序列运行 {runs} 次，取耗时的中位数再除以 {steps}。这是这个浏览器在这台机器上的结果，并且和本应用平时一样，每个门的数值都会被读回来用于显示；换一台机器、换更大的批量，或者在 GPU 上用 PyTorch，数字都会不同，在这里再测一次也会略有差别。',
  },
} as const satisfies Record<string, Bilingual>;

/** The memory plot. `{t}`, `{cell}`, `{lstmHidden}`, `{gruHidden}` are filled in by the panel. */
export const memoryText = {
  heading: { en: 'Memory over a long sequence', zh: '长序列上的记忆' },
  body: {
    en: 'At t = 0 both models see the same pulse x; after it, only zeros. The plot follows the pulse’s footprint in each state: how far the state is from that of a run which never saw the pulse, as a fraction of that distance at t = 0. 1 means nothing is forgotten yet; 0 means no trace is left.',
    zh: '在 t = 0 时，两个模型看到同一个脉冲输入 x，之后输入全是 0。图中追踪脉冲在每个状态里留下的印记：此刻的状态与“从未见过这个脉冲”的那次运行相差多远，再除以 t = 0 时的差距。1 表示还什么都没忘，0 表示已经不留痕迹。',
  },
  plotTitle: { en: 'How much of the pulse survives, step by step', zh: '脉冲的印记逐步留存了多少' },
  timeAxis: { en: 'time step t', zh: '时间步 t' },
  footprintAxis: { en: 'footprint left (1 = as at t = 0)', zh: '剩余印记（1 = 与 t = 0 时相同）' },
  lstmCell: { en: 'LSTM {cellState} C', zh: 'LSTM 的{cellState} C' },
  lstmHidden: { en: 'LSTM {hiddenState} h', zh: 'LSTM 的{hiddenState} h' },
  gruHidden: { en: 'GRU {hiddenState} h', zh: 'GRU 的{hiddenState} h' },
  legend: { en: 'Lines', zh: '图例' },
  summary: {
    en: 'At t = {t}, the LSTM’s C keeps {cell} of the footprint, its h {lstmHidden}, and the GRU’s h {gruHidden}.',
    zh: '在 t = {t} 时，LSTM 的 C 还保留 {cell} 的印记，它的 h 保留 {lstmHidden}，GRU 的 h 保留 {gruHidden}。',
  },
  controls: { en: 'What the models remember', zh: '影响记忆的设置' },
  forgetShift: { en: 'LSTM {forgetGate} {biasShift}', zh: 'LSTM {forgetGate}的{biasShift}' },
  keepMemory: { en: 'Both keep memory (biases +4)', zh: '都保持记忆（偏置 +4）' },
  resetBiases: { en: 'Biases back to 0', zh: '偏置归零' },
  updateShift: { en: 'GRU {updateGate} {biasShift}', zh: 'GRU {updateGate}的{biasShift}' },
  steps: { en: 'Steps after the pulse', zh: '脉冲之后的步数' },
  pulse: { en: 'Pulse size (every entry of x at t = 0)', zh: '脉冲大小（t = 0 时 x 的每个分量）' },
  tryForget: {
    en: 'Drag the {forgetGate} bias up: f approaches 1, C at each step is nearly C at the step before, and the C curve stays high for the whole sequence; it may even rise above 1 for a while, as the pulse’s trace in h keeps changing what is written. Drag it down and the pulse is gone within a few steps.',
    zh: '把{forgetGate}的偏置往上拖：f 趋近 1，每一步的 C 几乎等于上一步的 C，C 的曲线在整个序列中都保持在高位；由于脉冲在 h 中的痕迹还在改变写入的内容，它甚至可能暂时超过 1。往下拖，脉冲几步之内就消失了。',
  },
  tryUpdate: {
    en: 'Drag the {updateGate} bias up: z approaches 1 and the GRU’s h holds the pulse as long. But z near 1 also means 1 − z near 0, so the GRU then writes almost nothing new. The LSTM can keep C with f near 1 and still write through its {inputGate}, because those are two separate gates.',
    zh: '把{updateGate}的偏置往上拖：z 趋近 1，GRU 的 h 同样能把脉冲保持很久。但 z 接近 1 也意味着 1 − z 接近 0，此时 GRU 几乎写不进任何新内容。LSTM 则可以让 f 接近 1 来保留 C，同时仍通过{inputGate}写入新内容，因为这是两个独立的门。',
  },
  table: { en: 'The plotted values as a table', zh: '用表格列出图中的数值' },
  tableCaption: { en: 'Footprint left at each time step', zh: '每个时间步剩余的印记' },
  time: { en: 'Step t', zh: '时间步 t' },
} as const satisfies Record<string, Bilingual>;

/** When the LSTM does better, and the problem both cells were built against. */
export const longSequenceText = {
  heading: { en: 'When the LSTM does better', zh: 'LSTM 什么时候更好' },
  body: {
    en: 'On long sequences the LSTM is often the more accurate of the two. Its separate {cellState} is changed only by scaling and adding, never squashed by an activation, and the {outputGate} decides how much of it shows in h. So the LSTM can hold something for many steps while its outputs go on with other work, and keep writing new things at the same time. In the plot, a high {forgetGate} bias keeps the C curve high long after the pulse.',
    zh: '在长序列上，LSTM 往往是两者中更准确的那个。它单独的{cellState}只会被按比例缩放和累加，从不被激活函数压缩；{outputGate}再决定其中多少出现在 h 里。因此 LSTM 可以把某样东西保存很多步，同时输出照常处理别的事，还能继续写入新内容。在图中，较高的{forgetGate}偏置能让 C 的曲线在脉冲过去很久之后仍保持在高位。',
  },
  vanishingHeading: {
    en: 'The problem both address: the {vanishingGradient}',
    zh: '两者共同应对的问题：{vanishingGradient}',
  },
  vanishingBody: {
    en: 'In a plain RNN, training sends the gradient backwards through time, and each step back multiplies it by that step’s Jacobian ∂hₜ/∂hₜ₋₁. When the norms of those Jacobians stay below 1, the gradient shrinks exponentially with the distance, so inputs many steps back can no longer influence learning: in effect the network forgets long sequences. This is the {vanishingGradient} problem. When the norms stay above 1, the gradient can grow exponentially instead, the {explodingGradient}; training usually tames it with {gradientClipping}, scaling the gradient down whenever its norm passes a threshold.',
    zh: '在普通 RNN 中，训练时梯度沿时间反向传播，每往回走一步，都要乘上这一步的雅可比矩阵 ∂hₜ/∂hₜ₋₁。当这些雅可比矩阵的范数一直小于 1 时，梯度随距离呈指数级缩小，很多步之前的输入就再也影响不了学习：实际上网络“忘掉”了长序列。这就是{vanishingGradient}问题。反过来，范数一直大于 1 时，梯度可能呈指数级增长，这就是{explodingGradient}；训练时通常用{gradientClipping}来应对：一旦梯度的范数超过某个阈值，就把梯度按比例缩小。',
  },
  gatedBody: {
    en: 'Both gated cells give the memory an additive path: C is f ⊙ old C plus what is written, and the GRU’s h is z ⊙ old h plus what is written. Along C’s own path the Jacobian from one step to the one before is diag(f); the gates, which read h, add further terms through it. For the GRU, ∂hₜ/∂hₜ₋₁ is close to diag(z) only where z ≈ 1: there a unit copies its old h, while elsewhere n, which also reads the old h, adds terms of its own. The network can learn to hold f or z near 1, which keeps the Jacobians’ norms near 1, so the gradient can travel far. The plot shows the same thing from the forward side: the footprint at t is roughly what t such steps leave of a change at t = 0. Where it drops to 0 within a few steps, a gradient sent back over them would vanish too; where a gate bias holds it near 1, it survives.',
    zh: '两种门控单元都给记忆留了一条相加的通路：C 等于 f ⊙ 旧的 C 再加上写入的内容，GRU 的 h 等于 z ⊙ 旧的 h 再加上写入的内容。沿着 C 自己的这条通路，相邻两步之间的雅可比矩阵就是 diag(f)；各个门读入 h，还会经由 h 带来另外的项。对 GRU 来说，只有在 z ≈ 1 的地方，∂hₜ/∂hₜ₋₁ 才接近 diag(z)：那里的神经元原样复制旧的 h；在别处，同样读入旧 h 的 n 还会贡献它自己的项。网络可以学会让 f 或 z 保持在 1 附近，这样雅可比矩阵的范数也保持在 1 附近，梯度就能传得很远。图中从前向展示的是同一件事：t 时刻的印记，大致就是这样的 t 步作用于 t = 0 时那个变化之后剩下的部分。印记在几步之内就降到 0 的地方，沿这几步反向传回的梯度也会消失；门的偏置让它保持在 1 附近的地方，梯度也能保留下来。',
  },
} as const satisfies Record<string, Bilingual>;
