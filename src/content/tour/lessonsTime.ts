import type { LessonStepText } from './tourTypes';

// Chapter "Inputs, outputs and time": what goes into the cell, what comes out, and how the two
// states divide the work of remembering.

const threeInputs: LessonStepText = {
  title: { en: 'Three vectors in, two out', zh: '三个向量进，两个向量出' },
  paragraphs: [
    {
      en: 'At time t the cell receives three vectors. Two are its own, produced one step earlier at t − 1: the {cellState} C and the {hiddenState} h. The third, x, is the {inputVector}: it comes from outside, at time t. The course notes write h and x as H and X.',
      zh: '在时刻 t，单元接收三个向量。其中两个来自单元自己，是它在前一时刻 t − 1 算出的：{cellState} C 和{hiddenState} h。第三个是{inputVector} x，它在时刻 t 从外部送进来。课程讲义里把 h 和 x 写成 H 和 X。',
    },
    {
      en: 'From these the cell computes two vectors, a new C and a new h. At t + 1 both return as part of the cell’s inputs, alongside the next x.',
      zh: '单元由这三个向量算出两个新向量：新的 C 和新的 h。到了时刻 t + 1，这两个向量又会和下一个 x 一起，成为单元输入的一部分。',
    },
  ],
  formula: String.raw`(C_{t-1},\ h_{t-1},\ x_t) \;\longmapsto\; (C_t,\ h_t)`,
  tryThis: {
    en: 'Drag a Cₜ₋₁ slider: the gates stay put and only the new C and h move. Then drag an xₜ slider: now every gate moves too.',
    zh: '拖动一个 Cₜ₋₁ 滑块：各个门纹丝不动，只有新的 C 和 h 在变。再拖动一个 xₜ 滑块：这次所有的门都跟着变了。',
  },
};

const timeSteps: LessonStepText = {
  title: { en: 'What t − 1, t and t + 1 mean', zh: 't − 1、t 与 t + 1 的含义' },
  paragraphs: [
    {
      en: 'A sequence is processed one {timeStep} at a time, and t names the step being computed right now. t − 1 is the step just before it; t + 1 is the one that follows.',
      zh: '序列是按{timeStep}逐个处理的，t 指的是此刻正在计算的那一步；t − 1 是紧挨着它的前一步，t + 1 则是它的后一步。',
    },
    {
      en: 'The figure draws the same cell three times, once for each step, and every copy has the same weights. C and h leave one copy and enter the next; a fresh x arrives from below at every step, and h also leaves upwards as that step’s output.',
      zh: '图中把同一个单元画了三遍，每一步一个，各个副本的权重完全相同。C 和 h 从一个副本出来，进入下一个副本；每一步都有新的 x 从下方进入，h 还会向上送出，作为这一步的输出。',
    },
  ],
  formula: String.raw`\cdots \to (C_{t-1}, h_{t-1}) \to (C_t, h_t) \to (C_{t+1}, h_{t+1}) \to \cdots`,
  tryThis: {
    en: 'In the figure, trace C from the cell at t − 1 to the cell at t + 1: that path is the memory being handed on.',
    zh: '在图中沿着 C 从 t − 1 的单元一直追到 t + 1 的单元：这条路径就是一路传递下去的记忆。',
  },
};

const longShortMemory: LessonStepText = {
  title: {
    en: 'Two memories: {longTermMemory} and {shortTermMemory}',
    zh: '两种记忆：{longTermMemory}与{shortTermMemory}',
  },
  paragraphs: [
    {
      en: 'The two states split the work. C serves as the {longTermMemory} and h as the {shortTermMemory}, the recent past. At each step the cell first uses h and the new x to update C, then uses the updated C to produce the new h.',
      zh: '两个状态各有分工：C 充当{longTermMemory}，h 充当{shortTermMemory}，记录的是最近的过去。每一步，单元先用 h 和新来的 x 更新 C，再用更新后的 C 得出新的 h。',
    },
    {
      en: 'h has a second job: it is also the cell’s output at time t, what it gives the outside world to carry out its task. How well an LSTM performs is judged on this h.',
      zh: 'h 还有另一项任务：它也是单元在时刻 t 的输出，是单元交给外部、用来完成具体任务的结果。评判一个 LSTM 表现得好不好，看的就是这个 h。',
    },
    {
      en: 'In this view C holds on only because the step sets the {forgetGate}’s {biasShift} to +4: it adds 4 to that gate’s bias in every unit and so keeps f near 1. PyTorch adds no such shift: a new nn.LSTM starts with random biases, drawn like its weights. With the shift set to 0, f sits near 0.5 and C too lets the pulse go within a few steps; holding on for long is something a network has to learn.',
      zh: '在这个视图中，C 之所以能留住脉冲，只是因为这一步把{forgetGate}的{biasShift}设成了 +4：它在每个神经元上都给这个门的偏置加上 4，让 f 保持在 1 附近。PyTorch 并不做这样的平移：新建的 nn.LSTM 的偏置和权重一样是随机初始化的。设为 0 时，f 在 0.5 附近，C 也会在几步之内丢掉脉冲；要长时间记住，得靠网络自己学出来。',
    },
  ],
  formula: String.raw`h_{t-1},\ x_t \;\longrightarrow\; C_t \;\longrightarrow\; h_t`,
  tryThis: {
    en: 'Press Play and follow the input pulse: the C line (orange) carries its trace for many steps, while the trace in h fades much sooner. Then set the {forgetGate}’s {biasShift} to 0 and play again.',
    zh: '点“播放”，跟着输入脉冲往后看：C 线（橙色）把脉冲的痕迹保留了许多步，而 h 里的痕迹很快就淡去了。然后把{forgetGate}的{biasShift}调到 0，再播放一遍。',
  },
};

/** The words of the chapter "Inputs, outputs and time", keyed by step id. */
export const timeLessons = {
  threeInputs,
  timeSteps,
  longShortMemory,
} as const satisfies Record<'threeInputs' | 'timeSteps' | 'longShortMemory', LessonStepText>;
