import type { Bilingual } from '../bilingual';

/** The product's name, the same in both languages. */
export const PRODUCT_NAME = 'Gatescope';

/** The text of the app's frame: header, introduction, status and footer. */
export const shellText = {
  documentTitle: {
    en: 'Gatescope · LSTM and GRU, number by number',
    zh: 'Gatescope · 逐个数字看懂 LSTM 与 GRU',
  },
  tagline: {
    en: 'See, number by number, what happens inside LSTM and GRU cells.',
    zh: '逐个数字，看清 LSTM 和 GRU 单元内部的每一步计算。',
  },
  languageGroup: { en: 'Language', zh: '语言' },
  sideBySide: { en: 'Side by side', zh: '双语对照' },
  aboutHeading: { en: 'What Gatescope is', zh: 'Gatescope 是什么' },
  aboutTool: {
    en: 'A teaching tool for recurrent neural networks, in seven views. The guided course leads from what a gate is to the shapes PyTorch prints, with exercises. The LSTM and GRU cell explorers take one time step of one cell: you set its inputs and follow every gate as it computes its values, stage by stage. The sequence view plays a whole input through a stacked nn.LSTM or nn.GRU, the comparison puts the same input through both, and the shapes view gives the shape of every parameter and result of any nn.LSTM or nn.GRU, with its PyTorch code. The training lab trains a plain RNN, an LSTM and a GRU side by side in your browser on a task that needs a long memory, and draws how far each one’s gradient reaches back in time.',
    zh: '这是一个讲解循环神经网络的教学工具，共有七个视图。引导式课程从门是什么一直讲到 PyTorch 打印出的形状，并配有练习。LSTM 单元探索器和 GRU 单元探索器展开一个单元的一个时间步：你设定它的输入，然后逐个阶段地跟着每个门算出它的数值。序列视图把完整的输入送进多层的 nn.LSTM 或 nn.GRU 并逐步播放，对比视图把同一个输入同时送进两者，形状视图则给出任意 nn.LSTM 或 nn.GRU 每个参数和返回值的形状，并附上相应的 PyTorch 代码。训练实验室在你的浏览器里并排训练一个普通 RNN、一个 LSTM 和一个 GRU，任务需要长期记忆，并画出每个网络的梯度能沿时间往回传多远。',
  },
  aboutNumbers: {
    en: "The numbers come from a real model running in your browser. It follows PyTorch's torch.nn exactly, down to the order of the gates inside the weights, so what you see here is what your own PyTorch code computes.",
    zh: '这些数字来自在浏览器中运行的真实模型。它与 PyTorch 的 torch.nn 完全一致，连权重里各个门的排列顺序也相同，所以你在这里看到的，就是你自己的 PyTorch 代码算出的结果。',
  },
  aboutAudience: {
    en: 'It is made for students learning LSTM and GRU in Chinese or English, and for instructors who project it in class.',
    zh: '它面向用中文或英文学习 LSTM 和 GRU 的学生，也面向在课堂上投影讲解的教师。',
  },
  statusHeading: { en: 'The views', zh: '各个视图' },
  statusBody: {
    en: 'Open any of them from its card below. Whatever you set up in a view is kept in the page’s link, so you can share it.',
    zh: '从下面的卡片可以打开其中任意一个。你在视图里做的设置都保存在页面的链接中，可以直接分享。',
  },
  inProgress: { en: 'In progress', zh: '开发中' },
  available: { en: 'Ready', zh: '可以使用' },
  open: { en: 'Open', zh: '打开' },
  termsLabel: { en: 'Terms you will meet', zh: '你会遇到的术语' },
  modelLayerLoading: { en: 'Model layer: starting…', zh: '模型层：正在启动……' },
  modelLayerWasm: {
    en: 'Model layer: computing with WebAssembly in this browser.',
    zh: '模型层：正在本浏览器中用 WebAssembly 计算。',
  },
  modelLayerCpu: {
    en: 'Model layer: computing with plain JavaScript, because WebAssembly did not load here. Slower, same numbers.',
    zh: '模型层：WebAssembly 在这里没能加载，改用纯 JavaScript 计算。速度较慢，数值不变。',
  },
  modelLayerFailed: {
    en: 'Model layer: could not start ({reason}). Reload the page to try again.',
    zh: '模型层：无法启动（{reason}）。请刷新页面重试。',
  },
  partLoadFailed: {
    en: 'This part of the page could not be downloaded. Check the connection, then try again; nothing you set is lost.',
    zh: '页面的这一部分没能下载下来。请检查网络后重试；你做的设置都还在。',
  },
  tryAgain: { en: 'Try again', zh: '重试' },
  openedCell: {
    en: 'From the sequence view: layer {layer}, t = {t}{detail}, with that cell’s own weights, input and starting state.',
    zh: '来自序列视图：第 {layer} 层，t = {t}{detail}，用的是该单元自己的权重、输入和起始状态。',
  },
  openedCellForward: { en: ', forward', zh: '，正向' },
  openedCellReverse: { en: ', reverse', zh: '，反向' },
  openedCellSequence: { en: ', sequence b = {b} of {batch}', zh: '，第 b = {b} 条序列（共 {batch} 条）' },
  backToSequence: { en: '← Back to the sequence', zh: '← 回到序列视图' },
  dropWeights: { en: 'Drop it to open these weights', zh: '松开即可打开这些权重' },
  footer: {
    en: 'Gatescope is open source under the MIT licence.',
    zh: 'Gatescope 以 MIT 许可证开源。',
  },
} as const satisfies Record<string, Bilingual>;
