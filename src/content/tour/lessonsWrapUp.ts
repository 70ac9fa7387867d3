import type { LessonStepText } from './tourTypes';

// The tour's last step, shown on the course page beside the glossary.

const finish = {
  title: { en: 'Done: what you can now do', zh: '学完了：你现在能做什么' },
  paragraphs: [
    {
      en: 'You can follow an LSTM cell gate by gate, say what the {forgetGate}, {inputGate} and {outputGate} each select, and explain how a GRU does similar work with two gates and one state. You know why gates ease the {vanishingGradient} problem, and you can work out the shape of every weight, input and output of nn.LSTM and nn.GRU.',
      zh: '现在你可以逐个门地跟踪一个 LSTM 单元，说出{forgetGate}、{inputGate}和{outputGate}各自挑选什么，也能解释 GRU 怎样只用两个门和一个状态完成类似的工作。你知道门为什么能缓解{vanishingGradient}问题，还能推算出 nn.LSTM 和 nn.GRU 每个权重、输入和输出的形状。',
    },
    {
      en: 'The glossary on this page gives every term in both languages. The explorers stay open for more experiments, and every setup is kept in the page’s link: copy it, and the same view comes back in class.',
      zh: '本页的术语表列出了每个术语的中英文对照。各个探索器随时可以继续使用；每一种设置都保存在页面链接里，复制下来，上课时就能还原出同样的画面。',
    },
  ],
  tryThis: {
    en: 'Pick a term in the glossary you would find hard to explain, open the explorer where it appears, set up an example, and copy the link to keep it.',
    zh: '在术语表里挑一个你觉得难以讲清的术语，打开用到它的探索器，搭一个例子，再复制链接保存下来。',
  },
} as const satisfies LessonStepText;

export const wrapUpLessons = { finish } as const satisfies Record<'finish', LessonStepText>;
