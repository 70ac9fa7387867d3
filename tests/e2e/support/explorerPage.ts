import type { Browser, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { appUrl, openPage, type WatchedPage } from './browser';

/**
 * Opens the app at `query` at projector size, waits for a cell explorer's numbers, runs `check`,
 * and fails on any problem the page had (console errors, failed requests).
 */
export async function withExplorer(
  browser: Browser,
  query: string,
  check: (page: Page, watched: WatchedPage) => Promise<void>,
): Promise<void> {
  const watched = await openPage(browser, { viewport: { width: 1920, height: 1080 } });
  try {
    await watched.page.goto(appUrl(`/${query}`));
    await watched.page.locator('[data-explanation-ready="true"]').waitFor();
    await check(watched.page, watched);
    expect(watched.problems).toEqual([]);
  } finally {
    await watched.close();
  }
}

/** The values a vector's cells announce to a screen reader ("forget gate, unit 3: 0.93"), by unit. */
export async function announced(page: Page, name: string): Promise<number[]> {
  const labels = await page
    .getByRole('img', { name: new RegExp(`^${name.replace(/[[\]⊙()]/g, '\\$&')}, unit \\d+: `) })
    .evaluateAll((cells) => cells.map((cell) => cell.getAttribute('aria-label') ?? ''));
  return labels.map((label) => Number(label.slice(label.lastIndexOf(': ') + 2).replace('−', '-')));
}

/**
 * The TeX source of every formula in the stage panel that shows this step's numbers, once KaTeX
 * (fetched when the first formula is shown) has set them all.
 */
export async function numberFormulas(page: Page): Promise<string[]> {
  await page.waitForFunction(() => document.querySelector('.formula-pending') === null);
  return page
    .locator('.formula-numbers annotation[encoding="application/x-tex"]')
    .evaluateAll((nodes) => nodes.map((node) => node.textContent ?? ''));
}

/** The TeX source of the stage's rule. */
export function ruleFormula(page: Page): Promise<string> {
  return page
    .locator('.formula-rule annotation[encoding="application/x-tex"]')
    .first()
    .evaluate((node) => node.textContent ?? '');
}

/**
 * Drags `slider` back and forth with the arrow keys `moves` times and returns the page's live
 * tfjs tensor count before and after, which must be equal: a drag must not leak.
 */
export async function tensorsAroundDrag(page: Page, slider: Locator, moves: number): Promise<[number, number]> {
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  const before = await liveTensors(page);
  const swing = Math.min(50, moves);
  for (let move = 0; move < moves; move++)
    await page.keyboard.press(move % swing < swing / 2 ? 'ArrowRight' : 'ArrowLeft');
  return [before, await liveTensors(page)];
}

/** The live tfjs tensor count of the page's model layer. */
function liveTensors(page: Page): Promise<number> {
  return page.evaluate(
    () => (window as unknown as { _tfengine: { state: { numTensors: number } } })._tfengine.state.numTensors,
  );
}

/**
 * Words on the page outside maths, code, numbers and other-language text, for checking that a Chinese
 * page has no English left: the names of code and products, which read the same in both, are
 * `allowed`.
 */
export async function strayLatinWords(page: Page, allowed: ReadonlySet<string>, symbols: RegExp): Promise<string[]> {
  const words = await page.evaluate(() => {
    const clone = document.body.cloneNode(true) as HTMLElement;
    clone
      .querySelectorAll('script, style, .katex, svg, code, [aria-hidden="true"], [lang="en"]')
      .forEach((node) => node.remove());
    // Detached, the clone has no layout to break lines at; a space after every element keeps words apart.
    clone.querySelectorAll('*').forEach((node) => node.append(' '));
    return clone.innerText.match(/[A-Za-z][A-Za-z_]{2,}/g) ?? [];
  });
  return [...new Set(words)].filter((word) => !allowed.has(word) && !symbols.test(word));
}
