import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, launchBrowser, openPage } from './support/browser';

// The sequence view's main drawing is its timeline: on a laptop, a projector and a wide projector
// it is the largest drawing of the page and sits whole on the first screen, in English, Chinese and
// side by side. The input sketch further down is a compact strip to draw in, still large enough to
// draw x_t step by step.

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const LANGUAGES = [
  { name: 'en', query: 'lang=en' },
  { name: 'zh', query: 'lang=zh' },
  { name: 'both', query: 'lang=en&both=1' },
] as const;

const SCREENS = [
  { width: 1366, height: 768 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;

/** Every drawn SVG of the page, largest first, with its class and box. */
function drawings(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('svg')]
      .map((svg) => {
        const box = svg.getBoundingClientRect();
        return {
          name: svg.getAttribute('class') ?? '',
          area: box.width * box.height,
          top: box.top,
          bottom: box.bottom,
          left: box.left,
          right: box.right,
          width: box.width,
          height: box.height,
        };
      })
      .filter((drawing) => drawing.area > 0)
      .sort((a, b) => b.area - a.area),
  );
}

/** Every row name and step number of the timeline: its size on screen, and whether a row name sticks out of its gutter. */
function timelineLabels(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<SVGTextElement>('.timeline-frame text')].map((text) => {
      const svg = text.closest('svg')!;
      const frame = svg.getBoundingClientRect();
      const box = text.getBoundingClientRect();
      const scale = frame.width / svg.viewBox.baseVal.width;
      return {
        text: text.textContent ?? '',
        px: parseFloat(getComputedStyle(text).fontSize) * scale,
        outside: svg.classList.contains('timeline-labels') && (box.left < frame.left || box.right > frame.right),
      };
    }),
  );
}

describe('the sequence view’s largest drawing is its timeline, on the first screen', () => {
  for (const screen of SCREENS) {
    it(`${screen.width}×${screen.height}, in English, Chinese and side by side`, async () => {
      const watched = await openPage(browser, { viewport: screen });
      try {
        const { page } = watched;
        for (const language of LANGUAGES) {
          await page.goto(appUrl(`/?view=sequence&${language.query}`));
          await page.locator('.timeline-glyph').first().waitFor();
          await page.locator('.input-sketch').waitFor();
          await page.evaluate(() => document.fonts.ready);
          const [largest, ...rest] = await drawings(page);
          expect(largest?.name, `${language.name}: the largest drawing`).toContain('timeline-svg');
          expect(largest!.top, language.name).toBeGreaterThanOrEqual(0);
          expect(largest!.bottom, `${language.name}: on the first screen`).toBeLessThanOrEqual(screen.height);
          expect(largest!.right, language.name).toBeLessThanOrEqual(screen.width);
          // The sketch: a strip wide enough to draw 30 steps (more than 12 px each) over x's −3 … 3.
          const sketch = rest.find((drawing) => drawing.name.includes('input-sketch'));
          expect(sketch, `${language.name}: the sketch is drawn`).toBeDefined();
          expect(sketch!.area).toBeLessThan(largest!.area);
          expect(sketch!.width, `${language.name}: sketch width`).toBeGreaterThanOrEqual(420);
          expect(sketch!.height, `${language.name}: sketch height`).toBeGreaterThanOrEqual(170);
          // Its row names and step numbers read from the back of the room, and none is cut by its box.
          const labels = await timelineLabels(page);
          for (const label of labels) {
            expect(label.px, `${language.name}: "${label.text}"`).toBeGreaterThanOrEqual(14);
            expect(label.outside, `${language.name}: "${label.text}" inside the gutter`).toBe(false);
          }
        }
        expect(watched.problems).toEqual([]);
      } finally {
        await watched.close();
      }
    });
  }
});

it('a bidirectional timeline names both directions of every layer in its gutter, at 14 px or more at 1280×720', async () => {
  const watched = await openPage(browser, { viewport: { width: 1280, height: 720 } });
  try {
    const { page } = watched;
    for (const language of LANGUAGES) {
      await page.goto(appUrl(`/?view=sequence&sdir=1&${language.query}`));
      await page.locator('.timeline-glyph').first().waitFor();
      await page.evaluate(() => document.fonts.ready);
      const labels = await timelineLabels(page);
      expect(labels.map((label) => label.text).join(' '), language.name).toMatch(/reverse|反向/);
      for (const label of labels) {
        expect(label.px, `${language.name}: "${label.text}"`).toBeGreaterThanOrEqual(14);
        expect(label.outside, `${language.name}: "${label.text}" inside the gutter`).toBe(false);
      }
    }
    expect(watched.problems).toEqual([]);
  } finally {
    await watched.close();
  }
});
