import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, launchBrowser, openPage, withWatched } from './support/browser';

// An instructor at a 1280 × 720 projector with a presentation clicker (Page Down / Page Up, `.` or
// B to blank) and the keyboard: one key map in every view.

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Opens `/?query` at 1280 × 720 and waits for `ready`, then runs `check`; fails on page problems. */
function at(query: string, ready: string, check: (page: Page) => Promise<void>): Promise<void> {
  return withWatched(
    () => openPage(browser),
    async (page) => {
      await page.goto(appUrl(`/?${query}`));
      await page.locator(ready).first().waitFor({ timeout: 15_000 });
      await check(page);
    },
  );
}

const stageText = (page: Page, stage: number, total = 6) => page.getByText(`Stage ${stage} of ${total}`).waitFor();
const timeStep = (page: Page) => page.getByRole('slider', { name: 'Time step t' }).inputValue();

describe('one key map for every view', () => {
  it('steps the LSTM walkthrough with Page Down, →, Space and back with Page Up, ←, wherever focus was left', async () => {
    await at('view=lstm&lang=en', '.cell-diagram', async (page) => {
      await stageText(page, 1);
      await page.keyboard.press('PageDown');
      await stageText(page, 2);
      await page.keyboard.press('ArrowRight');
      await stageText(page, 3);
      // A clicker's Space after a click left focus on a button: the button is not pressed again.
      await page.getByRole('button', { name: 'Side by side' }).focus();
      await page.keyboard.press(' ');
      await stageText(page, 4);
      expect(await page.getByRole('button', { name: 'Side by side' }).getAttribute('aria-pressed')).toBe('false');
      await page.keyboard.press('PageUp');
      await stageText(page, 3);
      await page.keyboard.press('ArrowLeft');
      await stageText(page, 2);
      // A focused slider keeps its arrows; the clicker's Page Down still steps the walkthrough.
      const slider = page.getByRole('slider', { name: 'input x, 0' });
      await slider.focus();
      const before = await slider.inputValue();
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => slider.inputValue()).not.toBe(before);
      await stageText(page, 2);
      await page.keyboard.press('PageDown');
      await stageText(page, 3);
    });
  });

  it('steps the GRU walkthrough the same way', async () => {
    await at('view=gru&lang=en', '.cell-diagram', async (page) => {
      const total = Number(/of (\d+)/.exec((await page.getByText(/^Stage 1 of \d+$/).textContent()) ?? '')?.[1]);
      await page.keyboard.press('PageDown');
      await stageText(page, 2, total);
      await page.keyboard.press('PageUp');
      await stageText(page, 1, total);
    });
  });

  it('steps the sequence one time step per key, Home and End to its ends, P plays', async () => {
    await at('view=sequence&lang=en', '.timeline-player', async (page) => {
      expect(await timeStep(page)).toBe('0');
      await page.keyboard.press('PageDown');
      await expect.poll(() => timeStep(page)).toBe('1');
      await page.keyboard.press(' ');
      await expect.poll(() => timeStep(page)).toBe('2');
      await page.keyboard.press('PageUp');
      await expect.poll(() => timeStep(page)).toBe('1');
      await page.keyboard.press('End');
      const last = await timeStep(page);
      expect(Number(last)).toBeGreaterThan(2);
      await page.keyboard.press('Home');
      await expect.poll(() => timeStep(page)).toBe('0');
      await page.keyboard.press('p');
      await expect.poll(() => timeStep(page)).not.toBe('0');
    });
  });

  it('steps the open course with the clicker, and B blanks rather than going back', async () => {
    await at('tour=forgetGate&lang=en', '[data-phase="ready"]', async (page) => {
      const count = page.locator('.tour-step-count');
      const stepOf = async () => Number(/Step (\d+)/.exec((await count.textContent()) ?? '')?.[1]);
      const first = await stepOf();
      await page.keyboard.press('PageDown');
      await expect.poll(stepOf).toBe(first + 1);
      await page.keyboard.press('ArrowRight');
      await expect.poll(stepOf).toBe(first + 2);
      await page.keyboard.press('PageUp');
      await expect.poll(stepOf).toBe(first + 1);
      await page.keyboard.press('b');
      await page.locator('.blank-screen').waitFor();
      expect(await stepOf()).toBe(first + 1);
      await page.keyboard.press('PageDown');
      await page.locator('.blank-screen').waitFor({ state: 'detached' });
      // The key that brought the screen back did nothing else.
      expect(await stepOf()).toBe(first + 1);
    });
  });

  it('starts the course from its landing page with Page Down', async () => {
    await at('view=course&lang=en', '.course-contents', async (page) => {
      await page.keyboard.press('PageDown');
      await page.locator('.tour-dock').waitFor();
    });
  });

  it('steps the comparison section by section, and names the section in the link', async () => {
    await at('view=compare&lang=en', '#plot', async (page) => {
      const top = (id: string) => page.evaluate((at) => document.getElementById(at)!.getBoundingClientRect().top, id);
      await page.keyboard.press('PageDown');
      await expect.poll(() => new URL(page.url()).hash).toMatch(/^#(plot|gates|parameters)$/);
      const first = new URL(page.url()).hash.slice(1);
      await expect.poll(() => top(first)).toBeLessThan(10);
      await page.keyboard.press('PageDown');
      await expect.poll(() => new URL(page.url()).hash).not.toBe(`#${first}`);
      await page.keyboard.press('PageUp');
      await expect.poll(() => new URL(page.url()).hash).toBe(`#${first}`);
    });
  });

  it('blanks with ".", switches the language with L, lists the keys with ?, and closes them with Esc', async () => {
    await at('view=lstm&lang=en', '.cell-diagram', async (page) => {
      await page.keyboard.press('.');
      await page.locator('.blank-screen').waitFor();
      await page.keyboard.press('x');
      await page.locator('.blank-screen').waitFor({ state: 'detached' });
      await page.keyboard.press('l');
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
      await page.keyboard.press('L');
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
      await page.keyboard.press('?');
      const dialog = page.getByRole('dialog', { name: 'Keys in every view' });
      await dialog.waitFor();
      expect(await dialog.getByRole('row').count()).toBeGreaterThanOrEqual(9);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
    });
  });

  it('leaves every key to a field being typed into', async () => {
    await at('view=sequence&lang=en', '.timeline-player', async (page) => {
      // A text box of its own, as any field the views have: the keys type, nothing steps.
      await page.evaluate(() => {
        const field = document.createElement('input');
        field.id = 'typing-probe';
        document.querySelector('main')!.prepend(field);
      });
      await page.locator('#typing-probe').focus();
      await page.keyboard.type('b.l? f');
      await page.keyboard.press('PageDown');
      expect(await page.locator('#typing-probe').inputValue()).toBe('b.l? f');
      expect(await timeStep(page)).toBe('0');
      expect(await page.locator('.blank-screen').count()).toBe(0);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    });
  });

  it('reaches the forget gate’s bias slider in three keys from the top', async () => {
    await at('view=lstm&lang=en', '.cell-diagram', async (page) => {
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the bias shifts');
      await page.keyboard.press('Enter');
      const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
      expect(focused).toMatch(/forget gate/i);
    });
  });
});

describe('presenter mode', () => {
  it('folds the header away with F, thickens the lines, and comes back with Esc', async () => {
    await at('view=lstm&lang=en', '.cell-diagram', async (page) => {
      const header = page.locator('.app-header');
      // On screen, in px: the stroke in the drawing's units times the drawing's scale.
      const arrowWidth = () =>
        page.evaluate(
          () =>
            parseFloat(getComputedStyle(document.querySelector('.cell-diagram-arrow path')!).strokeWidth) *
            document.querySelector<SVGSVGElement>('.cell-diagram svg')!.getScreenCTM()!.a,
        );
      const diagramWidth = () =>
        page.evaluate(() => document.querySelector('.cell-diagram svg')!.getBoundingClientRect().width);
      const plainArrow = await arrowWidth();
      const plainWidth = await diagramWidth();
      await page.keyboard.press('f');
      await header.waitFor({ state: 'hidden' });
      await expect.poll(arrowWidth).toBeGreaterThan(plainArrow * 1.4);
      await expect.poll(() => new URL(page.url()).searchParams.get('present')).toBe('1');
      // The rule and the sliders hidden, the diagram takes their room.
      await page.getByRole('button', { name: 'Sliders panel' }).click();
      await page.getByRole('button', { name: 'Rule panel' }).click();
      await expect.poll(diagramWidth).toBeGreaterThan(plainWidth * 1.2);
      // Esc closes the export choice first, and only then leaves presenter mode.
      await page.getByRole('button', { name: 'Export figure', exact: true }).click();
      const svgChoice = page.getByRole('button', { name: 'Export figure as SVG' });
      await svgChoice.waitFor();
      await page.keyboard.press('Escape');
      await svgChoice.waitFor({ state: 'hidden' });
      expect(await header.isVisible()).toBe(false);
      await page.keyboard.press('Escape');
      await header.waitFor();
      await expect.poll(() => new URL(page.url()).searchParams.get('present')).toBe(null);
    });
  });
});

describe('links restore the screen', () => {
  it('opens the course for ?view=course', async () => {
    await at('view=course&lang=en', '.course-contents', async (page) => {
      expect(await page.locator('.view-nav [aria-current="page"]').textContent()).toMatch(/Course/);
    });
  });

  it('lands on the section a link names, and opens presenting and its language', async () => {
    await at('view=compare&lang=zh&present=1#speed', '#speed', async (page) => {
      await expect
        .poll(() => page.evaluate(() => document.getElementById('speed')!.getBoundingClientRect().top))
        .toBeLessThan(60);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
      expect(await page.locator('.app[data-presenting]').count()).toBe(1);
    });
  });

  it('wins over the side by side this browser remembers', async () => {
    const watched = await openPage(browser);
    try {
      const { page } = watched;
      await page.goto(appUrl('/?view=lstm&lang=en&both=1'));
      await page.locator('.app-header[data-side-by-side]').waitFor();
      // A prepared link without both=1, opened in the same browser: Chinese alone.
      await page.goto(appUrl('/?view=lstm&lang=zh'));
      await page.locator('.cell-diagram').waitFor();
      expect(await page.locator('.app-header[data-side-by-side]').count()).toBe(0);
      expect(watched.problems).toEqual([]);
    } finally {
      await watched.close();
    }
  });
});
