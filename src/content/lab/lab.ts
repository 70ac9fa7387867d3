import type { Bilingual } from '../bilingual';

/**
 * The training lab's words: the task, what to watch, the controls, the plots and the costs table.
 * Numbers come from the live run and are filled in by the components ({placeholders}).
 */
export const labText = {
  heading: { en: 'Training lab: vanishing gradients', zh: '训练实验室：梯度消失' },
  task: {
    en: 'The task needs a long memory: each sequence is a row of random values, −1 or +1, whose first value is marked; at the last step the network must say what that first value was. Everything in between is noise. A plain RNN, an LSTM and a GRU of about the same size (about 300 parameters each) train side by side on the same batches, here in your browser.',
    zh: '这个任务需要长期记忆：每个序列是一串随机的 −1 或 +1，其中第一个值被标记；到最后一步，网络要说出第一个值是多少。中间的值都是干扰。一个普通 RNN、一个 LSTM 和一个 GRU，大小相近（各约 300 个参数），在同样的批量数据上并排训练，就在你的浏览器里。',
  },
  watch: {
    en: 'What to watch: at length 50 the RNN’s accuracy stays near 50 %, the chance level, while the LSTM and the GRU climb. The gradient plot shows why: the RNN’s ‖∂loss/∂hₜ‖ fades by orders of magnitude towards early t, so the marked first value never gets a signal; along the LSTM’s cell state the product of forget gates stays near 1.',
    zh: '看什么：长度为 50 时，RNN 的准确率一直停在 50 % 左右（随机猜的水平），而 LSTM 和 GRU 会不断上升。梯度图说明了原因：RNN 的 ‖∂loss/∂hₜ‖ 越往早先的 t 越小，相差好几个数量级，于是被标记的第一个值几乎收不到信号；沿着 LSTM 的细胞状态，遗忘门的连乘积保持在 1 附近。',
  },
  carryStart: {
    en: 'How the gated networks start: as the explorers’ “keeps memory” weights. The LSTM’s forget gate starts near 1 (bias +4) and its input gate near 0 (bias −4), so C is kept and written only where the network learns to open the gate; the GRU’s update gate starts near 1 (bias +4), so h is kept. This is common practice for long sequences. PyTorch’s plain initialisation leaves every gate near 0.5: untick the box and, at length 50, the LSTM and the GRU fail like the RNN. The plain RNN has no gate to bias.',
    zh: '门控网络如何起步：和探索器里的“保持记忆”权重一样。LSTM 的遗忘门从接近 1 开始（偏置 +4），输入门从接近 0 开始（偏置 −4），于是 C 被保留，只有网络学会打开输入门的地方才会写入；GRU 的更新门从接近 1 开始（偏置 +4），于是 h 被保留。这是处理长序列的常见做法。PyTorch 默认的初始化让每个门都停在 0.5 左右：取消勾选后，在长度 50 时 LSTM 和 GRU 也会像 RNN 一样失败。普通 RNN 没有可以调偏置的门。',
  },
  carryOpen: {
    en: 'Gates start to keep memory (f and z +4, i −4)',
    zh: '门从“保持记忆”开始（f 和 z +4，i −4）',
  },
  aboutHeading: { en: 'The task, and what to watch', zh: '任务与观察要点' },
  controls: { en: 'Training', zh: '训练' },
  sequenceLength: { en: 'Sequence length L', zh: '序列长度 L' },
  start: { en: 'Start', zh: '开始' },
  pause: { en: 'Pause', zh: '暂停' },
  reset: { en: 'Reset', zh: '重置' },
  step: { en: 'One step', zh: '单步' },
  progress: { en: 'Training progress', zh: '训练进度' },
  stepOf: { en: 'Step {step} of {target}', zh: '第 {step} 步，共 {target} 步' },
  speed: { en: '{speed} steps/s', zh: '每秒 {speed} 步' },
  timeLeft: { en: 'about {seconds} s left', zh: '约剩 {seconds} 秒' },
  done: { en: 'Target reached: press Start to train on.', zh: '已达到目标步数：按“开始”可以继续训练。' },
  starting: { en: 'Starting the trainer…', zh: '正在启动训练器…' },
  failed: { en: 'The trainer stopped: {reason}', zh: '训练器停止了：{reason}' },
  backend: { en: 'Backend:', zh: '后端：' },
  lossHeading: { en: 'Training loss', zh: '训练损失' },
  accuracyHeading: { en: 'Held-out accuracy', zh: '留出集准确率' },
  chance: { en: 'chance 50 %', zh: '随机 50 %' },
  stepAxis: { en: 'training step', zh: '训练步数' },
  flowHeading: { en: 'Gradient flow ‖∂loss/∂hₜ‖ over t', zh: '梯度流 ‖∂loss/∂hₜ‖ 随 t 的变化' },
  flowNote: {
    en: 'Log scale, at the latest step. The loss is read at the last t, so the gradient flows from right to left.',
    zh: '对数坐标，取最近的一步。损失在最后一个 t 处计算，所以梯度从右往左传。',
  },
  timeAxis: { en: 'time step t', zh: '时间步 t' },
  forgetProduct: { en: 'LSTM: product of forget gates ∏ f along C', zh: 'LSTM：沿 C 的遗忘门连乘积 ∏ f' },
  forgetProductNote: {
    en: 'How much of Cₜ reaches the last step through the forget gates alone (1: all of it).',
    zh: 'Cₜ 仅经由遗忘门能有多少到达最后一步（1 表示全部）。',
  },
  noFlow: { en: 'Drawn after the first step.', zh: '第一步之后显示。' },
  costsHeading: { en: 'Costs, measured live', zh: '开销（实时测量）' },
  model: { en: 'Model', zh: '模型' },
  hiddenSize: { en: 'H', zh: '隐藏维度 H' },
  // Soft hyphens (\u00ad): on a phone the costs table's headings break there, with a hyphen, not mid-letter.
  parameters: { en: 'Para\u00admeters', zh: '参数' },
  msPerStep: { en: 'ms per step', zh: '每步毫秒' },
  memory: { en: 'Memory (kB)', zh: '内存（kB）' },
  accuracy: { en: 'Accu\u00adracy', zh: '准确率' },
  actions: { en: 'Use the trained model', zh: '使用训练好的模型' },
  openCell: { en: 'Open in the {kind} explorer', zh: '在 {kind} 探索器中打开' },
  openSequence: { en: 'Run in the sequence view', zh: '在序列视图中运行' },
  download: { en: 'Download .safetensors', zh: '下载 .safetensors' },
  exportFailed: { en: 'Could not export the {kind}: {reason}', zh: '无法导出 {kind}：{reason}' },
} as const satisfies Record<string, Bilingual>;
