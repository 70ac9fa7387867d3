import type { Bilingual } from '../bilingual';
import type { GlossaryTerm } from '../glossary';

/** A view of the app: built and ready, or described honestly as not built yet. */
export interface PlannedExplorer {
  id: 'course' | 'lstmCell' | 'gruCell' | 'comparison' | 'sequence' | 'shapes';
  /** True once the view can be opened. */
  ready: boolean;
  name: Bilingual;
  summary: Bilingual;
  /** Glossary terms the view will teach, in the order it introduces them. */
  terms: readonly GlossaryTerm[];
}

export const plannedExplorers: readonly PlannedExplorer[] = [
  {
    id: 'course',
    ready: true,
    name: { en: 'The course', zh: '课程' },
    summary: {
      en: 'A guided tour in 31 short steps, from what a gate is to the shapes PyTorch prints, with exercises checked against the live model.',
      zh: '分 31 个小步的引导式导览：从门是什么讲到 PyTorch 打印出的张量形状，并配有根据实时模型检查答案的练习。',
    },
    terms: ['lstm', 'selectorVector', 'forgetGate', 'inputGate', 'outputGate', 'candidateMemory', 'gru'],
  },
  {
    id: 'lstmCell',
    ready: true,
    name: { en: 'LSTM cell explorer', zh: 'LSTM 单元探索器' },
    summary: {
      en: 'One time step of nn.LSTM, gate by gate: what the cell forgets, what it writes, and what it shows as output.',
      zh: 'nn.LSTM 的一个时间步，逐个门展开：单元忘掉什么、写入什么、又输出什么。',
    },
    terms: ['forgetGate', 'inputGate', 'candidateMemory', 'outputGate', 'cellState', 'hiddenState', 'selectorVector'],
  },
  {
    id: 'gruCell',
    ready: true,
    name: { en: 'GRU cell explorer', zh: 'GRU 单元探索器' },
    summary: {
      en: "One time step of nn.GRU in PyTorch's own form, with a note wherever textbooks write it differently.",
      zh: '按 PyTorch 自己的写法展开 nn.GRU 的一个时间步；凡是教材写法不同的地方，都会标注出来。',
    },
    terms: ['resetGate', 'updateGate', 'candidateHidden', 'hiddenState'],
  },
  {
    id: 'comparison',
    ready: true,
    name: { en: 'LSTM vs GRU', zh: 'LSTM 与 GRU 对比' },
    summary: {
      en: 'The same input through an LSTM and a GRU of the same size: parameter counts with their formulas, time per step in your browser, and how long each remembers a pulse.',
      zh: '同样的输入分别送进同样大小的 LSTM 和 GRU：参数量及其计算公式、在你的浏览器里每一步的耗时，以及各自能把一次脉冲记住多久。',
    },
    terms: ['forgetGate', 'updateGate', 'cellState', 'hiddenState'],
  },
  {
    id: 'sequence',
    ready: true,
    name: { en: 'Sequence view', zh: '序列视图' },
    summary: {
      en: 'A whole input sequence through stacked and bidirectional layers: how each step hands C and h to the next, how long C keeps a pulse, and where PyTorch’s out, h_n and c_n come from.',
      zh: '完整的输入序列流经多层、双向的网络：每一步如何把 C 和 h 交给下一步，C 能把一个脉冲保留多久，以及 PyTorch 的 out、h_n 和 c_n 从哪里来。',
    },
    terms: ['hiddenState', 'cellState'],
  },
  {
    id: 'shapes',
    ready: true,
    name: { en: 'PyTorch shapes', zh: 'PyTorch 形状' },
    summary: {
      en: 'Any nn.LSTM, nn.GRU, nn.LSTMCell or nn.GRUCell: every parameter’s shape split into its gates’ blocks, the shapes of out, h_n and c_n, and the PyTorch code that prints the same.',
      zh: '任意的 nn.LSTM、nn.GRU、nn.LSTMCell 或 nn.GRUCell：每个参数的形状及其按门拆分的块，out、h_n 和 c_n 的形状，以及能打印出同样结果的 PyTorch 代码。',
    },
    terms: ['hiddenState', 'cellState', 'forgetGate', 'resetGate'],
  },
];
