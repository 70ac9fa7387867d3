import type { Bilingual } from '../bilingual';

/** The words of the tour's dock, its contents and its exercises (not the lessons themselves). */
export const tourUiText = {
  startTour: { en: 'Start the course', zh: '开始课程' },
  continueTour: { en: 'Continue the course', zh: '继续课程' },
  restartTour: { en: 'Start again from step 1', zh: '从第 1 步重新开始' },
  stepOf: { en: 'Step {step} of {total}', zh: '第 {step} 步，共 {total} 步' },
  progressLabel: { en: 'Course progress', zh: '课程进度' },
  next: { en: 'Next', zh: '下一步' },
  back: { en: 'Back', zh: '上一步' },
  finish: { en: 'Finish', zh: '完成' },
  jumpTo: { en: 'Jump to a step', zh: '跳到某一步' },
  hide: { en: 'Hide the lesson', zh: '收起课程' },
  show: { en: 'Show the lesson', zh: '展开课程' },
  close: { en: 'Close the tour', zh: '关闭导览' },
  keysHint: {
    en: 'Keys: →, Page Down or Space for the next step, ← or Page Up for the previous one; ? lists every key.',
    zh: '快捷键：→、Page Down 或空格键下一步，← 或 Page Up 上一步；按 ? 查看全部按键。',
  },
  tryThis: { en: 'Try it', zh: '动手试试' },
  exercise: { en: 'Exercise', zh: '练习' },
  solved: { en: 'Solved', zh: '已完成' },
  check: { en: 'Check', zh: '检查答案' },
  shapeOf: { en: 'Shape of {name}', zh: '{name} 的形状' },
  shapeHint: {
    en: 'PyTorch prints a shape as torch.Size([2, 5]); write it that way or simply as (2, 5) or 2 × 5.',
    zh: 'PyTorch 把形状打印成 torch.Size([2, 5])；你可以照这样写，也可以简写成 (2, 5) 或 2 × 5。',
  },
  right: { en: 'Right.', zh: '正确。' },
  notYetRight: { en: 'Not yet.', zh: '还不对。' },
  modelNotReady: {
    en: 'The model layer is still starting; try again in a moment.',
    zh: '模型层还在启动，请稍后再试。',
  },
  liveCheck: { en: 'Checked live against the model in the view', zh: '根据视图中模型的实时数值检查' },
  holdReadout: {
    en: 'Live, layer 0 over the first 20 steps: f averages {forget} and i averages {input}; C has moved {change} % away from C0.',
    zh: '实时数值（第 0 层，前 20 步）：f 平均为 {forget}，i 平均为 {input}；C 相对 C0 变化了 {change} %。',
  },
  exerciseProgress: {
    en: '{solved} of {total} exercises solved',
    zh: '已完成 {solved} 道练习，共 {total} 道',
  },
  learnHeading: { en: 'The course', zh: '课程' },
  learnIntro: {
    en: 'A guided path from “what is a gate” to the shapes PyTorch prints, in short steps. Each step sets up the live model, points at what it explains, and says what to try. Your progress is kept in this browser, and the link in the address bar opens the step you are on.',
    zh: '一条循序渐进的路线：从“门是什么”一直讲到 PyTorch 打印出的张量形状。每一步都会把实时模型摆好，指出要看的地方，并告诉你可以动手试什么。你的进度保存在这个浏览器里，地址栏中的链接会打开你当前所在的那一步。',
  },
  contentsHeading: { en: 'Contents', zh: '目录' },
  glossaryHeading: { en: 'Glossary', zh: '术语表' },
  glossaryIntro: {
    en: 'Every term the course uses, with the one Chinese name and the one English name it always has.',
    zh: '课程里用到的每个术语，以及它固定对应的中文名称和英文名称。',
  },
  glossaryEnglish: { en: 'English', zh: '英文' },
  glossaryChinese: { en: 'Chinese', zh: '中文' },
  hasExercise: { en: 'with an exercise', zh: '含练习' },
  resetProgress: { en: 'Forget my progress', zh: '清除我的进度' },
} as const satisfies Record<string, Bilingual>;
