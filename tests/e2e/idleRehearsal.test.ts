import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOUR_STORAGE_KEY } from '../../src/store/tour/connectTourToPage';
import { WARM_UP_RUNS } from '../../src/store/warmUp';
import { appUrl, launchBrowser, openPage } from './support/browser';

// When an explorer has drawn its numbers and the page is still, it rehearses a drag a few times
// (useWarmUpWhenIdle, the store's warmUp): the moved numbers are rendered and the student's put
// back in the same task, so the first real drag runs compiled code. A student must see nothing of
// it: no frame could paint the moved numbers, and the page ends with the very numbers, link and
// tour progress it had.

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('the explorers’ idle rehearsal', () => {
  for (const view of ['lstm', 'gru'] as const) {
    it(`${view}: runs in the page, and leaves its numbers, its link and the tour as they were`, async () => {
      const { page, problems, close } = await openPage(browser, { viewport: { width: 1920, height: 1080 } });
      try {
        // Holds the page's idle callbacks until the numbers it first shows are read; then reads the
        // diagram's numbers at the end of each idle task that changed them: what the next frame
        // would paint.
        await page.addInitScript(() => {
          const held: [IdleRequestCallback, IdleRequestOptions | undefined][] = [];
          const request = window.requestIdleCallback.bind(window);
          const shown = () => Array.from(document.querySelectorAll('.vector-strip-value'), (text) => text.textContent);
          const probe = {
            changed: 0,
            holding: true,
            paintable: [] as (string | null)[][],
            release() {
              probe.holding = false;
              probe.changed = 0;
              for (const [callback, options] of held.splice(0)) watched(callback, options);
            },
          };
          const watched = (callback: IdleRequestCallback, options?: IdleRequestOptions) =>
            request((deadline) => {
              const before = probe.changed;
              callback(deadline);
              observer.takeRecords().forEach(count);
              if (probe.changed > before) probe.paintable.push(shown());
            }, options);
          window.requestIdleCallback = (callback, options) => {
            if (!probe.holding) return watched(callback, options);
            held.push([callback, options]);
            return 0;
          };
          (window as unknown as { rehearsalProbe: typeof probe }).rehearsalProbe = probe;
          const count = (record: MutationRecord) => {
            if (record.target.parentElement?.classList.contains('vector-strip-value')) probe.changed++;
          };
          const observer = new MutationObserver((records) => records.forEach(count));
          observer.observe(document, { subtree: true, characterData: true });
        });
        const query = `?view=${view}&${view === 'lstm' ? 'size' : 'gsize'}=3x4`;
        await page.goto(appUrl(`/${query}`));
        await page.locator(`.${view}-explorer [data-explanation-ready="true"]`).waitFor();
        const numbers = () => page.locator('.vector-strip-value').allTextContents();
        const kept = () =>
          page.evaluate((key) => ({ search: location.search, tour: localStorage.getItem(key) }), TOUR_STORAGE_KEY);
        const before = { numbers: await numbers(), kept: await kept() };
        await page.evaluate(() =>
          (window as unknown as { rehearsalProbe: { release(): void } }).rehearsalProbe.release(),
        );

        // The rehearsals wait for idle periods no frame cuts short: polled on a timer, since polling
        // in animation frames (Playwright's default) would keep the page from ever being still.
        await page.waitForFunction(
          (runs) =>
            (window as unknown as { rehearsalProbe: { paintable: unknown[] } }).rehearsalProbe.paintable.length >= runs,
          WARM_UP_RUNS,
          { timeout: 10_000, polling: 100 },
        );

        // Each rehearsal moved the numbers and put them back before its task ended: the numbers a
        // frame could paint were always the student's.
        const paintable = await page.evaluate(
          () => (window as unknown as { rehearsalProbe: { paintable: string[][] } }).rehearsalProbe.paintable,
        );
        expect(paintable.length).toBeGreaterThanOrEqual(WARM_UP_RUNS);
        for (const numbers of paintable) expect(numbers).toEqual(before.numbers);
        expect(await numbers()).toEqual(before.numbers);
        expect(await kept()).toEqual(before.kept);
        expect(problems).toEqual([]);
      } finally {
        await close();
      }
    });
  }
});
