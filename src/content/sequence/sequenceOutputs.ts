import type { Bilingual } from '../bilingual';

// Text of the sequence view's panel on PyTorch's results, `out, (h_n, c_n) = lstm(x, (h0, c0))`.
// Glossary terms appear as `{hiddenState}` and `{cellState}`; every number (shapes, steps, rows,
// indices) is a `{placeholder}` the panel computes from the settings and the run. Code such as
// `out[t, b, :]` reads the same in both languages and is never translated.

/** The calls whose results the panel explains, exactly as a student writes them. */
export const SEQUENCE_OUTPUT_CALLS = {
  LSTM: 'out, (h_n, c_n) = lstm(x, (h0, c0))',
  GRU: 'out, h_n = gru(x, h0)',
} as const;

/** The panel's frame: what the results are and how their shapes read. */
export const sequenceOutputsText = {
  heading: { en: 'What PyTorch returns', zh: 'PyTorch 返回了什么' },
  intro: {
    en: 'Run on a whole sequence, an nn.LSTM returns three tensors and an nn.GRU two. Their shapes are written with L for the sequence length, B for the batch size, H for hidden_size and D for the number of directions: 2 with bidirectional=True, otherwise 1.',
    zh: '在整个序列上运行时，nn.LSTM 返回三个张量，nn.GRU 返回两个。它们的形状用以下符号表示：L 是序列长度，B 是批量大小，H 是 hidden_size，D 是方向数（bidirectional=True 时为 2，否则为 1）。',
  },
  courseExample: {
    en: 'The course’s nn.LSTM(50, 100, num_layers=2) reads x of shape (10, 3, 50): 10 steps, 3 sequences in the batch, 50 features each. It returns out of shape (10, 3, 100), the top layer’s h at each of the 10 steps, and h_n and c_n of shape (2, 3, 100), one row for each of the 2 layers.',
    zh: '课程中的 nn.LSTM(50, 100, num_layers=2) 读入形状为 (10, 3, 50) 的 x：10 个时间步，批量中有 3 条序列，每步 50 个特征。它返回形状为 (10, 3, 100) 的 out，即最上层在这 10 步中每一步的 h；以及形状为 (2, 3, 100) 的 h_n 和 c_n，2 层各占一行。',
  },
  batchFirst: {
    en: 'batch_first=True swaps the first two dimensions of x and out: (B, L, …) instead of (L, B, …). It never touches h0, c0, h_n or c_n, which stay (num_layers·D, B, H) either way.',
    zh: 'batch_first=True 会交换 x 和 out 的前两个维度：变成 (B, L, …)，而不是 (L, B, …)。它从不影响 h0、c0、h_n 和 c_n，无论怎样设置，它们都是 (num_layers·D, B, H)。',
  },
  bidirectional: {
    en: 'With bidirectional=True, D = 2. The last dimension of out holds 2·H numbers: the forward direction’s h, then the reverse direction’s. h_n and c_n get two rows per layer, row = layer·2 + direction. The reverse direction reads the sequence from t = L − 1 back to 0, so its last step is t = 0: h_n[-1] equals out[0, :, H:] (batch_first: out[:, 0, H:]), not the values at t = L − 1.',
    zh: '设置 bidirectional=True 时，D = 2。out 的最后一维有 2·H 个数：先是正向的 h，再是反向的 h。h_n 和 c_n 每层有两行，行号 = 层号·2 + 方向。反向从 t = L − 1 倒着读到 0，所以它的最后一步是 t = 0：h_n[-1] 等于 out[0, :, H:]（batch_first 时为 out[:, 0, H:]），而不是 t = L − 1 处的值。',
  },
  pending: {
    en: 'Not computed yet: the model layer is still starting.',
    zh: '尚未计算：模型层仍在启动。',
  },
  shape: { en: 'Shape', zh: '形状' },
  source: { en: 'Where it comes from', zh: '来源' },
  values: { en: 'At the selected step and sequence b', zh: '在所选的时间步和序列 b 处' },
  forward: { en: 'forward', zh: '正向' },
  reverse: { en: 'reverse', zh: '反向' },
} as const satisfies Record<string, Bilingual>;

/** Each result's card. `{top}` is the top layer's index. */
export const sequenceOutputCardText = {
  out: {
    title: { en: 'out: the top layer’s h at every step', zh: 'out：最上层每一步的 h' },
    source: {
      en: 'The {hiddenState} of the top layer (layer {top}) at every step t, stacked along the sequence. The layers below only feed it; their h appears in h_n alone.',
      zh: '最上层（第 {top} 层）在每个时间步 t 的{hiddenState}，沿序列堆叠起来。下面各层只是为它提供输入，它们的 h 只出现在 h_n 中。',
    },
  },
  hN: {
    title: { en: 'h_n: every layer’s last h', zh: 'h_n：每一层最后的 h' },
    source: {
      en: 'The {hiddenState} of every layer and direction after its last step, one row each. The top layer’s forward row repeats the forward h that out holds at t = L − 1.',
      zh: '每一层、每个方向在最后一步之后的{hiddenState}，各占一行。最上层正向的那一行，重复了 out 在 t = L − 1 处的正向 h。',
    },
  },
  cN: {
    title: { en: 'c_n: every layer’s last C', zh: 'c_n：每一层最后的 C' },
    source: {
      en: 'The {cellState} C of every layer and direction after its last step, in the same rows as h_n. C is never part of out: only h leaves the cell at each step.',
      zh: '每一层、每个方向在最后一步之后的{cellState} C，行的排列与 h_n 相同。C 从不出现在 out 中：每一步只有 h 离开单元。',
    },
  },
} as const satisfies Record<string, Record<string, Bilingual>>;

/**
 * Lines computed for the selection. `{index}` is the PyTorch expression read (`out[5, 0, :]`),
 * `{state}` a glossary term, `{actual}` / `{expected}` numbers, `{name}` the result's name.
 */
export const sequenceOutputCheckText = {
  row: {
    en: 'Row of layer {layer}, {direction}: layer·D + direction = {layer}·{directions} + {directionIndex} = {row}',
    zh: '第 {layer} 层{direction}所在的行：层号·D + 方向 = {layer}·{directions} + {directionIndex} = {row}',
  },
  outMatches: {
    en: '{index} equals the top layer’s h at t = {t}: ✓',
    zh: '{index} 等于最上层在 t = {t} 时的 h：✓',
  },
  outMatchesBoth: {
    en: '{index} equals the top layer’s forward h, then its reverse h, both at t = {t}: ✓',
    zh: '{index} 依次等于最上层在 t = {t} 时正向的 h 和反向的 h：✓',
  },
  outDiffers: {
    en: '✗ {index} differs from the top layer’s h at t = {t}: unit {unit} is {actual} in out but {expected} in the cell’s step.',
    zh: '✗ {index} 与最上层在 t = {t} 时的 h 不一致：第 {unit} 个神经元在 out 中是 {actual}，在单元的这一步中却是 {expected}。',
  },
  stateMatches: {
    en: '{index} equals the {state} of layer {layer} ({direction}) at its last step, t = {last}: ✓',
    zh: '{index} 等于第 {layer} 层（{direction}）在其最后一步 t = {last} 时的{state}：✓',
  },
  stateDiffers: {
    en: '✗ {index} differs from the {state} of layer {layer} ({direction}) at its last step, t = {last}: unit {unit} is {actual} in {name} but {expected} in the cell’s step.',
    zh: '✗ {index} 与第 {layer} 层（{direction}）在其最后一步 t = {last} 时的{state}不一致：第 {unit} 个神经元在 {name} 中是 {actual}，在单元的这一步中却是 {expected}。',
  },
  reverseEnd: {
    en: 'The reverse direction reads from t = {end} back to 0, so this row is its {state} at t = 0, not at t = {end}.',
    zh: '反向从 t = {end} 倒着读到 0，所以这一行是它在 t = 0 时的{state}，而不是 t = {end} 时的。',
  },
  reverseInOut: {
    en: 'In out, that is {atStart}, not {atEnd}.',
    zh: '在 out 中，它对应 {atStart}，而不是 {atEnd}。',
  },
  halves: {
    en: 'Left of the dashed line the forward h, {forward}; right of it the reverse h, {reverse}.',
    zh: '虚线左边是正向的 h，即 {forward}；右边是反向的 h，即 {reverse}。',
  },
  missing: {
    en: '✗ {index} cannot be checked: the cell’s step is missing from the trace.',
    zh: '✗ 无法核对 {index}：轨迹中缺少单元的这一步。',
  },
} as const satisfies Record<string, Bilingual>;
