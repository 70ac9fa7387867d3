import type { Page } from 'playwright-core';
import { percentile } from './timing';
import { PLAYBACK } from './webCases';

export interface PlaybackRow {
  stepP50: number;
  stepP95: number;
  /** Steps that took longer than one 60 Hz frame (plus 4 ms of slack), of all steps timed. */
  slowSteps: number;
  steps: number;
}

/**
 * Plays the L = 50 sequence at 60 steps per second three times and times each step: from one
 * change of the step shown to the next. 60 fps means every step lands on the next frame.
 */
export async function measurePlayback(page: Page, baseUrl: string): Promise<PlaybackRow> {
  await page.goto(new URL(PLAYBACK.query, baseUrl).href);
  await page.locator(PLAYBACK.ready).first().waitFor({ timeout: 30_000 });
  const intervals: number[] = [];
  for (let run = 0; run < 3; run++) {
    await page.keyboard.press('Home');
    const times = await page.evaluate(
      () =>
        new Promise<number[]>((resolve) => {
          const shown = document.querySelector('.playback-step')!;
          const stamps: number[] = [];
          const observer = new MutationObserver(() => {
            stamps.push(performance.now());
            if (shown.textContent?.startsWith('t = 49')) {
              observer.disconnect();
              resolve(stamps);
            }
          });
          observer.observe(shown, { subtree: true, childList: true, characterData: true });
          (document.querySelector('.playback-play') as HTMLButtonElement).click();
        }),
    );
    for (let index = 1; index < times.length; index++) intervals.push(times[index]! - times[index - 1]!);
  }
  return {
    stepP50: percentile(intervals, 50),
    stepP95: percentile(intervals, 95),
    slowSteps: intervals.filter((interval) => interval > 1000 / 60 + 4).length,
    steps: intervals.length,
  };
}
