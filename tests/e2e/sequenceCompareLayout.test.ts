import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, launchBrowser, openPage, withPhone, PHONE_SCREEN as PHONE } from './support/browser';

// Where the sequence view and the LSTM vs GRU view put what a class drags and what it watches:
// on a laptop and a projector, the timeline and its playback (the comparison's plot) together
// with their sliders on the first screen; on a phone, nothing wider than the screen, the
// timeline on the step shown, and the plot's text readable.

const screenshotDir = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  await mkdir(screenshotDir, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

const languages = [
  { name: 'en', query: 'lang=en' },
  { name: 'zh', query: 'lang=zh' },
  { name: 'en+zh', query: 'lang=en&both=1' },
] as const;

const screens = [
  { width: 1366, height: 768 },
  { width: 1280, height: 720 },
] as const;

type Box = { left: number; top: number; right: number; bottom: number };

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  expect(box, 'drawn').not.toBeNull();
  return { left: box!.x, top: box!.y, right: box!.x + box!.width, bottom: box!.y + box!.height };
}

/** Fails unless `locator` is drawn whole inside the first screen (the page not scrolled). */
async function expectOnFirstScreen(page: Page, locator: Locator, what: string): Promise<void> {
  const { width, height } = page.viewportSize()!;
  const box = await boxOf(locator);
  expect(box.top, `${what}: top`).toBeGreaterThanOrEqual(0);
  expect(box.left, `${what}: left`).toBeGreaterThanOrEqual(0);
  expect(box.bottom, `${what}: bottom (first screen ${height} px)`).toBeLessThanOrEqual(height);
  expect(box.right, `${what}: right`).toBeLessThanOrEqual(width);
}

/** Opens `query` in a fresh page of `viewport`, waits for `ready`, runs `check`, and fails on any page problem. */
async function withView(
  query: string,
  ready: string,
  viewport: { width: number; height: number },
  check: (page: Page) => Promise<void>,
): Promise<void> {
  const watched = await openPage(browser, { viewport });
  try {
    await watched.page.goto(appUrl(`/?${query}`));
    await watched.page.locator(ready).first().waitFor();
    await watched.page.evaluate(() => document.fonts.ready);
    expect(await watched.page.evaluate(() => window.scrollY)).toBe(0);
    await check(watched.page);
    expect(watched.problems).toEqual([]);
  } finally {
    await watched.close();
  }
}

const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** The step the scrubber says is shown, from its spoken value ("t = 7 of 0 … 29" or the Chinese). */
async function shownStep(page: Page): Promise<number> {
  const text = (await page.locator('.playback-range').getAttribute('aria-valuetext')) ?? '';
  return Number(/t = (\d+)/.exec(text)![1]);
}

/** Whether the ring on the selected cell is inside the window on the timeline's columns. */
function selectedInView(page: Page): Promise<{ t: number; inView: boolean }> {
  return page.evaluate(() => {
    const window = document.querySelector('.timeline-window')!.getBoundingClientRect();
    const ring = document.querySelector('.timeline-selected')!.getBoundingClientRect();
    const text = document.querySelector('.playback-range')!.getAttribute('aria-valuetext') ?? '';
    return {
      t: Number(/t = (\d+)/.exec(text)![1]),
      inView: ring.left >= window.left - 0.5 && ring.right <= window.right + 0.5 && ring.width > 0,
    };
  });
}

describe('the sequence view on a laptop and a projector', () => {
  for (const screen of screens) {
    for (const language of languages) {
      it(`${screen.width}×${screen.height}, ${language.name}: the timeline, its playback controls and the forget-bias slider on the first screen`, async () => {
        await withView(`view=sequence&${language.query}`, '.timeline-glyph', screen, async (page) => {
          await expectOnFirstScreen(page, page.locator('.timeline-frame'), 'timeline');
          await expectOnFirstScreen(page, page.locator('.playback-buttons'), 'play / step buttons');
          await expectOnFirstScreen(page, page.locator('.playback-range'), 'time slider');
          // The default network is an LSTM with its forget gates raised: b_f is the first bias slider.
          await expectOnFirstScreen(page, page.locator('.sequence-weights input[type="range"]').first(), 'b_f slider');
          // Every step numbered under its column: 30 steps, 0 … 29, the selected one in bold.
          const ticks = await page.locator('.timeline-tick:not(.timeline-tick-shown)').allTextContents();
          expect(ticks[0]).toBe('0');
          expect(ticks.map(Number)).toEqual([...ticks.keys()].map((index) => index * (Number(ticks[1]) || 1)));
          expect(await page.locator('.timeline-tick-shown').textContent()).toBe('0');
          await page.screenshot({
            path: `${screenshotDir}seqcmp-sequence-${language.name}-${screen.width}x${screen.height}.png`,
          });
        });
      });

      it(`${screen.width}×${screen.height}, ${language.name}: the comparison’s pulse plot and its forget and update bias sliders on the first screen`, async () => {
        await withView(`view=compare&${language.query}`, '.pulse-chart', screen, async (page) => {
          await expectOnFirstScreen(page, page.locator('.pulse-chart'), 'pulse plot');
          const sliders = page.locator('.pulse-controls input[type="range"]');
          await expectOnFirstScreen(page, sliders.nth(0), 'forget-bias slider (LSTM)');
          await expectOnFirstScreen(page, sliders.nth(1), 'update-bias slider (GRU)');
          await page.screenshot({
            path: `${screenshotDir}seqcmp-compare-${language.name}-${screen.width}x${screen.height}.png`,
          });
        });
      });
    }
  }

  it('a long sequence on a projector: the timeline follows playback to the last step, the selected column always in view', async () => {
    await withView('view=sequence&lang=en&slen=50&sspeed=30', '.timeline-glyph', screens[1], async (page) => {
      // 50 columns do not fit beside the sliders: the columns scroll, and say so.
      await expect.poll(() => page.locator('.timeline-window').getAttribute('data-hidden-after')).toBe('true');
      await page.getByRole('button', { name: 'Play' }).click();
      const seen: { t: number; inView: boolean }[] = [];
      await expect
        .poll(
          async () => {
            const now = await selectedInView(page);
            seen.push(now);
            return now.t;
          },
          { timeout: 10_000, interval: 100 },
        )
        .toBe(49);
      expect(seen.filter((sample) => !sample.inView)).toEqual([]);
      expect(seen.some((sample) => sample.t > 30 && sample.t < 49)).toBe(true);
      expect(await page.locator('.timeline-window').getAttribute('data-hidden-before')).toBe('true');
      expect(await page.locator('.timeline-tick-shown').textContent()).toBe('49');
      // A drag to the right brings the first steps back; releasing it opens no cell.
      const window = await boxOf(page.locator('.timeline-window'));
      const y = (window.top + window.bottom) / 2;
      await page.mouse.move(window.left + 40, y);
      await page.mouse.down();
      for (let x = window.left + 60; x <= window.right - 40; x += 40) await page.mouse.move(x, y);
      await page.mouse.up();
      await expect.poll(() => page.locator('.timeline-window').getAttribute('data-hidden-before')).toBe(null);
      expect(new URL(page.url()).searchParams.get('view')).toBe('sequence');
      expect(await page.locator('.timeline-tick:not(.timeline-tick-shown)').first().textContent()).toBe('0');
      const first = await boxOf(page.locator('.timeline-glyph').first());
      expect(first.left).toBeGreaterThanOrEqual(window.left);
    });
  });
});

/** A phone with a device-pixel ratio of 3, as many are. */
const onPhone = (query: string, ready: string, check: (page: Page) => Promise<void>) =>
  withPhone(browser, query, ready, check, { deviceScaleFactor: 3 });

describe('the sequence view and the comparison on a phone (390 × 844)', () => {
  for (const language of languages) {
    it(`${language.name}: no sideways scroll; the timeline inside the screen, on the step shown after stepping to the end; a thumb-sized time slider`, async () => {
      await onPhone(`view=sequence&${language.query}`, '.timeline-glyph', async (page) => {
        expect(await sideways(page)).toBeLessThanOrEqual(0);
        // The drawing itself fits the screen: a window on the steps, not a strip to scroll sideways.
        for (const part of ['.timeline-frame', '.timeline-labels', '.timeline-svg']) {
          const box = await boxOf(page.locator(part));
          expect(box.left, part).toBeGreaterThanOrEqual(0);
          expect(box.right, part).toBeLessThanOrEqual(PHONE.width);
        }
        // The steps outside the window are announced by a visible cue, not cut off silently.
        expect(await page.locator('.timeline-window').getAttribute('data-hidden-after')).toBe('true');
        const scrub = await boxOf(page.locator('.playback-range'));
        expect(scrub.bottom - scrub.top, 'time slider height').toBeGreaterThanOrEqual(44);
        expect(scrub.right - scrub.left, 'time slider width').toBeGreaterThanOrEqual(150);
        // Row names and step numbers stay readable at the timeline's phone scale.
        const smallest = await page.evaluate(() => {
          const sizes = [...document.querySelectorAll('.timeline-frame text')].map((text) => {
            const svg = text.closest('svg')!;
            const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
            return parseFloat(getComputedStyle(text).fontSize) * scale;
          });
          return Math.min(...sizes);
        });
        expect(smallest).toBeGreaterThanOrEqual(11);

        await page.locator('.playback-buttons button').last().tap();
        await expect.poll(() => shownStep(page)).toBe(29);
        await expect.poll(async () => (await selectedInView(page)).inView).toBe(true);
        expect(await page.locator('.timeline-tick-shown').textContent()).toBe('29');
        expect(await page.locator('.timeline-window').getAttribute('data-hidden-before')).toBe('true');
        expect(await sideways(page)).toBeLessThanOrEqual(0);
        await page.locator('.timeline-frame').scrollIntoViewIfNeeded();
        await page.screenshot({ path: `${screenshotDir}seqcmp-sequence-${language.name}-phone.png` });
      });
    });

    it(`${language.name}: the comparison’s plot fits the screen width, with no text under 11 px`, async () => {
      await onPhone(`view=compare&${language.query}`, '.pulse-chart', async (page) => {
        expect(await sideways(page)).toBeLessThanOrEqual(0);
        const chart = await boxOf(page.locator('.pulse-chart'));
        expect(chart.left).toBeGreaterThanOrEqual(0);
        expect(chart.right).toBeLessThanOrEqual(PHONE.width);
        const text = await page.evaluate(() => {
          const svg = document.querySelector<SVGSVGElement>('.pulse-chart')!;
          const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
          const boxes = [...svg.querySelectorAll('text')].map((label) => label.getBoundingClientRect());
          return {
            smallest: Math.min(
              ...[...svg.querySelectorAll('text')].map((label) => parseFloat(getComputedStyle(label).fontSize) * scale),
            ),
            // No label sticks out of the screen either.
            outside: boxes.filter((box) => box.left < 0 || box.right > window.innerWidth).length,
          };
        });
        expect(text.smallest).toBeGreaterThanOrEqual(11);
        expect(text.outside).toBe(0);
        await page.locator('.pulse-chart').scrollIntoViewIfNeeded();
        await page.screenshot({ path: `${screenshotDir}seqcmp-compare-${language.name}-phone.png` });
      });
    });
  }

  it('a 50-step sequence on a phone numbers its steps without the numbers running into each other', async () => {
    await onPhone('view=sequence&lang=en&slen=50&st=37', '.timeline-glyph', async (page) => {
      await expect.poll(async () => (await selectedInView(page)).inView).toBe(true);
      const boxes = await page
        .locator('.timeline-tick:not(.timeline-tick-shown)')
        .evaluateAll((ticks) =>
          ticks.map((tick) => tick.getBoundingClientRect()).map((box) => ({ left: box.left, right: box.right })),
        );
      expect(boxes.length).toBeGreaterThan(1);
      expect(boxes.length).toBeLessThan(50);
      for (let index = 1; index < boxes.length; index++)
        expect(boxes[index]!.left).toBeGreaterThan(boxes[index - 1]!.right);
      expect(await page.locator('.timeline-tick-shown').textContent()).toBe('37');
    });
  });
});
