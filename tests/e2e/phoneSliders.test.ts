import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations } from './support/axe';
import { appUrl, launchBrowser, openPage, withPhone, PHONE_SCREEN as PHONE } from './support/browser';

// "Drag a slider, watch the gates" on a 390 × 844 phone (touch, no hover): the walkthrough bar
// keeps to two short rows while it sticks, so the tall diagram keeps the screen; a button in it
// opens the sliders in a tray along the bottom, under the part of the diagram they change and
// above the course's dock; on a laptop the sliders keep their column and no such button shows.
// Every vector, at the course's sizes too, is one row of cells. Screenshots go to
// test-results/screenshots/phone-sliders/.

const screenshotDir = fileURLToPath(new URL('../../test-results/screenshots/phone-sliders/', import.meta.url));
const READY = '[data-explanation-ready="true"] .cell-diagram[data-layout="narrow"]';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  await mkdir(screenshotDir, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

const shotName = (query: string) => query.replace(/[&=]/g, '-');

/** The rectangle of the first element matching `selector`, in the window's coordinates. */
const boxOf = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((element) => {
      const { top, bottom, left, right, height } = element.getBoundingClientRect();
      return { top, bottom, left, right, height };
    });

/** The numbers drawn in a strip of the diagram, as the reader sees them. */
const numbersOf = (page: Page, part: string) =>
  page.locator(`.cell-diagram [data-part="${part}"] text.vector-strip-value`).allTextContents();

const trayToggle = (page: Page) => page.locator('.walkthrough-bar .slider-tray-toggle');

describe('the walkthrough bar while it sticks on a phone', () => {
  const modes = [
    { name: 'LSTM, en', query: 'lang=en', count: '1/6' },
    { name: 'LSTM, zh', query: 'lang=zh', count: '1/6' },
    { name: 'LSTM, side by side', query: 'lang=en&both=1', count: '1/6' },
    { name: 'GRU, en', query: 'view=gru&lang=en', count: '1/5' },
    { name: 'GRU, zh', query: 'view=gru&lang=zh', count: '1/5' },
    { name: 'GRU, side by side', query: 'view=gru&lang=zh&both=1', count: '1/5' },
  ];
  for (const mode of modes) {
    it(`${mode.name}: at most 110 px, with thumb-sized Previous / Play / Next, the count and the title`, async () => {
      await withPhone(browser, mode.query, READY, async (page) => {
        await page.evaluate(() => window.scrollTo(0, 700));
        await page.waitForTimeout(200);
        const bar = await boxOf(page, '.walkthrough-bar');
        expect(bar.top, 'stuck at the top').toBeLessThanOrEqual(1);
        expect(bar.height).toBeLessThanOrEqual(110);
        for (const button of await page.locator('.walkthrough-controls button').all()) {
          const box = (await button.boundingBox())!;
          expect(box.height, await button.innerText()).toBeGreaterThanOrEqual(44);
          expect(box.x).toBeGreaterThanOrEqual(0);
          expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
        }
        await expect(page.locator('.stage-count-short').innerText()).resolves.toBe(mode.count);
        // The count is still read in words.
        await expect(page.locator('.stage-count').textContent()).resolves.toMatch(/Stage 1 of|第 1 阶段/);
        const title = await boxOf(page, '.walkthrough-bar .stage-title');
        expect(title.height).toBeGreaterThan(10);
        expect(title.bottom).toBeLessThanOrEqual(bar.bottom);
        const toggle = (await trayToggle(page).boundingBox())!;
        expect(toggle.height).toBeGreaterThanOrEqual(44);
        // The diagram has the rest of the screen.
        expect(PHONE.height - bar.bottom).toBeGreaterThanOrEqual(PHONE.height - 110);
        await page.screenshot({ path: `${screenshotDir}bar-${shotName(mode.query)}.png` });
      });
    });
  }
});

describe('the slider tray on a phone', () => {
  it('LSTM, en: opening it and dragging the forget bias changes f’s numbers with f’s strip on screen above it', async () => {
    await withPhone(browser, 'lang=en', READY, async (page) => {
      const toggle = trayToggle(page);
      await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
      await toggle.tap();
      await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
      const tray = page.locator(`#${await toggle.getAttribute('aria-controls')}`);
      await expect(tray.evaluate((element) => element.contains(document.activeElement))).resolves.toBe(true);
      const shown = await boxOf(page, '.live-controls');
      expect(shown.bottom).toBeCloseTo(PHONE.height, 0);
      expect(shown.height).toBeLessThanOrEqual(0.4 * PHONE.height + 1);
      expect(shown.left).toBe(0);

      const before = await numbersOf(page, 'gate:forget');
      const slider = tray.getByRole('slider', { name: 'forget gate bias' });
      await slider.scrollIntoViewIfNeeded();
      const box = (await slider.boundingBox())!;
      expect(box.y, 'the slider is in the tray').toBeGreaterThanOrEqual(shown.top);
      const y = box.y + box.height / 2;
      await page.mouse.move(box.x + box.width * 0.5, y);
      await page.mouse.down();
      for (const share of [0.6, 0.7, 0.8, 0.9]) await page.mouse.move(box.x + box.width * share, y);
      await page.mouse.up();
      await expect.poll(() => numbersOf(page, 'gate:forget')).not.toEqual(before);
      const after = await numbersOf(page, 'gate:forget');
      // A higher forget bias opens the gate: every f is larger.
      after.forEach((value, index) => expect(Number(value)).toBeGreaterThan(Number(before[index])));
      // f's strip is where the student looks: below the bar, above the tray.
      const bar = await boxOf(page, '.walkthrough-bar');
      await expect
        .poll(async () => {
          const strip = await boxOf(page, '.cell-diagram [data-part="gate:forget"]');
          const trayNow = await boxOf(page, '.live-controls');
          return strip.top >= bar.bottom - 1 && strip.bottom <= trayNow.top + 1;
        })
        .toBe(true);
      await page.screenshot({ path: `${screenshotDir}tray-lstm-forget.png` });
      expect(await accessibilityViolations(page)).toEqual([]);
      // The page ends above the tray: its last lines can be read with the tray open.
      await page.evaluate(() => window.scrollTo(0, document.scrollingElement!.scrollHeight));
      await expect
        .poll(async () => (await boxOf(page, '.app-footer')).bottom - (await boxOf(page, '.live-controls')).top)
        .toBeLessThanOrEqual(1);

      // Closed: the focus goes back to the button, the sliders back into the page.
      await page.getByRole('button', { name: 'Close the sliders' }).tap();
      await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
      await expect(toggle.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
      await expect(tray.evaluate((element) => getComputedStyle(element).position)).resolves.toBe('static');
    });
  }, 60_000);

  it('GRU, side by side: the keyboard opens it, the update bias moves z in view, Escape closes it', async () => {
    await withPhone(browser, 'view=gru&lang=zh&both=1', READY, async (page) => {
      const toggle = trayToggle(page);
      await toggle.focus();
      await page.keyboard.press('Enter');
      await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
      const tray = page.locator('.live-controls');
      await expect(tray.getAttribute('aria-label')).resolves.toContain('滑块');
      // Tab goes from the tray to its Close button, then the sliders.
      await page.keyboard.press('Tab');
      await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toContain('关闭');
      const before = await numbersOf(page, 'gate:update');
      const slider = tray.getByRole('slider', { name: '更新门的偏置' });
      await slider.focus();
      for (let press = 0; press < 15; press += 1) await page.keyboard.press('ArrowRight');
      await expect.poll(() => numbersOf(page, 'gate:update')).not.toEqual(before);
      const bar = await boxOf(page, '.walkthrough-bar');
      await expect
        .poll(async () => {
          const strip = await boxOf(page, '.cell-diagram [data-part="gate:update"]');
          const trayNow = await boxOf(page, '.live-controls');
          return strip.top >= bar.bottom - 1 && strip.bottom <= trayNow.top + 1;
        })
        .toBe(true);
      await page.screenshot({ path: `${screenshotDir}tray-gru-both-update.png` });
      await page.keyboard.press('Escape');
      await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
      await expect(toggle.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    });
  }, 60_000);

  it('with the course open, sits above its dock, open or folded, and leaves the diagram room', async () => {
    await withPhone(browser, 'lang=en&tour=forgetGate', '.tour-ring', async (page) => {
      await page.locator(READY).waitFor();
      await trayToggle(page).tap();
      const check = async (name: string) => {
        await page.waitForTimeout(400);
        const tray = await boxOf(page, '.live-controls');
        const dock = await boxOf(page, '.tour-dock');
        const bar = await boxOf(page, '.walkthrough-bar');
        expect(tray.bottom, `${name}: the tray covers the dock`).toBeLessThanOrEqual(dock.top + 1);
        expect(dock.top - tray.bottom, `${name}: the tray floats above the dock`).toBeLessThanOrEqual(1);
        expect(tray.top - bar.bottom, `${name}: room for the diagram`).toBeGreaterThanOrEqual(150);
        // The dock's own buttons are the ones under a finger.
        const next = (await page.locator('.tour-dock .tour-next').boundingBox())!;
        const hit = await page.evaluate(
          ([x, y]) => document.elementFromPoint(x!, y!)?.closest('.tour-dock') !== null,
          [next.x + next.width / 2, next.y + next.height / 2],
        );
        expect(hit, `${name}: the dock's Next is reachable`).toBe(true);
        await page.screenshot({ path: `${screenshotDir}course-tray-${name}.png` });
      };
      await check('dock-open');
      await page.locator('.tour-dock .tour-window button[aria-expanded]').tap();
      await check('dock-folded');
    });
  }, 60_000);
});

describe('a laptop keeps the sliders’ column', () => {
  for (const query of ['lang=en', 'view=gru&lang=zh&both=1']) {
    it(`1366 × 768, ?${query}: no tray button, the sliders beside the diagram on the first screen`, async () => {
      const watched = await openPage(browser, { viewport: { width: 1366, height: 768 } });
      try {
        const { page } = watched;
        await page.goto(appUrl(`/?${query}`));
        await page.locator('[data-explanation-ready="true"] .cell-diagram[data-layout="wide"]').waitFor();
        // The skip link to the sliders (跳到滑块) is no tray button.
        expect(await page.getByRole('button', { name: /^(?!Skip|跳到).*(Sliders|滑块)/ }).count()).toBe(0);
        expect(await trayToggle(page).isVisible()).toBe(false);
        const controls = page.locator('.live-controls');
        expect(await controls.evaluate((element) => getComputedStyle(element).position)).toBe('static');
        expect(await page.locator('.slider-tray-head').isVisible()).toBe(false);
        const diagram = await boxOf(page, '.cell-diagram svg');
        const column = await boxOf(page, '.live-controls');
        expect(column.left).toBeGreaterThanOrEqual(diagram.right);
        expect(column.top).toBeLessThan(768);
        const forgetOrUpdate = page.locator('.live-controls .bias-sliders input[type="range"]').first();
        const slider = (await forgetOrUpdate.boundingBox())!;
        expect(slider.y + slider.height).toBeLessThanOrEqual(768);
        expect(watched.problems).toEqual([]);
      } finally {
        await watched.close();
      }
    });
  }
});

/** For every strip in `scope`: its name and how many distinct rows its cells take. */
function rowsOfStrips(page: Page, scope: string) {
  return page.evaluate((selector) => {
    const strips = [...document.querySelectorAll(`${selector} .vector-strip`)];
    return strips.map((strip) => {
      const cells = [...strip.querySelectorAll(':scope > [role] > g > rect:first-of-type')];
      const tops = new Set(cells.map((cell) => Math.round(cell.getBoundingClientRect().top)));
      const box = strip.getBoundingClientRect();
      return {
        name: strip.querySelector('[aria-label]')?.getAttribute('aria-label') ?? '?',
        cells: cells.length,
        rows: tops.size,
        left: box.left,
        right: box.right,
      };
    });
  }, scope);
}

describe('every vector is one row (a long vector compresses, never wraps into a grid)', () => {
  for (const query of ['lang=en&size=50x100', 'view=gru&lang=zh&gsize=10x20']) {
    it(`the phone's course-size drawing, ?${query}`, async () => {
      await withPhone(browser, query, READY, async (page) => {
        const strips = await rowsOfStrips(page, '.cell-diagram');
        expect(strips.length).toBeGreaterThanOrEqual(9);
        for (const strip of strips) {
          expect(strip.rows, `${strip.name}: ${strip.cells} cells`).toBe(1);
          expect(strip.left).toBeGreaterThanOrEqual(0);
          expect(strip.right).toBeLessThanOrEqual(PHONE.width);
        }
        expect(Math.max(...strips.map((strip) => strip.cells))).toBe(query.includes('50x100') ? 150 : 30);
        // Each cell is still reachable from the keyboard: the arrows move along the row.
        const strip = page.locator('.cell-diagram [data-part="gate:forget"], .cell-diagram [data-part="gate:update"]');
        const list = strip.first().getByRole('listbox');
        await list.focus();
        const first = await list.getAttribute('aria-activedescendant');
        await page.keyboard.press('ArrowRight');
        const second = await list.getAttribute('aria-activedescendant');
        expect(second).not.toBe(first);
        await expect(page.locator(`[id="${second}"]`).getAttribute('aria-label')).resolves.toMatch(/1/);
        await page.screenshot({ path: `${screenshotDir}course-${shotName(query)}.png`, fullPage: true });
      });
    });
  }

  it('the sequence view’s values of nn.LSTM(50, 100, num_layers=2), both directions, on a phone', async () => {
    await withPhone(
      browser,
      'view=sequence&lang=en&snet=lstm.50x100x2&slen=10&sbatch=3&sdir=1',
      '.sequence-output-card .value-row',
      async (page) => {
        await page.locator('.sequence-output-check.is-passed').first().waitFor();
        const strips = await rowsOfStrips(page, '.sequence-output-card');
        expect(strips.length).toBe(3);
        expect(strips.map((strip) => strip.cells)).toEqual([200, 100, 100]);
        for (const strip of strips) {
          expect(strip.rows, strip.name).toBe(1);
          expect(strip.right).toBeLessThanOrEqual(PHONE.width);
        }
        await page.locator('.sequence-output-card .value-row').first().scrollIntoViewIfNeeded();
        await page.screenshot({ path: `${screenshotDir}sequence-values.png` });
      },
    );
  });
});
