import type { Bilingual } from './bilingual';

/**
 * The phone's slider tray in both cell explorers: a button in the walkthrough bar opens the
 * sliders of x, h, C and the bias shifts in a tray along the bottom of the screen, under the
 * diagram they move.
 */
export const sliderTrayText = {
  /** The button that opens and closes the tray, and the tray's own name. */
  sliders: { en: 'Sliders', zh: '滑块' },
  close: { en: 'Close', zh: '关闭' },
  /** The close button's full name, for screen readers. */
  closeName: { en: 'Close the sliders', zh: '关闭滑块' },
} as const satisfies Record<string, Bilingual>;
