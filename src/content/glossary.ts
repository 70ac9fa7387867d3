import type { Bilingual } from './bilingual';

/** Every term the course fixes a translation for. */
export type GlossaryTerm =
  | 'forgetGate'
  | 'inputGate'
  | 'outputGate'
  | 'candidateMemory'
  | 'cellState'
  | 'hiddenState'
  | 'updateGate'
  | 'resetGate'
  | 'candidateHidden'
  | 'selectorVector'
  | 'longTermMemory'
  | 'shortTermMemory'
  | 'vanishingGradient'
  | 'lstm'
  | 'gru'
  | 'recurrentNetwork'
  | 'memoryCell'
  | 'fullyConnectedLayer'
  | 'timeStep'
  | 'inputVector'
  | 'elementWiseProduct'
  | 'concatenation'
  | 'backpropagation'
  | 'recurrentCell'
  | 'vectorUnit'
  | 'sequenceBatch'
  | 'batchSize'
  | 'batchSequence'
  | 'biasShift'
  | 'inputSide'
  | 'hiddenSide'
  | 'explodingGradient'
  | 'gradientClipping';

// The one place these pairs are written. Text elsewhere refers to a term by its key, so a
// student never meets two Chinese names for the same thing. The words that run through every
// sentence (cell, unit, batch) are written out in prose rather than as `{termKey}`;
// tests/content/terminology.test.ts keeps them to the names given here. Keys avoid the names of
// number placeholders (`{unit}`, `{batch}`, `{cell}`), which a glossary fill would otherwise take.
export const glossary: Readonly<Record<GlossaryTerm, Bilingual>> = {
  forgetGate: { en: 'forget gate', zh: '遗忘门' },
  inputGate: { en: 'input gate', zh: '输入门' },
  outputGate: { en: 'output gate', zh: '输出门' },
  candidateMemory: { en: 'candidate memory', zh: '候选记忆' },
  cellState: { en: 'cell state', zh: '细胞状态' },
  hiddenState: { en: 'hidden state', zh: '隐藏状态' },
  updateGate: { en: 'update gate', zh: '更新门' },
  resetGate: { en: 'reset gate', zh: '重置门' },
  candidateHidden: { en: 'candidate hidden state', zh: '候选隐藏状态' },
  selectorVector: { en: 'selector vector', zh: '选择器向量' },
  longTermMemory: { en: 'long-term memory', zh: '长期记忆' },
  shortTermMemory: { en: 'short-term memory', zh: '短期记忆' },
  vanishingGradient: { en: 'vanishing gradient', zh: '梯度消失' },
  lstm: { en: 'long short-term memory', zh: '长短期记忆' },
  gru: { en: 'gated recurrent unit', zh: '门控循环单元' },
  recurrentNetwork: { en: 'recurrent neural network', zh: '循环神经网络' },
  memoryCell: { en: 'memory cell', zh: '记忆单元' },
  fullyConnectedLayer: { en: 'fully connected layer', zh: '全连接层' },
  timeStep: { en: 'time step', zh: '时间步' },
  inputVector: { en: 'input vector', zh: '输入向量' },
  elementWiseProduct: { en: 'element-wise product', zh: '逐元素乘积' },
  concatenation: { en: 'concatenation', zh: '拼接' },
  backpropagation: { en: 'backpropagation', zh: '反向传播' },
  // nn.LSTMCell, "the LSTM cell": the whole recurrent step. Never 细胞 (except in 细胞状态).
  recurrentCell: { en: 'cell', zh: '单元' },
  // One element j of h, C or a gate's vector; hidden_size counts them. Never 单元 in this sense.
  vectorUnit: { en: 'unit', zh: '神经元' },
  sequenceBatch: { en: 'batch', zh: '批量' },
  batchSize: { en: 'batch size', zh: '批量大小' },
  // Index b of the batch: "sequence b".
  batchSequence: { en: 'sequence of the batch', zh: '批量中的一条序列' },
  // What a bias slider adds to every unit's bias of one gate.
  biasShift: { en: 'bias shift', zh: '偏置平移' },
  // W_i· x_t + b_i· and W_h· h_{t-1} + b_h·: a gate's two sums, before they are added.
  inputSide: { en: 'input side', zh: '输入侧' },
  hiddenSide: { en: 'hidden side', zh: '隐藏侧' },
  explodingGradient: { en: 'exploding gradient', zh: '梯度爆炸' },
  gradientClipping: { en: 'gradient clipping', zh: '梯度裁剪' },
};
