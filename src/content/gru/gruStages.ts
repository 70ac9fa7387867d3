import type { StageText } from '../stageText';

// The words and the rule of each stage of the GRU walkthrough, in the same shape as the LSTM's so
// the stage panel can show either. Text names glossary terms as `{termKey}`; prose writes vectors
// without subscripts (h, x, r, z, n); the formulas, in PyTorch's form, carry the time indices.
// Keyed by the walkthrough's stage ids (src/store/gru/gruStages.ts, which content may not import):
// the panel reads this record with a `GruStage`, so a stage without text does not compile. The
// walkthrough's generic labels (rule, numbers, try this, rounding) are `walkthroughText`'s.
export const gruStageText = {
  inputs: {
    title: {
      en: 'x and h, each through its own packed weights',
      zh: 'x 与 h 各自乘上打包的权重',
    },
    body: {
      en: 'Every step starts from x, the new input, and h, the {hiddenState} from the previous step. PyTorch multiplies them apart, x by weight_ih (3H × I) plus b_ih and h by weight_hh (3H × H) plus b_hh, and each product serves all three layers at once, its rows packed in the order r, z, n. For r and z the two products are simply added, as if over the LSTM’s joined [h, x], but for n they cannot be merged into one layer: the {resetGate} multiplies W_hn h + b_hn before that sum meets the {inputSide}.',
      zh: '每一步都从两个向量出发：x 是这一步的新输入，h 是上一步的{hiddenState}。PyTorch 把两者分开相乘：x 乘以 weight_ih（3H × I）再加 b_ih，h 乘以 weight_hh（3H × H）再加 b_hh，每次乘法都一次算出三个层的结果，各行按 r、z、n 的顺序打包。对 r 和 z 来说，两边的结果直接相加，相当于 LSTM 中作用在拼接向量 [h, x] 上的一个层；n 却不能这样合并，因为{resetGate}要先乘到 W_hn h + b_hn 上，之后才与{inputSide}相加。',
    },
    tryThis: {
      en: 'Change one value of x and step through the stages: r, z and n all move, because the one product of weight_ih and x feeds all three. The {hiddenSide} W_hn h + b_hn, shown at the candidate stage, stays exactly as it was: it reads h alone.',
      zh: '改动 x 中的一个值，再逐个阶段往后看：r、z、n 全都跟着变，因为 weight_ih 与 x 的这一次乘积同时供给三者。而在候选阶段显示的{hiddenSide} W_hn h + b_hn 纹丝不动：它只读入 h。',
    },
    formula: String.raw`\begin{gathered} W_{ih}\, x_t + b_{ih} = \begin{bmatrix} W_{ir}\, x_t + b_{ir} \\ W_{iz}\, x_t + b_{iz} \\ W_{in}\, x_t + b_{in} \end{bmatrix} \\[0.4em] W_{hh}\, h_{t-1} + b_{hh} = \begin{bmatrix} W_{hr}\, h_{t-1} + b_{hr} \\ W_{hz}\, h_{t-1} + b_{hz} \\ W_{hn}\, h_{t-1} + b_{hn} \end{bmatrix} \end{gathered}`,
  },
  reset: {
    title: {
      en: 'The {resetGate} decides how much of the past to read',
      zh: '{resetGate}决定读入多少过去的信息',
    },
    body: {
      en: 'The {resetGate} adds its {inputSide} and its {hiddenSide} and passes the sum through a sigmoid, so r is a {selectorVector}: one value between 0 and 1 for each unit. On its own it changes nothing yet. r is used only inside the {candidateHidden} n, where it decides, unit by unit, how much of the previous h goes into n.',
      zh: '{resetGate}把属于自己的{inputSide}和{hiddenSide}相加，再经过 sigmoid，所以 r 是一个{selectorVector}：每个神经元一个 0 到 1 之间的值。单看这一步，它还没有改动任何东西。r 只在{candidateHidden} n 里用到，在那里逐个神经元决定上一步的 h 有多少能进入 n。',
    },
    tryThis: {
      en: 'Lower the {resetGate}’s bias: r falls towards 0 in every unit, and nothing else at this stage moves. Step on to the {candidateHidden} to see what r controls.',
      zh: '调低{resetGate}的偏置：每个神经元的 r 都趋向 0，这一阶段的其他数值都不变。继续走到{candidateHidden}阶段，看看 r 控制的到底是什么。',
    },
    formula: String.raw`r_t = \sigma(W_{ir}\, x_t + b_{ir} + W_{hr}\, h_{t-1} + b_{hr})`,
  },
  update: {
    title: {
      en: 'The {updateGate} decides how much of the old state to keep',
      zh: '{updateGate}决定保留多少旧状态',
    },
    body: {
      en: 'The {updateGate} is built the same way from its own rows, so z is another {selectorVector}. In PyTorch z is the share of the old {hiddenState} that is kept: where z is near 1 the unit keeps its h almost unchanged, and where z is near 0 it takes the {candidateHidden} instead. Keeping a share z leaves exactly 1 − z for the new value, so this one gate does the work of the LSTM’s {forgetGate} and {inputGate} together.',
      zh: '{updateGate}用自己那几行权重按同样的方式算出，所以 z 也是一个{selectorVector}。在 PyTorch 中，z 是旧{hiddenState}被保留的比例：z 接近 1 的神经元几乎原样保留自己的 h，z 接近 0 的神经元则换成{candidateHidden}。保留了 z 这一份，留给新值的恰好就是 1 − z，所以这一个门就同时承担了 LSTM 中{forgetGate}和{inputGate}的工作。',
    },
    tryThis: {
      en: 'Raise the {updateGate}’s bias: z moves towards 1 in every unit. Step on to the last stage and the new h is close to the previous h, whatever the {candidateHidden} proposes.',
      zh: '调高{updateGate}的偏置：每个神经元的 z 都趋向 1。走到最后一个阶段，无论{candidateHidden}提出什么，新的 h 都和上一步的 h 相差无几。',
    },
    formula: String.raw`z_t = \sigma(W_{iz}\, x_t + b_{iz} + W_{hz}\, h_{t-1} + b_{hz})`,
  },
  candidate: {
    title: {
      en: 'The {candidateHidden}, reset after the matmul',
      zh: '{candidateHidden}：先做矩阵乘法，再重置',
    },
    body: {
      en: 'PyTorch calls the {candidateHidden} n, the third block in its packed order r, z, n, and it ends in tanh, so each unit proposes a value between −1 and 1. The {resetGate} scales the {hiddenSide} after its matmul and bias, r ⊙ (W_hn h + b_hn), and only then is the {inputSide} W_in x + b_in added. Where r is near 0 the past is shut out and n is read from x alone; where r is near 1 the candidate reads both.',
      zh: 'PyTorch 把{candidateHidden}叫作 n，它是按 r、z、n 打包的权重中的第三块；它最后经过 tanh，所以每个神经元提出一个 −1 到 1 之间的值。{resetGate}作用在{hiddenSide}的矩阵乘法和偏置之后，也就是 r ⊙ (W_hn h + b_hn)，然后才加上{inputSide} W_in x + b_in。r 接近 0 的神经元把过去完全挡在门外，n 只由 x 决定；r 接近 1 的神经元则两者都读。',
    },
    tryThis: {
      en: 'Lower the {resetGate}’s bias until r is near 0 in every unit: r ⊙ (W_hn h + b_hn) shrinks towards 0, and n comes close to tanh(W_in x + b_in), computed from x alone.',
      zh: '调低{resetGate}的偏置，直到每个神经元的 r 都接近 0：r ⊙ (W_hn h + b_hn) 缩小到接近 0，n 也就接近 tanh(W_in x + b_in)，完全由 x 算出。',
    },
    formula: String.raw`n_t = \tanh\big(W_{in}\, x_t + b_{in} + r_t \odot (W_{hn}\, h_{t-1} + b_{hn})\big)`,
  },
  hidden: {
    title: {
      en: 'The new {hiddenState}',
      zh: '新的{hiddenState}',
    },
    body: {
      en: 'The new {hiddenState} mixes old and new unit by unit: z ⊙ h keeps a share z of the previous state and (1 − z) ⊙ n fills the rest from the {candidateHidden}, so where z is near 1 the unit carries its old value forward almost unchanged. One {updateGate} does the work of the LSTM’s {forgetGate} and {inputGate}, and there is no separate {cellState}: this h is what nn.GRUCell returns, what nn.GRU collects into out, and the memory handed to the next step. Many texts swap z and 1 − z in this rule; the numbers are the same, only the gate’s name means the opposite.',
      zh: '新的{hiddenState}逐个神经元把旧值和新值混合起来：z ⊙ h 按比例 z 保留上一步的状态，(1 − z) ⊙ n 用{candidateHidden}补上其余部分，所以 z 接近 1 的神经元几乎是把旧值原样带到下一步。一个{updateGate}就承担了 LSTM 中{forgetGate}和{inputGate}的工作，GRU 也没有单独的{cellState}：这个 h 就是 nn.GRUCell 的返回值，也是 nn.GRU 收集到 out 里的内容，同时还是交给下一步的记忆。很多教材在这条公式里把 z 和 1 − z 对调；数值完全相同，只是这个门名字的含义正好相反。',
    },
    tryThis: {
      en: 'Load the preset that keeps memory ({updateGate} bias +4): z is close to 1, so the new h is nearly a copy of the previous h. Drag a value of x and watch h barely move.',
      zh: '载入保持记忆的预设（{updateGate}偏置 +4）：z 接近 1，新的 h 几乎就是上一步 h 的副本。拖动 x 的某个值，会看到 h 几乎不动。',
    },
    formula: String.raw`h_t = (1 - z_t) \odot n_t + z_t \odot h_{t-1}`,
  },
} as const satisfies Record<'inputs' | 'reset' | 'update' | 'candidate' | 'hidden', StageText>;
