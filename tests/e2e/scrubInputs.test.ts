import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, launchBrowser, openPage } from './support/browser';
import { announced } from './support/explorerPage';

// The diagrams' own inputs change in place, in real Chromium: a mouse drags a cell of x_t up and
// the x₀ slider, the diagram's f and the link follow; ↑ does the same from the keyboard; a drag
// past the slider's end stays at the end; on a touch screen an upright swipe still scrolls the
// page while a sideways slide changes the cell.

const screenshotDir = fileURLToPath(new URL('../../test-results/screenshots/scrub-inputs/', import.meta.url));

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  await mkdir(screenshotDir, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

async function withExplorer(
  query: string,
  viewport: { width: number; height: number },
  check: (page: Page) => Promise<void>,
  options: { touch?: boolean } = {},
): Promise<void> {
  const watched = await openPage(browser, { viewport });
  try {
    if (options.touch) {
      const session = await watched.context.newCDPSession(watched.page);
      await session.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
    }
    await watched.page.goto(appUrl(`/?${query}`));
    await watched.page.locator('[data-explanation-ready="true"]').waitFor();
    await check(watched.page);
    expect(watched.problems).toEqual([]);
  } finally {
    await watched.close();
  }
}

const sliderValue = (page: Page, name: string) => page.getByRole('slider', { name, exact: true }).inputValue();

/** The cell's middle, in the window. */
async function middleOf(cell: Locator): Promise<{ x: number; y: number }> {
  await cell.scrollIntoViewIfNeeded();
  const box = (await cell.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Presses the mouse on `cell` and moves it `up` pixels up (negative: down) in small steps. */
async function dragUp(page: Page, cell: Locator, up: number): Promise<void> {
  const start = await middleOf(cell);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x, start.y - up, { steps: Math.max(2, Math.ceil(Math.abs(up) / 10)) });
  await page.mouse.up();
}

/** x0's cell in the LSTM's [h_{t−1}, x_t]. */
const x0Cell = (page: Page) => page.getByRole('img', { name: /^joined \[h, x\], unit x0: / });

describe('dragging the diagram’s inputs', () => {
  it('lstm: x0 dragged up 40 px moves the x₀ slider, the cell, f and the link; the cursor says it can', async () => {
    await withExplorer('view=lstm&lang=en&stage=2', { width: 1280, height: 720 }, async (page) => {
      const forget = await announced(page, 'forget gate');
      expect(await sliderValue(page, 'input x, 0')).toBe('0.8');
      const cell = x0Cell(page);
      const grip = cell.locator('.vector-strip-grip');
      expect(await grip.evaluate((element) => getComputedStyle(element).visibility)).toBe('hidden');
      const start = await middleOf(cell);
      await page.mouse.move(start.x, start.y);
      expect(await cell.evaluate((element) => getComputedStyle(element).cursor)).toBe('ns-resize');
      expect(await grip.evaluate((element) => getComputedStyle(element).visibility)).toBe('visible');
      await page.screenshot({ path: `${screenshotDir}lstm-hover-x0-1280x720.png` });

      await dragUp(page, cell, 40);
      // The whole range (6) over 200 px: 40 px raise x0 by 1.2.
      await expect.poll(() => sliderValue(page, 'input x, 0')).toBe('2');
      expect(await cell.getAttribute('aria-label')).toBe('joined [h, x], unit x0: 2.00');
      expect(await cell.locator('text').textContent()).toBe('2.00');
      const after = await announced(page, 'forget gate');
      expect(after).not.toEqual(forget);
      await expect.poll(() => new URL(page.url()).searchParams.get('x')).toBe('2,-0.5,1.2');
    });
  });

  it('lstm: ↑ on a focused x0 does what the drag does, by 0.1, and Shift+↓ takes 0.01 off', async () => {
    await withExplorer('view=lstm&lang=en&stage=2', { width: 1280, height: 720 }, async (page) => {
      const forget = await announced(page, 'forget gate');
      const cell = x0Cell(page);
      await cell.focus();
      await page.keyboard.press('ArrowUp');
      await expect.poll(() => sliderValue(page, 'input x, 0')).toBe('0.9');
      expect(await announced(page, 'forget gate')).not.toEqual(forget);
      await page.keyboard.press('Shift+ArrowDown');
      await expect.poll(() => sliderValue(page, 'input x, 0')).toBe('0.89');
      expect(await cell.getAttribute('aria-label')).toBe('joined [h, x], unit x0: 0.89');
      // The walkthrough did not move: ↑ and ↓ are the cell's.
      expect(new URL(page.url()).searchParams.get('stage')).toBe('2');
      await page.screenshot({ path: `${screenshotDir}lstm-focus-x0-1280x720.png` });
    });
  });

  it('lstm: at the slider’s end a further drag stays at the end, and so do f’s numbers', async () => {
    await withExplorer('view=lstm&lang=en&stage=2', { width: 1366, height: 768 }, async (page) => {
      const cell = x0Cell(page);
      await dragUp(page, cell, 150);
      await expect.poll(() => sliderValue(page, 'input x, 0')).toBe('3');
      const atEnd = await announced(page, 'forget gate');
      await dragUp(page, cell, 120);
      await page.waitForTimeout(100);
      expect(await sliderValue(page, 'input x, 0')).toBe('3');
      expect(await cell.getAttribute('aria-label')).toBe('joined [h, x], unit x0: 3.00');
      expect(await announced(page, 'forget gate')).toEqual(atEnd);
      // Back down from the end answers at once: 20 px lower it by 0.6.
      await dragUp(page, cell, -20);
      await expect.poll(() => sliderValue(page, 'input x, 0')).toBe('2.4');
    });
  });

  it('gru: C-less, its h_{t−1} cell dragged down moves its slider, clamped at −1', async () => {
    await withExplorer('view=gru&lang=zh', { width: 1366, height: 768 }, async (page) => {
      const cell = page.getByRole('img', { name: /^上一步隐藏状态，神经元 0：/ });
      await dragUp(page, cell, -300);
      await expect.poll(() => sliderValue(page, '上一步隐藏状态, 0')).toBe('-1');
      expect(await cell.getAttribute('aria-label')).toBe('上一步隐藏状态，神经元 0：−1.00');
      await page.mouse.move(0, 0);
      await cell.focus();
      await page.screenshot({ path: `${screenshotDir}gru-zh-focus-h0-1366x768.png` });
    });
  });

  it('phone: a sideways slide on x changes it, an upright swipe on it still scrolls the page', async () => {
    await withExplorer(
      'view=lstm&lang=en',
      { width: 390, height: 844 },
      async (page) => {
        const cell = page.getByRole('img', { name: /^input x, unit 0: / });
        const start = await middleOf(cell);
        const session = await page.context().newCDPSession(page);
        const touch = async (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number) =>
          session.send('Input.dispatchTouchEvent', {
            type,
            touchPoints: type === 'touchEnd' ? [] : [{ x, y }],
          });
        const swipe = async (dx: number, dy: number) => {
          await touch('touchStart', start.x, start.y);
          for (let step = 1; step <= 8; step++)
            await touch('touchMove', start.x + (dx * step) / 8, start.y + (dy * step) / 8);
          await touch('touchEnd', start.x + dx, start.y + dy);
        };

        await swipe(40, 0);
        await expect.poll(() => sliderValue(page, 'input x, 0')).toBe('2');
        await page.screenshot({ path: `${screenshotDir}lstm-phone-slid-x0-390x844.png` });

        const scrolled = await page.evaluate(() => window.scrollY);
        await swipe(0, -120);
        await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolled + 40);
        expect(await sliderValue(page, 'input x, 0')).toBe('2');
      },
      { touch: true },
    );
  });
});
