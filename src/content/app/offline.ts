import type { Bilingual } from '../bilingual';

/** The notice under the header when a newer version of the app has downloaded. */
export const offlineText = {
  updateReady: {
    en: 'A new version of Gatescope is ready; it starts when you reload.',
    zh: 'Gatescope 新版本已就绪，重新加载后生效。',
  },
  reload: { en: 'Reload now', zh: '立即重新加载' },
  dismiss: { en: 'Dismiss this notice', zh: '关闭此提示' },
} as const satisfies Record<string, Bilingual>;
