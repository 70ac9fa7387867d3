import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inputSketchText } from '../../src/content/sequence/sequenceInputs';
import { appUrl, launchBrowser, openPage, withPhone, PHONE_SCREEN as PHONE } from './support/browser';

// A phone (390 × 844, touch, no hover) as a student holds it: the tall phone diagram brings each
// stage's lit parts into view as the walkthrough or the course moves on, and leaves the page where
// the student put it while a slider moves; the comparison shows its plot with the sliders that
// move it on the first screen, and its formulas and tables wrap or show that they scroll; the
// sequence's input sketch says what a finger does, not which keys to press. Screenshots go to
// test-results/screenshots/phone-reveal/.

const screenshotDir = fileURLToPath(new URL('../../test-results/screenshots/phone-reveal/', import.meta.url));

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  await mkdir(screenshotDir, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

/**
 * The diagram's lit parts (its current stage) and the part of the window where they can be seen:
 * below whatever sticks at the top (the walkthrough bar), above the course's dock if it is open.
 */
function litAndBand(page: Page) {
  return page.evaluate(() => {
    const diagram = document.querySelector<HTMLElement>('.cell-diagram')!;
    const boxes = [...diagram.querySelectorAll('.is-lit')]
      .map((part) => part.getBoundingClientRect())
      .filter((box) => box.width > 0 || box.height > 0);
    let top = 0;
    for (const element of document.querySelectorAll('body *')) {
      if (element.closest('.tour-dock')) continue;
      const position = getComputedStyle(element).position;
      if (position !== 'sticky' && position !== 'fixed') continue;
      const box = element.getBoundingClientRect();
      if (box.height > 0 && box.top <= 1 && box.bottom > 0) top = Math.max(top, box.bottom);
    }
    const dock = document.querySelector('.tour-dock')?.getBoundingClientRect();
    return {
      stage: diagram.dataset.stage,
      layout: diagram.dataset.layout,
      lit: { top: Math.min(...boxes.map((box) => box.top)), bottom: Math.max(...boxes.map((box) => box.bottom)) },
      band: { top, bottom: dock ? dock.top : window.innerHeight },
      scrollY: window.scrollY,
    };
  });
}

/**
 * 'in view' when the stage's lit parts are where the student can see them: all of them inside the
 * band when they fit in it, otherwise their end (where the stage's flow arrives: the phone drawing
 * reads top to bottom) inside it and the band filled with them. Otherwise what is wrong.
 */
async function stageInView(page: Page): Promise<string> {
  const { stage, lit, band } = await litAndBand(page);
  const room = band.bottom - band.top;
  const where = `${stage}: lit ${Math.round(lit.top)}–${Math.round(lit.bottom)}, band ${band.top}–${band.bottom}`;
  if (lit.bottom - lit.top <= room - 24) {
    return lit.top >= band.top - 1 && lit.bottom <= band.bottom + 1 ? 'in view' : where;
  }
  const shown = Math.min(lit.bottom, band.bottom) - Math.max(lit.top, band.top);
  return lit.bottom <= band.bottom + 1 && shown >= room - 26 ? 'in view' : where;
}

const shownStage = (page: Page) => page.locator('.cell-diagram').getAttribute('data-stage');

describe('the phone diagram follows the walkthrough (390 × 844)', () => {
  const explorers = [
    { name: 'LSTM, en', query: 'lang=en', stages: ['concat', 'forget', 'write', 'update', 'output', 'hidden'] },
    { name: 'GRU, zh', query: 'view=gru&lang=zh', stages: ['inputs', 'reset', 'update', 'candidate', 'hidden'] },
    {
      name: 'LSTM, side by side',
      query: 'lang=en&both=1',
      stages: ['concat', 'forget', 'write', 'update', 'output', 'hidden'],
    },
  ];
  for (const explorer of explorers) {
    it(`${explorer.name}: after Next to each stage and Previous back, the stage's lit parts are on screen`, async () => {
      await withPhone(
        browser,
        explorer.query,
        '[data-explanation-ready="true"] .cell-diagram[data-layout="narrow"]',
        async (page) => {
          const next = page.locator('.walkthrough-controls button').last();
          const previous = page.locator('.walkthrough-controls button').first();
          for (const stage of explorer.stages.slice(1)) {
            await next.tap();
            await expect.poll(() => shownStage(page)).toBe(stage);
            await expect.poll(() => stageInView(page), { timeout: 4000 }).toBe('in view');
            await page.screenshot({ path: `${screenshotDir}${explorer.query.replace(/[&=]/g, '-')}-${stage}.png` });
          }
          for (const stage of explorer.stages.slice(-3, -1).reverse()) {
            await previous.tap();
            await expect.poll(() => shownStage(page)).toBe(stage);
            await expect.poll(() => stageInView(page), { timeout: 4000 }).toBe('in view');
          }
        },
      );
    }, 90_000);
  }

  it('moves at once, without a smooth scroll, when the phone asks for less motion', async () => {
    await withPhone(
      browser,
      'lang=en&stage=1',
      '[data-explanation-ready="true"] .cell-diagram[data-layout="narrow"]',
      async (page) => {
        // The tap and the next two frames: already there.
        const seen = await page.evaluate(async () => {
          const next = [...document.querySelectorAll<HTMLButtonElement>('.walkthrough-controls button')].at(-1)!;
          next.click();
          await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
          return window.scrollY;
        });
        expect(seen).toBeGreaterThan(0);
        expect(await stageInView(page)).toBe('in view');
      },
      { reducedMotion: 'reduce' },
    );
  });

  it('leaves the page where the student put it while a slider moves the diagram', async () => {
    await withPhone(
      browser,
      'lang=en&stage=2',
      '[data-explanation-ready="true"] .cell-diagram[data-layout="narrow"]',
      async (page) => {
        const slider = page.locator('.live-controls input[type="range"]').first();
        await slider.scrollIntoViewIfNeeded();
        await page.waitForTimeout(300);
        const before = await litAndBand(page);
        const box = (await slider.boundingBox())!;
        const y = box.y + box.height / 2;
        await page.mouse.move(box.x + box.width * 0.5, y);
        await page.mouse.down();
        for (const share of [0.6, 0.7, 0.8, 0.9]) await page.mouse.move(box.x + box.width * share, y);
        await page.mouse.up();
        await page.waitForTimeout(800);
        const after = await litAndBand(page);
        expect(after.stage).toBe('write');
        expect(Math.abs(after.scrollY - before.scrollY)).toBeLessThanOrEqual(1);
      },
    );
  });

  it('with the course open, each step’s stage lands in the half of the screen above the dock', async () => {
    await withPhone(browser, 'lang=en&tour=forgetGate', '.tour-ring', async (page) => {
      await page.locator('[data-explanation-ready="true"] .cell-diagram[data-layout="narrow"]').waitFor();
      for (const stage of ['forget', 'write', 'update', 'output']) {
        await expect.poll(() => shownStage(page)).toBe(stage);
        const { band } = await litAndBand(page);
        expect(band.bottom, 'the dock leaves half the screen').toBeGreaterThanOrEqual(PHONE.height / 2 - 1);
        await expect.poll(() => stageInView(page), { timeout: 6000 }).toBe('in view');
        await page.screenshot({ path: `${screenshotDir}course-${stage}.png` });
        if (stage !== 'output') await page.locator('.tour-dock .tour-next').tap();
      }
    });
  }, 90_000);
});

describe('the comparison on a phone (390 × 844)', () => {
  for (const language of ['lang=en', 'lang=zh', 'lang=en&both=1']) {
    it(`${language}: the plot, its legend and the first sliders share the first screen`, async () => {
      await withPhone(browser, `view=compare&${language}`, '.pulse-chart', async (page) => {
        const inFirstScreen = (selector: string, index = 0) =>
          page
            .locator(selector)
            .nth(index)
            .evaluate((element) => {
              const box = element.getBoundingClientRect();
              return (
                box.top >= 0 && box.bottom <= window.innerHeight && box.left >= 0 && box.right <= window.innerWidth
              );
            });
        expect(await page.evaluate(() => window.scrollY)).toBe(0);
        expect(await inFirstScreen('.pulse-chart'), 'plot').toBe(true);
        expect(await inFirstScreen('.pulse-legend'), 'legend').toBe(true);
        expect(await inFirstScreen('.pulse-controls input[type="range"]', 0), 'LSTM forget-bias slider').toBe(true);
        expect(await inFirstScreen('.pulse-controls input[type="range"]', 1), 'GRU update-bias slider').toBe(true);
        // The compact legend names every line.
        expect(await page.locator('.pulse-legend li').count()).toBe(3);
        await page.screenshot({ path: `${screenshotDir}compare-${language.replace(/[&=]/g, '-')}.png` });
      });
    });
  }

  it('wraps its lessons’ formulas, and shows where a formula or a table scrolls sideways', async () => {
    await withPhone(browser, 'view=compare&lang=en&both=1', '.parameter-table', async (page) => {
      const boxes = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.compare-view .formula, .compare-view .scroll-cue')].map((box) => {
          const style = getComputedStyle(box);
          return {
            what: `${box.className} in ${box.closest('section')?.getAttribute('aria-labelledby')}`,
            lesson: box.closest('.compare-lesson') !== null,
            overflow: box.scrollWidth - box.clientWidth,
            // The cue: shadows at the edges that have more, drawn as the box's background.
            cue:
              style.overflowX === 'auto' &&
              style.backgroundImage.includes('linear-gradient') &&
              style.backgroundAttachment.includes('local'),
            pageOverflow: box.getBoundingClientRect().right > window.innerWidth,
          };
        }),
      );
      expect(boxes.filter((box) => box.lesson).length).toBe(4);
      for (const box of boxes) {
        expect(box.pageOverflow, box.what).toBe(false);
        if (box.lesson) expect(box.overflow, `${box.what} wraps`).toBeLessThanOrEqual(1);
        if (box.overflow > 1) expect(box.cue, `${box.what} scrolls ${box.overflow} px without a cue`).toBe(true);
      }
      // Nothing else in the view scrolls sideways on its own, hidden.
      const silent = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.compare-view *')]
          // Drawn at least 2 px wide: a name kept only for screen readers is clipped to 1 px on purpose.
          .filter((element) => element.clientWidth > 1 && element.scrollWidth > element.clientWidth + 1)
          .filter((element) => ['auto', 'scroll', 'hidden'].includes(getComputedStyle(element).overflowX))
          .filter((element) => !element.matches('.formula, .scroll-cue') && !element.closest('.formula'))
          .map((element) => element.className),
      );
      expect(silent).toEqual([]);
      // The tables are wider than a phone: they scroll, and their box shows it.
      expect(boxes.filter((box) => box.what.startsWith('parameter-table-scroll') && box.overflow > 1).length).toBe(4);
      await page.locator('.parameter-table-scroll').first().scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${screenshotDir}compare-table.png` });
    });
  });
});

describe('the input sketch’s hint', () => {
  const KEYS = /[←→↑↓]|Shift|Keyboard|键盘/;
  for (const language of ['en', 'zh'] as const) {
    it(`${language}: on a touch screen says what a finger does, and names no keys`, async () => {
      await withPhone(browser, `view=sequence&lang=${language}`, '.input-sketch', async (page) => {
        const caption = page.locator('.input-sketch-figure figcaption');
        await caption.scrollIntoViewIfNeeded();
        const shown = await caption.innerText();
        expect(shown).not.toMatch(KEYS);
        expect(shown).toContain(inputSketchText.touchHint[language]);
        await page.screenshot({ path: `${screenshotDir}sketch-${language}.png` });
      });
    });
  }

  it('names the keys where there is a mouse and a keyboard', async () => {
    const watched = await openPage(browser, { viewport: { width: 1366, height: 768 } });
    try {
      await watched.page.goto(appUrl('/?view=sequence&lang=en'));
      const caption = watched.page.locator('.input-sketch-figure figcaption');
      await caption.waitFor();
      const shown = await caption.innerText();
      expect(shown).toContain(inputSketchText.hint.en);
      expect(shown).not.toContain(inputSketchText.touchHint.en);
      expect(watched.problems).toEqual([]);
    } finally {
      await watched.close();
    }
  });
});
