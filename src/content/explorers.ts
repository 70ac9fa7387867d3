import type { Bilingual } from './bilingual';
import type { GlossaryTerm } from './glossary';

/** A view of the app: built and ready, or described honestly as not built yet. */
export interface PlannedExplorer {
  id: 'lstmCell' | 'gruCell' | 'sequence';
  /** True once the view can be opened. */
  ready: boolean;
  name: Bilingual;
  summary: Bilingual;
  /** Glossary terms the view will teach, in the order it introduces them. */
  terms: readonly GlossaryTerm[];
}

export const plannedExplorers: readonly PlannedExplorer[] = [
  {
    id: 'lstmCell',
    ready: true,
    name: { en: 'LSTM cell explorer', zh: 'LSTM 单元探索器' },
    summary: {
      en: 'One time step of nn.LSTM, gate by gate: what the cell forgets, what it writes, and what it shows as output.',
      zh: 'nn.LSTM 的一个时间步，逐个门展开：细胞忘掉什么、写入什么、又输出什么。',
    },
    terms: ['forgetGate', 'inputGate', 'candidateMemory', 'outputGate', 'cellState', 'hiddenState', 'selectorVector'],
  },
  {
    id: 'gruCell',
    ready: false,
    name: { en: 'GRU cell explorer', zh: 'GRU 单元探索器' },
    summary: {
      en: "One time step of nn.GRU in PyTorch's own form, with a note wherever textbooks write it differently.",
      zh: '按 PyTorch 自己的写法展开 nn.GRU 的一个时间步；凡是教材写法不同的地方，都会标注出来。',
    },
    terms: ['resetGate', 'updateGate', 'candidateHidden', 'hiddenState'],
  },
  {
    id: 'sequence',
    ready: false,
    name: { en: 'Sequence view', zh: '序列视图' },
    summary: {
      en: 'A whole input sequence through stacked and bidirectional layers, showing how each step hands its state to the next.',
      zh: '完整的输入序列流经多层、双向的网络，展示每个时间步如何把状态交给下一步。',
    },
    terms: ['hiddenState', 'cellState'],
  },
];
