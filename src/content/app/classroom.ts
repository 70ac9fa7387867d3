import type { Bilingual } from '../bilingual';

/** One row of the key map: the keys, and what they do. */
export interface KeyMapRow {
  keys: readonly string[];
  does: Bilingual;
}

/** The key map, as the `?` dialog lists it; the same keys in every view. */
export const keyMapRows: readonly KeyMapRow[] = [
  {
    keys: ['Page Down', '→', 'Space'],
    does: {
      en: 'Next: the walkthrough’s stage, the sequence’s time step, the course’s step, or the next section',
      zh: '下一步：演示的下一阶段、序列的下一个时间步、课程的下一步，或下一节',
    },
  },
  { keys: ['Page Up', '←'], does: { en: 'Back one step', zh: '后退一步' } },
  {
    keys: ['Home', 'End'],
    does: { en: 'First or last time step (sequence)', zh: '第一个或最后一个时间步（序列视图）' },
  },
  { keys: ['P'], does: { en: 'Play or pause', zh: '播放或暂停' } },
  { keys: ['.', 'B'], does: { en: 'Blank the screen; any key brings it back', zh: '黑屏；按任意键恢复' } },
  { keys: ['L'], does: { en: 'Switch the language', zh: '切换语言' } },
  { keys: ['F'], does: { en: 'Presenter mode, full screen', zh: '演示模式（全屏）' } },
  {
    keys: ['W'],
    does: {
      en: 'Presenter mode: the whole cell, or back to the current stage drawn large',
      zh: '演示模式：显示整个单元，或回到放大显示的当前阶段',
    },
  },
  { keys: ['?'], does: { en: 'Show or hide this list', zh: '显示或隐藏这份列表' } },
  { keys: ['Esc'], does: { en: 'Close this list, or leave presenter mode', zh: '关闭这份列表，或退出演示模式' } },
];

/** The classroom controls: presenter mode, the key map, the blank screen, the skip links. */
export const classroomText = {
  present: { en: 'Present', zh: '演示' },
  stopPresenting: { en: 'Stop presenting', zh: '退出演示' },
  keys: { en: 'Keys', zh: '按键' },
  keyMapTitle: { en: 'Keys in every view', zh: '各视图通用的按键' },
  keyMapNote: {
    en: 'Keys work wherever focus is, except while you type in a field; a focused slider keeps its arrow keys, and Enter still presses a focused button.',
    zh: '无论焦点在哪里这些按键都有效，只有在输入框里打字时除外；获得焦点的滑块仍用方向键调节，回车键仍可按下获得焦点的按钮。',
  },
  keyColumn: { en: 'Key', zh: '按键' },
  spaceKey: { en: 'Space', zh: '空格' },
  doesColumn: { en: 'What it does', zh: '作用' },
  close: { en: 'Close', zh: '关闭' },
  blanked: { en: 'The screen is blank. Press any key to show it again.', zh: '屏幕已黑屏，按任意键恢复。' },
  skipLinks: { en: 'Skip to', zh: '跳转到' },
  skipDiagram: { en: 'Skip to the diagram', zh: '跳到图示' },
  skipSliders: { en: 'Skip to the sliders', zh: '跳到滑块' },
  skipBias: { en: 'Skip to the bias shifts', zh: '跳到偏置调整' },
  slidersPanel: { en: 'Sliders panel', zh: '滑块面板' },
  rulePanel: { en: 'Rule panel', zh: '公式面板' },
  wholeCell: { en: 'Whole cell', zh: '整个单元' },
} as const satisfies Record<string, Bilingual>;
