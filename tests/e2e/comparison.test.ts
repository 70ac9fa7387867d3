import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initBackend } from '../../src/model';
import { parameterCount } from '../../src/model/parameterShapes';
import { COURSE_MODELS } from '../../src/store/compare/comparisonSettings';
import { type ComparisonState, createComparisonStore } from '../../src/store/compare/comparisonStore';
import { accessibilityViolations } from './support/axe';
import { appUrl, launchBrowser, openPage, type WatchedPage } from './support/browser';
import { strayLatinWords, tensorsAroundDrag } from './support/explorerPage';

let browser: Browser;
/** What the model layer computes here, in Node, for the view's default settings. */
let expected: ComparisonState;

beforeAll(async () => {
  browser = await launchBrowser();
  await initBackend();
  expected = createComparisonStore().getState();
});

afterAll(async () => {
  await browser?.close();
});

const PLOT_NAMES = { en: 'How much of the pulse survives, step by step', zh: '脉冲的印记逐步留存了多少' };

/** Opens the comparison at `query`, waits for its curves, runs `check`, and fails on any page problem. */
async function withComparison(
  query: string,
  check: (page: Page, watched: WatchedPage) => Promise<void>,
): Promise<void> {
  const watched = await openPage(browser, { viewport: { width: 1920, height: 1080 } });
  try {
    await watched.page.goto(appUrl(`/?view=compare&${query}`));
    const language = new URLSearchParams(query).get('lang') === 'zh' ? 'zh' : 'en';
    await watched.page.getByRole('img', { name: PLOT_NAMES[language] }).waitFor();
    await check(watched.page, watched);
    expect(watched.problems).toEqual([]);
  } finally {
    await watched.close();
  }
}

/** A table's cells as text, row by row. */
function cells(table: Locator): Promise<string[][]> {
  return table
    .locator('tr')
    .evaluateAll((rows) => rows.map((row) => Array.from(row.querySelectorAll('th, td'), (cell) => cell.textContent!)));
}

/** The total in a parameter table's footer: "Total: 141,600 parameters" → 141600. */
async function shownTotal(table: Locator): Promise<number> {
  const footer = await table.locator('tfoot').textContent();
  return Number(/([\d,]+)/.exec(footer ?? '')![1]!.replaceAll(',', ''));
}

/** The plotted footprints at step `t` from the table beside the chart: [C (LSTM), h (LSTM), h (GRU)]. */
async function footprintAt(page: Page, t: number): Promise<number[]> {
  const details = page.locator('details.pulse-table');
  if (!(await details.evaluate((element) => (element as HTMLDetailsElement).open))) {
    await details.locator('summary').click();
  }
  const row = details.locator('tbody tr').nth(t);
  await expect(row.locator('th').textContent()).resolves.toBe(String(t));
  return (await row.locator('td').allTextContents()).map(Number);
}

describe('the LSTM vs GRU view in Chromium', () => {
  it('shows the course’s parameter counts as PyTorch reports them, with every shape', async () => {
    await withComparison('lang=en', async (page) => {
      const lstm = page.getByRole('table', { name: 'nn.LSTM(50, 100, num_layers=2)' });
      // The chosen sizes start at the course's GRU's, so that table appears twice.
      const gru = page.getByRole('table', { name: 'nn.GRU(10, 20)' }).last();
      const [lstmModel, gruModel] = COURSE_MODELS;
      expect(await shownTotal(lstm)).toBe(parameterCount(lstmModel!.module, lstmModel!.config));
      expect(await shownTotal(lstm)).toBe(141_600);
      expect(await shownTotal(gru)).toBe(parameterCount(gruModel!.module, gruModel!.config));
      expect(await shownTotal(gru)).toBe(1920);
      const lstmRows = await cells(lstm);
      expect(lstmRows.slice(1, -1).map((row) => row.slice(0, 2))).toEqual([
        ['weight_ih_l0', '(4H × I) = 400 × 50'],
        ['weight_hh_l0', '(4H × H) = 400 × 100'],
        ['bias_ih_l0', '(4H) = 400'],
        ['bias_hh_l0', '(4H) = 400'],
        ['weight_ih_l1', '(4H × H) = 400 × 100'],
        ['weight_hh_l1', '(4H × H) = 400 × 100'],
        ['bias_ih_l1', '(4H) = 400'],
        ['bias_hh_l1', '(4H) = 400'],
      ]);
      expect((await cells(gru)).slice(1, -1)).toEqual([
        ['weight_ih_l0', '(3H × I) = 60 × 10', 'r, z, n', '600'],
        ['weight_hh_l0', '(3H × H) = 60 × 20', 'r, z, n', '1,200'],
        ['bias_ih_l0', '(3H) = 60', 'r, z, n', '60'],
        ['bias_hh_l0', '(3H) = 60', 'r, z, n', '60'],
      ]);
      await page.getByText('At 10 → 20, the GRU has 1,920 parameters and the LSTM 2,560').waitFor();
    });
  });

  it('plots the model layer’s footprints, and the gate-bias sliders raise them at t = 50', async () => {
    await withComparison('lang=en', async (page) => {
      const rounded = (values: ArrayLike<number>) => Array.from(values, (value) => value.toFixed(3));
      const before = await footprintAt(page, 50);
      expect(before.map((value) => value.toFixed(3))).toEqual(
        rounded([expected.lstmMemory!.cell![50]!, expected.lstmMemory!.hidden[50]!, expected.gruMemory!.hidden[50]!]),
      );
      const forget = page.getByRole('slider', { name: 'LSTM forget gate bias shift' });
      await forget.focus();
      await page.keyboard.press('End');
      await expect(forget.inputValue()).resolves.toBe('6');
      const kept = await footprintAt(page, 50);
      expect(kept[0]).toBeGreaterThan(before[0]! + 0.5);
      expect(kept[2]).toBe(before[2]);

      const update = page.getByRole('slider', { name: 'GRU update gate bias shift' });
      await update.focus();
      await page.keyboard.press('End');
      const updated = await footprintAt(page, 50);
      expect(updated[2]).toBeGreaterThan(before[2]! + 0.5);
      expect(updated[0]).toBe(kept[0]);
    });
  });

  it('keeps the tfjs tensor count flat while a slider moves', async () => {
    await withComparison('lang=en', async (page) => {
      const slider = page.getByRole('slider', { name: 'LSTM forget gate bias shift' });
      const [before, after] = await tensorsAroundDrag(page, slider, 60);
      expect(after).toBe(before);
    });
  });

  it('measures both models’ time per step in this browser', async () => {
    await withComparison('lang=en', async (page) => {
      await page.getByRole('button', { name: 'Measure speed' }).click();
      await page.getByRole('button', { name: 'Measure again' }).waitFor({ timeout: 30_000 });
      const times = await page
        .getByRole('list', { name: 'Median time per step' })
        .getByRole('listitem')
        .allTextContents();
      expect(times).toHaveLength(2);
      for (const time of times) expect(Number(/([\d.]+) ms per step/.exec(time)![1])).toBeGreaterThan(0);
      await page.getByText(/^The GRU took [\d.]+ times the LSTM’s time per step\.$/).waitFor();
    });
  });

  it('restores exactly what a link describes, and keeps the link in step', async () => {
    await withComparison('lang=en&vssize=3x4&vsseed=5&vsx=2&vssteps=80&vsf=2.5&vsz=-1', async (page) => {
      await page.getByRole('table', { name: 'nn.LSTM(3, 4)' }).waitFor();
      await expect(page.getByRole('slider', { name: 'LSTM forget gate bias shift' }).inputValue()).resolves.toBe('2.5');
      await expect(page.getByRole('slider', { name: 'GRU update gate bias shift' }).inputValue()).resolves.toBe('-1');
      await expect(page.getByRole('slider', { name: 'Steps after the pulse' }).inputValue()).resolves.toBe('80');
      await expect(page.getByRole('slider', { name: /^Pulse size/ }).inputValue()).resolves.toBe('2');
      await page.getByText('Seed: 5').waitFor();
      await footprintAt(page, 80);
      await expect(page.locator('details.pulse-table tbody tr').count()).resolves.toBe(81);

      await page.getByRole('button', { name: /^50 → 100/ }).click();
      await expect.poll(() => new URL(page.url()).searchParams.get('vssize'), { timeout: 5_000 }).toBe('50x100');
      expect(new URL(page.url()).searchParams.get('vsf')).toBe('2.5');
    });
  });

  it('changes every visible label when the language is Chinese', async () => {
    await withComparison('lang=zh', async (page) => {
      await page.getByRole('heading', { level: 2, name: 'LSTM 与 GRU：同一输入，两种单元' }).waitFor();
      // Everything visible except maths, numbers and code, which read the same in both.
      const code = new Set([
        'Gatescope',
        'English',
        'LSTM',
        'GRU',
        'PyTorch',
        'WebAssembly',
        'MIT',
        'RNN',
        'Olah',
        'Cho',
        // diag(z) in the prose on gradients: maths, written the same in both languages.
        'diag',
        'nn',
        'input_size',
        'hidden_size',
        'weight_ih',
        'weight_ih_l',
        'tanh',
        // File formats, on the Export figure choices.
        'SVG',
        'PNG',
      ]);
      // The bias sliders' symbols are maths too.
      expect(await strayLatinWords(page, code, /^b_[fz]$/)).toEqual([]);
    });
  });

  for (const language of ['en', 'zh'] as const) {
    it(`has no accessibility violation (axe-core, WCAG 2.1 AA) in ${language}`, async () => {
      await withComparison(`lang=${language}`, async (page) => {
        await page.locator('details.pulse-table summary').click();
        expect(await accessibilityViolations(page)).toEqual([]);
      });
    });
  }
});
