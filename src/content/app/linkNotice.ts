import type { Bilingual } from '../bilingual';

/** The notice under the header when parts of the link the page was opened with could not be read. */
export const linkNoticeText = {
  unread: {
    en: 'Parts of this link could not be read; defaults are shown for:',
    zh: '链接中有部分内容无法读取，以下各项显示默认值：',
  },
  more: { en: 'and {count} more', zh: '另有 {count} 项' },
  dismiss: { en: 'Dismiss this notice', zh: '关闭此提示' },
} as const satisfies Record<string, Bilingual>;
