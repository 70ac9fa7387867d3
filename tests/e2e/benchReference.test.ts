import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BARE_CHART_CASE, BARE_CHART_WITH_WORK_CASE, bareChartHtml, VIEW_WORK_MS } from '../../src/cli/bench/bareChart';
import { WEB_CASES } from '../../src/cli/bench/webCases';
import { appUrl, launchBrowser, openPage, withWatched } from './support/browser';

// bench:web sets the LSTM vs GRU drag against a bare SVG chart, bare and with the view's work per
// input: they only say what the app adds if they draw what the memory plot draws, at the plot's
// size, move as the plot moves, and the second keeps the main thread busy as long as it says.

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const compareCase = WEB_CASES.flatMap((webCase) =>
  webCase.input === 'drag' && webCase.references ? [webCase] : [],
)[0];

/** The chart's size, and each line's point count, stroke width, dashes and path. */
function chartOf(page: Page, chart: string, lines: string) {
  return page.evaluate(
    ({ chart, lines }) => {
      const box = document.querySelector(chart)!.getBoundingClientRect();
      return {
        width: Math.round(box.width),
        height: Math.round(box.height),
        lines: Array.from(document.querySelectorAll<SVGPathElement>(lines), (path) => ({
          points: (path.getAttribute('d')!.match(/[ML]/g) ?? []).length,
          strokeWidth: getComputedStyle(path).strokeWidth,
          dashes: getComputedStyle(path).strokeDasharray,
          d: path.getAttribute('d')!,
        })),
      };
    },
    { chart, lines },
  );
}

/** Moves the range slider `slider` one step up, as the bench's drag does. */
async function stepSlider(page: Page, slider: string): Promise<void> {
  await page.evaluate((slider) => {
    const input = document.querySelector<HTMLInputElement>(slider)!;
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    setValue.call(input, String(Number(input.value) + Number(input.step)));
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, slider);
}

describe('the bare chart bench:web drags beside the LSTM vs GRU plot', () => {
  it('is the case the LSTM vs GRU drag is set against', () => {
    expect(compareCase?.references).toEqual([BARE_CHART_CASE, BARE_CHART_WITH_WORK_CASE]);
    expect(BARE_CHART_CASE.html).toBe(bareChartHtml(0));
    expect(BARE_CHART_WITH_WORK_CASE.html).toBe(bareChartHtml(VIEW_WORK_MS));
  });

  it('with the view’s work, an input keeps the main thread busy that long and still redraws', () =>
    withWatched(
      () => openPage(browser, { viewport: { width: 1920, height: 1080 } }),
      async (page) => {
        await page.setContent(BARE_CHART_WITH_WORK_CASE.html!);
        await page.locator(BARE_CHART_WITH_WORK_CASE.ready).waitFor();
        const before = await chartOf(page, '.bare-chart svg', '.bare-chart path');
        const busyMs = await page.evaluate((slider) => {
          const input = document.querySelector<HTMLInputElement>(slider)!;
          const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
          setValue.call(input, '1');
          const start = performance.now();
          input.dispatchEvent(new Event('input', { bubbles: true }));
          return performance.now() - start;
        }, BARE_CHART_WITH_WORK_CASE.slider);
        expect(busyMs).toBeGreaterThanOrEqual(VIEW_WORK_MS);
        const after = await chartOf(page, '.bare-chart svg', '.bare-chart path');
        expect(after.lines.map((line, index) => line.d !== before.lines[index]!.d)).toEqual([true, true, false]);
      },
    ));

  it('draws what the memory plot draws at 1920×1080, and redraws two of its lines on each input', async () => {
    const viewport = { width: 1920, height: 1080 };
    const app = await openPage(browser, { viewport });
    const bare = await openPage(browser, { viewport });
    try {
      await app.page.goto(appUrl(compareCase!.query));
      await app.page.locator(compareCase!.ready).first().waitFor();
      const plot = await chartOf(app.page, '.pulse-chart', '.pulse-chart .pulse-line');

      await bare.page.setContent(bareChartHtml(0));
      await bare.page.locator(BARE_CHART_CASE.ready).waitFor();
      const before = await chartOf(bare.page, '.bare-chart svg', '.bare-chart path');

      // The same size within a few pixels, and the same lines: count, points, strokes, dashes.
      expect(Math.abs(before.width - plot.width)).toBeLessThanOrEqual(4);
      expect(Math.abs(before.height - plot.height)).toBeLessThanOrEqual(4);
      const look = ({ points, strokeWidth, dashes }: (typeof plot.lines)[number]) => ({ points, strokeWidth, dashes });
      expect(before.lines.map(look)).toEqual(plot.lines.map(look));

      // As the forget-bias slider moves the LSTM's C and h and leaves the GRU's h: two of three.
      await stepSlider(bare.page, BARE_CHART_CASE.slider);
      const after = await chartOf(bare.page, '.bare-chart svg', '.bare-chart path');
      expect(after.lines.map((line, index) => line.d !== before.lines[index]!.d)).toEqual([true, true, false]);
      expect(await bare.page.locator('.bare-chart output').textContent()).toBe('0.10');
      expect([...app.problems, ...bare.problems]).toEqual([]);
    } finally {
      await app.close();
      await bare.close();
    }
  });
});
