import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations } from './support/axe';
import { appUrl, launchBrowser, openPage, PHONE_SCREEN as PHONE } from './support/browser';

// The cell explorers on a 390 × 844 phone, as a link shared in a class chat opens them: each
// diagram takes its phone drawing, fits the screen's width with nothing scrolling sideways, sets
// every number and subscript at 11 px or more, keeps the current stage's parts on screen and its
// numbers inside their cells. Screenshots go to test-results/screenshots/phone-layout/.

const screenshotDir = fileURLToPath(new URL('../../test-results/screenshots/phone-layout/', import.meta.url));

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  await mkdir(screenshotDir, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

interface PhoneCase {
  name: string;
  query: string;
  /** The stage the diagram shows (its `data-stage`). */
  stage: string;
}

const languages = [
  { name: 'en', query: 'lang=en' },
  { name: 'zh', query: 'lang=zh' },
  { name: 'en+zh', query: 'lang=en&both=1' },
];
const cases: PhoneCase[] = [
  ...languages.flatMap((language) => [
    { name: `lstm-${language.name}-first`, query: `${language.query}&stage=0`, stage: 'concat' },
    { name: `lstm-${language.name}-last`, query: `${language.query}&stage=5`, stage: 'hidden' },
    { name: `gru-${language.name}-first`, query: `view=gru&${language.query}&gstage=0`, stage: 'inputs' },
    { name: `gru-${language.name}-last`, query: `view=gru&${language.query}&gstage=4`, stage: 'hidden' },
  ]),
  { name: 'lstm-8x8-update', query: 'lang=en&size=8x8&stage=3', stage: 'update' },
  { name: 'gru-8x8-candidate', query: 'view=gru&lang=zh&gsize=8x8&gstage=3', stage: 'candidate' },
  { name: 'lstm-course', query: 'lang=en&size=50x100&stage=2', stage: 'write' },
  { name: 'gru-course', query: 'view=gru&lang=en&both=1&gsize=10x20&gstage=2', stage: 'update' },
];

/** What a reader of the phone sees of the diagram, measured in the page. */
function measureDiagram(page: Page) {
  return page.evaluate(() => {
    const frame = document.querySelector<HTMLElement>('.cell-diagram')!;
    const svg = frame.querySelector('svg')!;
    const box = svg.getBoundingClientRect();
    const scale = box.width / svg.viewBox.baseVal.width;
    const shown = (element: Element) => {
      const rect = element.getBoundingClientRect();
      return rect.width > 0 || rect.height > 0;
    };
    const texts = [...svg.querySelectorAll('text, tspan')].filter(
      (text) => (text.textContent ?? '').trim() !== '' && shown(text),
    );
    const sizes = texts.map((text) => ({
      text: text.textContent ?? '',
      px: parseFloat(getComputedStyle(text).fontSize) * scale,
    }));
    const smallest = sizes.reduce((min, size) => (size.px < min.px ? size : min), { text: '', px: Infinity });
    const lit = [...svg.querySelectorAll('.is-lit')].filter(shown).map((element) => element.getBoundingClientRect());
    // A number wider than its cell would be cut or run into its neighbour.
    const cramped = [...svg.querySelectorAll<SVGTextElement>('text.vector-strip-value')]
      .filter((text) => text.getBBox().width > text.parentElement!.querySelector('rect')!.width.baseVal.value - 2)
      .map((text) => text.textContent);
    return {
      layout: frame.dataset.layout,
      stage: frame.dataset.stage,
      pageScrollWidth: document.scrollingElement!.scrollWidth,
      innerWidth: window.innerWidth,
      frameOverflow: frame.scrollWidth - frame.clientWidth,
      svgLeft: box.left,
      svgRight: box.right,
      smallest,
      litCount: lit.length,
      litLeft: Math.min(...lit.map((rect) => rect.left)),
      litRight: Math.max(...lit.map((rect) => rect.right)),
      cramped,
    };
  });
}

describe('the cell explorers on a 390 × 844 phone', () => {
  for (const phoneCase of cases) {
    it(`${phoneCase.name}: the phone drawing fits the screen, 11 px text, the stage's parts on screen`, async () => {
      const watched = await openPage(browser, { viewport: PHONE });
      try {
        const { page } = watched;
        await page.goto(appUrl(`/?${phoneCase.query}`));
        await page.locator('[data-explanation-ready="true"] .cell-diagram svg').waitFor();
        await page.evaluate(() => document.fonts.ready);
        const seen = await measureDiagram(page);
        expect(seen.layout).toBe('narrow');
        expect(seen.stage).toBe(phoneCase.stage);
        expect(seen.pageScrollWidth, 'the page scrolls sideways').toBeLessThanOrEqual(seen.innerWidth);
        expect(seen.frameOverflow, 'the diagram scrolls sideways in its box').toBeLessThanOrEqual(0);
        expect(seen.svgLeft).toBeGreaterThanOrEqual(0);
        expect(seen.svgRight).toBeLessThanOrEqual(seen.innerWidth);
        expect(seen.smallest.px, `smallest text: "${seen.smallest.text}"`).toBeGreaterThanOrEqual(11);
        expect(seen.litCount).toBeGreaterThan(0);
        expect(seen.litLeft).toBeGreaterThanOrEqual(0);
        expect(seen.litRight).toBeLessThanOrEqual(seen.innerWidth);
        expect(seen.cramped).toEqual([]);
        await page.screenshot({ path: `${screenshotDir}${phoneCase.name}.png`, fullPage: true });
        expect(watched.problems).toEqual([]);
      } finally {
        await watched.close();
      }
    });
  }

  for (const query of ['lang=en&stage=2', 'view=gru&lang=zh&gstage=3']) {
    it(`has no accessibility violation in the phone drawing (axe-core, WCAG 2.1 AA): ?${query}`, async () => {
      const watched = await openPage(browser, { viewport: PHONE });
      try {
        await watched.page.goto(appUrl(`/?${query}`));
        await watched.page.locator('[data-explanation-ready="true"] .cell-diagram[data-layout="narrow"]').waitFor();
        expect(await accessibilityViolations(watched.page)).toEqual([]);
      } finally {
        await watched.close();
      }
    });
  }

  it('turns back to the wide drawing when the phone is turned to a 1366 × 768 laptop screen', async () => {
    const watched = await openPage(browser, { viewport: PHONE });
    try {
      const { page } = watched;
      await page.goto(appUrl('/?lang=en&stage=1'));
      await page.locator('[data-explanation-ready="true"] .cell-diagram svg').waitFor();
      await expect(page.locator('.cell-diagram').getAttribute('data-layout')).resolves.toBe('narrow');
      await page.setViewportSize({ width: 1366, height: 768 });
      await page.locator('.cell-diagram[data-layout="wide"]').waitFor();
      await expect(page.locator('.cell-diagram svg').getAttribute('viewBox')).resolves.toBe('0 0 1070 404');
      // The same stage is still lit in the other drawing.
      await expect(page.locator('.cell-diagram [data-part="gate:forget"]').getAttribute('class')).resolves.toContain(
        'is-lit',
      );
    } finally {
      await watched.close();
    }
  });
});
