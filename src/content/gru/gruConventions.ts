import type { Bilingual } from '../bilingual';

/**
 * The three ways students meet the GRU's formulas. `pytorch` is what the app computes; the other
 * two are shown beside it, never computed in its place.
 */
export type GruConvention = 'pytorch' | 'textbook' | 'resetBefore';

/** The switch's buttons, in order. */
export const GRU_CONVENTIONS: readonly GruConvention[] = ['pytorch', 'textbook', 'resetBefore'];

/** What the convention switch shows for one form of the formulas. */
export interface GruConventionText {
  /** The button's label. */
  name: Bilingual;
  /** Who writes it this way, and what differs from PyTorch. */
  description: Bilingual;
  /** The candidate n in this form (KaTeX, both languages). */
  candidateFormula: string;
  /** The new hidden state in this form (KaTeX, both languages). */
  hiddenFormula: string;
  /** What the numbers on screen mean when this form is chosen. */
  numbers: Bilingual;
}

const pytorchCandidate = String.raw`n_t = \tanh\big(W_{in}\, x_t + b_{in} + r_t \odot (W_{hn}\, h_{t-1} + b_{hn})\big)`;
const pytorchHidden = String.raw`h_t = (1 - z_t) \odot n_t + z_t \odot h_{t-1}`;

export const gruConventionText = {
  pytorch: {
    name: { en: 'PyTorch', zh: 'PyTorch 写法' },
    description: {
      en: 'PyTorch’s nn.GRU and nn.GRUCell, cuDNN, and Keras since TensorFlow 2 (reset_after=True) write it this way: r scales W_hn h + b_hn after the matmul, and z is the share of the old state that is kept.',
      zh: 'PyTorch 的 nn.GRU 和 nn.GRUCell、cuDNN，以及 TensorFlow 2 起默认 reset_after=True 的 Keras 都是这种写法：r 在矩阵乘法之后缩放 W_hn h + b_hn，z 表示旧状态被保留的比例。',
    },
    candidateFormula: pytorchCandidate,
    hiddenFormula: pytorchHidden,
    numbers: {
      en: 'These are the numbers shown everywhere in the explorer: what nn.GRUCell returns for these weights.',
      zh: '探索器中各处显示的就是这组数值，也就是 nn.GRUCell 在这组权重下返回的结果。',
    },
  },
  textbook: {
    name: { en: 'Textbook z′ = 1 − z', zh: '教材写法 z′ = 1 − z' },
    description: {
      en: 'Olah’s blog, Wikipedia’s fully gated unit and many tutorials name the gate the other way round: their z′ equals PyTorch’s 1 − z, the share of the candidate hidden state n that is written rather than the share of the old state that is kept. Those texts usually also apply r before the matmul (the third form); here n stays PyTorch’s, so that only the naming differs.',
      zh: 'Olah 的博客、维基百科里的“完全门控单元”以及很多教程，对这个门的命名正好相反：它们的 z′ 等于 PyTorch 的 1 − z，表示写入候选隐藏状态 n 的比例，而不是保留旧状态的比例。这些资料通常还把 r 放在矩阵乘法之前（即第三种写法）；这里 n 仍按 PyTorch 的方式计算，只体现命名上的差别。',
    },
    candidateFormula: pytorchCandidate,
    hiddenFormula: String.raw`h_t = (1 - z'_t) \odot h_{t-1} + z'_t \odot n_t, \qquad z'_t = 1 - z_t`,
    numbers: {
      en: 'The numbers do not change: every z′ is 1 minus PyTorch’s z, and n and h stay as they are. Since 1 − σ(a) = σ(−a), a model trained in this form simply learns z’s weights and biases with the opposite sign.',
      zh: '数值完全不变：每个 z′ 都等于 1 减去 PyTorch 的 z，n 和 h 保持原样。由于 1 − σ(a) = σ(−a)，按这种写法训练的模型，只是学到符号相反的 z 的权重和偏置。',
    },
  },
  resetBefore: {
    name: { en: 'Reset before (Cho et al., Keras)', zh: '先重置（Cho 等人、Keras）' },
    description: {
      en: 'Cho et al. (2014), who introduced the GRU, and Keras with reset_after=False apply r to h before the matmul: W_hn (r ⊙ h) + b_hn. With the same weights this gives a different n, and so a different h; z and the way old and new are mixed stay the same.',
      zh: '提出 GRU 的 Cho 等人（2014）以及设置 reset_after=False 的 Keras，都是先把 r 乘到 h 上，再做矩阵乘法：W_hn (r ⊙ h) + b_hn。同一组权重在这种写法下会得到不同的 n，h 也随之不同；z 以及新旧混合的方式都不变。',
    },
    candidateFormula: String.raw`n_t = \tanh\big(W_{in}\, x_t + b_{in} + W_{hn}\,(r_t \odot h_{t-1}) + b_{hn}\big)`,
    hiddenFormula: pytorchHidden,
    numbers: {
      en: 'The app always computes PyTorch’s form. Beside PyTorch’s n and h it shows what they would be with these same weights if r were applied before the matmul, so you can see that weights trained in one form do not carry over to the other.',
      zh: '本应用始终按 PyTorch 的写法计算。它在 PyTorch 的 n 和 h 旁边，另外给出同一组权重下、把 r 放到矩阵乘法之前时 n 和 h 的值，由此可以看出：按一种写法训练出的权重，不能直接拿到另一种写法里用。',
    },
  },
} as const satisfies Record<GruConvention, GruConventionText>;

/**
 * The switch's own labels. `{unit}` (0-based) and the numbers (`{z}`, `{zPrime}`, `{n}`, `{h}`,
 * `{nBefore}`, `{hBefore}`) are filled in by the component from the model's explanation.
 */
export const gruConventionSwitchText = {
  heading: { en: 'Which form of the formulas?', zh: '采用哪种公式写法？' },
  computedHere: {
    en: 'This explorer computes exactly what nn.GRU / nn.GRUCell computes (reset after, hₜ = (1 − z) ⊙ n + z ⊙ hₜ₋₁).',
    zh: '本探索器的计算与 nn.GRU / nn.GRUCell 完全一致（先做矩阵乘法再重置，hₜ = (1 − z) ⊙ n + z ⊙ hₜ₋₁）。',
  },
  computedBadge: { en: 'Computed here', zh: '本应用的计算方式' },
  comparisonBadge: { en: 'Shown only to compare', zh: '仅供对比' },
  textbookValues: {
    en: 'Unit {unit}: z′ = 1 − z = {zPrime}, where PyTorch shows z = {z}; n and h are unchanged.',
    zh: '神经元 {unit}：z′ = 1 − z = {zPrime}，PyTorch 显示的是 z = {z}；n 和 h 不变。',
  },
  resetBeforeValues: {
    en: 'Unit {unit}, same weights: reset before gives n = {nBefore} and h = {hBefore}; PyTorch, reset after, gives n = {n} and h = {h}.',
    zh: '神经元 {unit}，同一组权重：先重置得到 n = {nBefore}、h = {hBefore}；PyTorch（后重置）得到 n = {n}、h = {h}。',
  },
} as const satisfies Record<string, Bilingual>;
