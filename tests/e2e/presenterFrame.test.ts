import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { framedParts } from '../../src/components/cell/diagram/diagramStageFocus';
import { GRU_STAGE_FOCUS } from '../../src/components/gru/gruStageFocus';
import { LSTM_STAGE_FOCUS } from '../../src/components/lstm/lstmStageFocus';
import { GRU_STAGES } from '../../src/store/gru/gruStages';
import { LSTM_STAGES } from '../../src/store/lstm/lstmStages';
import { appUrl, launchBrowser, openPage, withWatched } from './support/browser';

// An instructor presents the cell explorers on a 1280 × 720 projector: every stage's numbers must
// read from the back of the room (24 px or more), with the sliders beside the diagram, in English,
// Chinese and side by side; the stage's parts are framed whole; W shows the whole cell.

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** What a stage's frame shows, measured on screen. */
interface FrameReading {
  /** The smallest number drawn in a framed part, in CSS px. */
  smallestNumber: number;
  /** Framed parts reaching outside the drawing's box (cut by the frame's edge). */
  cut: string[];
  /** The viewBox. */
  viewBox: string;
  /** True when the page scrolls sideways. */
  scrollsSideways: boolean;
}

/** Measures the framed parts of `stage` on screen; null until the camera has arrived at its frame. */
function readFrame(page: Page, stage: string, parts: readonly string[]): Promise<FrameReading | null> {
  return page.evaluate(
    ({ stage, parts }) => {
      const diagram = document.querySelector<HTMLElement>(`.cell-diagram[data-stage="${stage}"][data-framed]`);
      const svg = diagram?.querySelector('svg');
      // Not before the camera has arrived at the stage's frame.
      if (!diagram || !svg || svg.getAttribute('viewBox') !== diagram.dataset.framed) return null;
      const box = svg.getBoundingClientRect();
      const scale = svg.getScreenCTM()!.a;
      const cut: string[] = [];
      const sizes: number[] = [];
      for (const part of parts) {
        const element = svg.querySelector(`[data-part="${part}"]`)!;
        const rect = element.getBoundingClientRect();
        const inside =
          rect.left >= box.left - 1 &&
          rect.right <= box.right + 1 &&
          rect.top >= box.top - 1 &&
          rect.bottom <= box.bottom + 1;
        if (!inside) cut.push(part);
        for (const text of element.querySelectorAll('text')) {
          // A cell's number ("−0.30"), not a label's subscript ("t−1").
          if (/^[−-]?\d+\.\d+$/.test((text.textContent ?? '').trim()))
            sizes.push(parseFloat(getComputedStyle(text).fontSize) * scale);
        }
      }
      return {
        smallestNumber: sizes.length > 0 ? Math.min(...sizes) : 0,
        cut,
        viewBox: svg.getAttribute('viewBox') ?? '',
        scrollsSideways: document.documentElement.scrollWidth > window.innerWidth,
      };
    },
    { stage, parts },
  );
}

const CELLS = [
  { view: 'lstm', stages: LSTM_STAGES, focus: LSTM_STAGE_FOCUS },
  { view: 'gru', stages: GRU_STAGES, focus: GRU_STAGE_FOCUS },
] as const;

describe('presenter mode frames the current stage at 1280 × 720', () => {
  for (const { view, stages, focus } of CELLS) {
    for (const language of ['lang=en', 'lang=zh', 'lang=zh&both=1']) {
      it(`draws every ${view.toUpperCase()} stage's numbers at 24 px or more, its parts whole (${language})`, async () => {
        await withWatched(
          () => openPage(browser),
          async (page) => {
            await page.goto(appUrl(`/?view=${view}&${language}&present=1`));
            await page.locator('[data-phase="ready"]').waitFor({ state: 'attached', timeout: 15_000 });
            const frames = new Set<string>();
            for (const [index, stage] of stages.entries()) {
              if (index > 0) await page.keyboard.press('PageDown');
              const parts = framedParts(focus[stage as keyof typeof focus]);
              let reading: FrameReading | null = null;
              await expect
                .poll(async () => (reading = await readFrame(page, stage, parts)), { timeout: 5_000 })
                .not.toBeNull();
              const shown = reading!;
              expect(shown.smallestNumber, `${stage}: smallest number`).toBeGreaterThanOrEqual(24);
              expect(shown.cut, `${stage}: parts cut by the frame`).toEqual([]);
              expect(shown.scrollsSideways).toBe(false);
              frames.add(shown.viewBox);
            }
            // The camera moves: no two stages share one frame.
            expect(frames.size).toBe(stages.length);
          },
        );
      });
    }
  }

  it('shows the whole cell with W or the bar, in the link too, and frames the stage again', async () => {
    await withWatched(
      () => openPage(browser),
      async (page) => {
        await page.goto(appUrl('/?view=lstm&lang=en&present=1'));
        const svg = page.locator('.cell-diagram svg');
        const scale = () =>
          page.evaluate(() => document.querySelector<SVGSVGElement>('.cell-diagram svg')!.getScreenCTM()!.a);
        const framed = page.locator('.cell-diagram[data-framed]');
        await framed.waitFor();
        // Arrived at the frame it is heading for now (a font arriving may move that frame by a unit).
        const arrived = () =>
          page.evaluate(() => {
            const diagram = document.querySelector('.cell-diagram[data-framed]');
            return diagram?.querySelector('svg')?.getAttribute('viewBox') === diagram?.getAttribute('data-framed');
          });
        await expect.poll(arrived).toBe(true);
        const framedScale = await scale();
        await page.keyboard.press('w');
        // The camera glides back to the whole drawing: its viewBox from the origin, whole units.
        await expect.poll(() => svg.getAttribute('viewBox')).toMatch(/^0 0 \d+ \d+$/);
        expect(await framed.count()).toBe(0);
        expect(await scale()).toBeLessThan(framedScale);
        await expect.poll(() => new URL(page.url()).searchParams.get('whole')).toBe('1');
        expect(await page.getByRole('button', { name: 'Whole cell' }).getAttribute('aria-pressed')).toBe('true');
        await page.getByRole('button', { name: 'Whole cell' }).click();
        await page.locator('.cell-diagram[data-framed]').waitFor();
        await expect.poll(arrived).toBe(true);
        await expect.poll(() => new URL(page.url()).searchParams.get('whole')).toBe(null);
      },
    );
  });

  it('restores the hidden panels and the whole cell from a prepared link', async () => {
    await withWatched(
      () => openPage(browser),
      async (page) => {
        await page.goto(appUrl('/?view=gru&lang=en&present=1&hide=sliders&whole=1'));
        await page.locator('.cell-diagram').waitFor();
        expect(await page.locator('.live-controls').isVisible()).toBe(false);
        expect(await page.locator('.rule-area').isVisible()).toBe(true);
        expect(await page.locator('.cell-diagram[data-framed]').count()).toBe(0);
        expect(await page.getByRole('button', { name: 'Sliders panel' }).getAttribute('aria-pressed')).toBe('false');
      },
    );
  });
});
