import type { Bilingual } from '../bilingual';
import type { TourStepId } from './tourOutline';

/**
 * What a course step asks the student to look for in the training lab, which the step offers to
 * open at its prepared setting (its staging's `lab`, src/store/tour/tourScript.ts). Apart from the
 * lessons, which the first view carries: only the course's dock shows these. Text may name
 * glossary terms as `{termKey}`.
 */
export const tourLabQuestions = {
  vanishingGradient: {
    en: 'Now see it happen in training: the lab trains a plain RNN, an LSTM and a GRU on sequences of 50 steps, where only the first value matters. Press Start and watch. Which networks leave the 50 % chance level behind? In the gradient plot, what happens to the RNN’s ‖∂loss/∂hₜ‖ towards t = 0, and to the LSTM’s product of {forgetGate} values?',
    zh: '现在在训练中亲眼看看：实验室在长度为 50 的序列上训练一个普通 RNN、一个 LSTM 和一个 GRU，只有第一个值是关键。按“开始”并观察。哪些网络超过了 50 % 的随机水平？在梯度图中，RNN 的 ‖∂loss/∂hₜ‖ 越往 t = 0 会怎样？LSTM 的{forgetGate}连乘积又怎样？',
  },
} as const satisfies Partial<Record<Exclude<TourStepId, 'constructor'>, Bilingual>>;

/** The button that opens the lab at the step's setting. */
export const openLabText: Bilingual = {
  en: 'Open the training lab at L = {length}',
  zh: '打开训练实验室（L = {length}）',
};

/** The question `step` asks in the training lab, if it offers the lab. */
export function tourLabQuestion(step: TourStepId): Bilingual | undefined {
  return Object.hasOwn(tourLabQuestions, step) ? tourLabQuestions[step as keyof typeof tourLabQuestions] : undefined;
}
