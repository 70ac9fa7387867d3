import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, launchBrowser, openPage, PHONE_SCREEN, type PageOptions } from './support/browser';
import { numberFormulas } from './support/explorerPage';

// tfjs arrives after the first paint (issue 15). Until it has, an explorer opened from a link draws
// its real diagram at once, its inputs with their values and "…" where the model's numbers go; when
// the model is ready the numbers appear in place: the diagram neither moves nor resizes, they equal
// a normal load's, and a slider moved while waiting is honoured. Here the tfjs chunk is held back
// until the test lets it through.

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

interface HeldPage {
  page: Page;
  /** Lets the held tfjs chunk through. */
  release: () => void;
  /** How many requests for tfjs were held: at least one, or the test would prove nothing. */
  held: () => number;
}

/** Opens `query` with the tfjs chunk held back, and records every layout shift and what it moved. */
async function openHeld(query: string, options: PageOptions, check: (held: HeldPage) => Promise<void>) {
  const watched = await openPage(browser, options);
  try {
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    let held = 0;
    await watched.page.route('**/tfjs*.js', async (route) => {
      held += 1;
      await gate;
      await route.continue();
    });
    await watched.page.addInitScript(() => {
      const shifts: { value: number; inDiagram: boolean }[] = [];
      Object.assign(window, { layoutShifts: shifts });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & {
          value: number;
          sources?: { node?: Node | null }[];
        })[]) {
          const inDiagram = (entry.sources ?? []).some((source) => {
            const node = source.node;
            const element = node instanceof Element ? node : node?.parentElement;
            return element?.closest('.diagram-area') != null;
          });
          shifts.push({ value: entry.value, inDiagram });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await watched.page.goto(appUrl(`/?${query}`));
    await check({ page: watched.page, release, held: () => held });
    expect(watched.problems).toEqual([]);
  } finally {
    await watched.close();
  }
}

const layoutShifts = (page: Page) =>
  page.evaluate(() => (window as unknown as { layoutShifts: { value: number; inDiagram: boolean }[] }).layoutShifts);

/** Every number (or "…") drawn in the diagram's cells, in document order. */
const diagramCells = (page: Page, part = '') =>
  page.locator(`.diagram-area ${part ? `[data-part="${part}"] ` : ''}.vector-strip-value`).allTextContents();

/** The same link opened normally: the diagram's cells and the formulas once the numbers are in. */
async function normalLoad(url: string, options: PageOptions) {
  const watched = await openPage(browser, options);
  try {
    await watched.page.goto(url);
    await watched.page.locator('[data-explanation-ready="true"] svg').waitFor();
    return { cells: await diagramCells(watched.page), formulas: await numberFormulas(watched.page) };
  } finally {
    await watched.close();
  }
}

/**
 * Waits for the pending frame, checks it, lets tfjs through, and checks that the numbers arrive in
 * place, equal to a normal load's of the page's link as it stands then.
 */
async function pendingThenReady(held: HeldPage, options: PageOptions, gates: string[]) {
  const { page } = held;
  const svg = page.locator('.diagram-area svg');
  await page.locator('[data-explanation-ready="false"] svg').waitFor();
  await page.evaluate(() => document.fonts.ready);
  expect(held.held()).toBeGreaterThan(0);
  expect(await svg.isVisible()).toBe(true);
  for (const gate of gates) {
    const cells = await diagramCells(page, `gate:${gate}`);
    expect(cells.length).toBeGreaterThan(0);
    expect(new Set(cells)).toEqual(new Set(['…']));
  }
  // One status tells a screen reader the numbers are coming; the cells waiting for them are hidden.
  const explorer = page.locator('.cell-explorer');
  // (The export button's status is empty until a figure is saved: it says nothing yet.)
  const said = (await explorer.getByRole('status').allInnerTexts()).filter((text) => text.trim() !== '');
  expect(said).toEqual([expect.stringMatching(/model layer|模型层/)]);
  expect(await explorer.getByRole('img', { name: /…/ }).count()).toBe(0);
  const before = await svg.boundingBox();
  const shiftsBefore = (await layoutShifts(page)).length;

  held.release();
  await page.locator('[data-explanation-ready="true"] svg').waitFor();
  const formulas = await numberFormulas(page);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

  expect(await svg.boundingBox()).toEqual(before);
  const shifts = (await layoutShifts(page)).slice(shiftsBefore);
  expect(shifts.filter((shift) => shift.inDiagram)).toEqual([]);
  // Only a formula line may rewrap, now that it holds numbers rather than "…".
  expect(shifts.reduce((sum, shift) => sum + shift.value, 0)).toBeLessThan(0.05);

  const cells = await diagramCells(page);
  expect(cells).not.toContain('…');
  for (const formula of formulas) expect(formula).not.toMatch(/ldots|NaN/);
  expect({ cells, formulas }).toEqual(await normalLoad(page.url(), options));
}

describe('an explorer opened before the model is ready', () => {
  it('draws the LSTM diagram at once and puts the numbers in place when tfjs arrives', async () => {
    const options = { viewport: { width: 1280, height: 720 } };
    await openHeld('view=lstm&stage=1', options, async (held) => {
      await held.page.locator('[data-explanation-ready="false"] svg').waitFor();
      // The inputs are known without the model: [h_{t−1}, x_t] and C_{t−1} show their values.
      expect(await diagramCells(held.page, 'concat')).toEqual([
        '0.10',
        '−0.30',
        '0.50',
        '0.00',
        '0.80',
        '−0.50',
        '1.20',
      ]);
      expect(await diagramCells(held.page, 'previousCell')).toEqual(['0.60', '−1.00', '0.20', '1.50']);
      expect(await diagramCells(held.page, 'hidden')).toEqual(['…', '…', '…', '…']);
      await pendingThenReady(held, options, ['forget', 'input', 'candidate', 'output']);
    });
  });

  it('does the same for the GRU on a phone, in Chinese', async () => {
    const options = { phone: {} };
    await openHeld('view=gru&lang=zh&gstage=3', options, async (held) => {
      await pendingThenReady(held, options, ['reset', 'update', 'candidate']);
      expect(await held.page.locator('.cell-diagram').getAttribute('data-layout')).toBe('narrow');
      expect(await held.page.evaluate(() => innerWidth)).toBe(PHONE_SCREEN.width);
    });
  });

  it('honours a slider moved before the model is ready', async () => {
    const options = { viewport: { width: 1280, height: 720 } };
    await openHeld('view=gru', options, async (held) => {
      const { page } = held;
      await page.locator('[data-explanation-ready="false"] svg').waitFor();
      await page.getByRole('slider', { name: 'input x, 0' }).fill('0.3');
      expect(await diagramCells(page, 'input')).toEqual(['0.30', '−0.50', '1.20']);
      // The link follows after its pause; the normal load below opens it.
      await expect.poll(() => new URL(page.url()).searchParams.get('gx')).toBe('0.3,-0.5,1.2');
      await pendingThenReady(held, options, ['reset', 'update', 'candidate']);
      expect(await diagramCells(page, 'input')).toEqual(['0.30', '−0.50', '1.20']);
    });
  });
});
