import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, launchBrowser, openPage } from './support/browser';

// A formula's box holds its height at its content's, as does each colour scale's legend in the
// sequence view, and a slider's value sits in a box of fixed size, so that a drag lays them out
// alone (useHeightHeldFromContent, ValueSlider.css). A held height that fell behind its content
// would cut a formula off or let a legend run into what follows; a value box too narrow would let
// the digits run out of it. Checked as the numbers change, on another stage, at a phone's width
// (where the numbers' formula scrolls sideways and takes a scrollbar), and as a bias drag widens
// the sequence's colour scales.

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Every formula or value whose box is smaller than what it shows, described. */
function cutOff(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const cut: string[] = [];
    for (const box of document.querySelectorAll<HTMLElement>('.formula:not(.formula-pending)'))
      if (!box.hasAttribute('data-held-height')) cut.push(`formula ${box.className}: its height is not held`);
    for (const box of document.querySelectorAll<HTMLElement>('[data-held-height]')) {
      const scrollbar = box.offsetHeight - box.clientHeight;
      const { paddingTop, paddingBottom } = getComputedStyle(box);
      const shown = box.getBoundingClientRect().height - scrollbar - parseFloat(paddingTop) - parseFloat(paddingBottom);
      const content = box.firstElementChild!.getBoundingClientRect().height;
      if (Math.abs(shown - content) > 0.05)
        cut.push(
          `${box.className || box.firstElementChild!.className}: ${shown.toFixed(2)} px shown of ${content.toFixed(2)}`,
        );
    }
    // A value's box is one line tall (a line of the Chinese face reaches past its line height, as it
    // did in the output before, and is drawn whole: nothing clips it); it must be wide enough.
    for (const value of document.querySelectorAll<HTMLElement>('.value-slider-readout')) {
      if (value.scrollWidth > value.clientWidth + 1)
        cut.push(`value ${value.textContent}: ${value.scrollWidth} px wide in ${value.clientWidth}`);
    }
    return cut;
  });
}

describe('held heights', () => {
  it('show every formula and value whole as a drag changes them, on every stage and at a phone’s width', async () => {
    const { page, problems, close } = await openPage(browser, { viewport: { width: 1920, height: 1080 } });
    try {
      await page.goto(appUrl('/?view=lstm&size=3x4&lang=zh'));
      await page.locator('[data-explanation-ready="true"]').waitFor();
      await page.waitForFunction(() => document.querySelector('.formula-pending') === null);
      expect(await page.locator('.formula[data-held-height]').count()).toBeGreaterThan(1);
      expect(await cutOff(page)).toEqual([]);

      // x₀ to its lowest value: its digits gain a minus sign in the slider and the formula.
      const slider = page.locator('.live-controls input[type="range"]').first();
      await slider.focus();
      await page.keyboard.press('Home');
      await expect.poll(() => page.locator('.formula-numbers annotation').first().textContent()).toContain('-');
      expect(await cutOff(page)).toEqual([]);

      // The memory stage, whose formulas are taller, then the first at a phone's width.
      await page.goto(appUrl('/?view=lstm&size=3x4&lang=zh&stage=4'));
      await page.locator('[data-explanation-ready="true"]').waitFor();
      await page.waitForFunction(() => document.querySelector('.formula-pending') === null);
      expect(await cutOff(page)).toEqual([]);
      // The first stage's numbers, [h, x] with a brace under each part, cannot wrap on a phone.
      await page.goto(appUrl('/?view=lstm&size=3x4&lang=zh'));
      await page.locator('[data-explanation-ready="true"]').waitFor();
      await page.setViewportSize({ width: 390, height: 844 });
      await page.waitForFunction(() =>
        [...document.querySelectorAll<HTMLElement>('.formula')].some((box) => box.scrollWidth > box.clientWidth),
      );
      expect(await cutOff(page)).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('keep each colour scale of the sequence whole as a bias drag widens it', async () => {
    const { page, problems, close } = await openPage(browser, { viewport: { width: 1280, height: 720 } });
    try {
      await page.goto(appUrl('/?view=sequence&snet=lstm.50x100x2&slen=10&sbatch=3&sx=random&lang=zh'));
      await page.locator('.sequence-view .timeline-glyph').first().waitFor();
      const legends = page.locator('.time-heat-map-legend');
      expect(await legends.count()).toBeGreaterThan(1);
      expect(await cutOff(page)).toEqual([]);
      const scale = () => legends.evaluateAll((all) => all.map((legend) => legend.textContent).join(' | '));
      const before = await scale();
      const bias = page.locator('.sequence-weights input[type="range"]').first();
      await bias.focus();
      await page.keyboard.press('End');
      await expect.poll(scale).not.toBe(before);
      expect(await cutOff(page)).toEqual([]);
      expect(await page.locator('.time-heat-map-legend-slot > [data-held-height]').count()).toBe(await legends.count());
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});
