import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, launchBrowser, openPage } from './support/browser';

// The cell explorers' first screen on a laptop (1366×768) and a projector (1280×720), in English,
// Chinese and side by side: the whole diagram, every slider that moves it and the stage's rule
// without scrolling; formulas that never run past their panel unnoticed; numbers large enough to
// read from the back of a room on a 1280×720 projector; vectors drawn as one row of cells, at
// the course's sizes too.

const screenshotDir = fileURLToPath(new URL('../../test-results/screenshots/explorer-layout/', import.meta.url));

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  await mkdir(screenshotDir, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

interface Explorer {
  name: 'lstm' | 'gru';
  view: string;
  stages: number;
  /** Its sliders: x, h (and C), then a bias shift per gate. */
  sliders: number;
  /** The link keys of its stage and sizes. */
  stageKey: string;
  sizeKey: string;
  courseSize: string;
}

const EXPLORERS: Explorer[] = [
  {
    name: 'lstm',
    view: 'lstm',
    stages: 6,
    sliders: 3 + 4 + 4 + 4,
    stageKey: 'stage',
    sizeKey: 'size',
    courseSize: '50x100',
  },
  {
    name: 'gru',
    view: 'gru',
    stages: 5,
    sliders: 3 + 4 + 3,
    stageKey: 'gstage',
    sizeKey: 'gsize',
    courseSize: '10x20',
  },
];
const LANGUAGES = [
  { name: 'en', query: 'lang=en' },
  { name: 'zh', query: 'lang=zh' },
  { name: 'en+zh', query: 'lang=en&both=1' },
];
const LAPTOP_AND_PROJECTOR = [
  { width: 1366, height: 768 },
  { width: 1280, height: 720 },
];

type Box = { top: number; bottom: number; left: number; right: number };

/** Opens the explorer at `query` in a `width`×`height` window, waits for its numbers and fonts, runs `check`. */
async function withExplorer(
  explorer: Explorer,
  query: string,
  viewport: { width: number; height: number },
  check: (page: Page) => Promise<void>,
): Promise<void> {
  const watched = await openPage(browser, { viewport });
  try {
    await watched.page.goto(appUrl(`/?view=${explorer.view}&${query}`));
    await watched.page.locator('[data-explanation-ready="true"]').waitFor();
    await watched.page.evaluate(() => document.fonts.ready);
    await check(watched.page);
    expect(watched.problems).toEqual([]);
  } finally {
    await watched.close();
  }
}

/** Where the first screen's parts are, in the window, with the page scrolled to its top. */
function firstScreen(page: Page) {
  return page.evaluate(() => {
    window.scrollTo(0, 0);
    const box = (element: Element): Box => {
      const { top, bottom, left, right } = element.getBoundingClientRect();
      return { top, bottom, left, right };
    };
    const rule = document.querySelector('[data-tour="stage"]')!;
    return {
      window: { top: 0, left: 0, bottom: window.innerHeight, right: window.innerWidth },
      diagram: box(document.querySelector('[data-tour="diagram"] svg')!),
      sliders: [...document.querySelectorAll('input[type="range"]')].map((slider) => ({
        name: slider.getAttribute('aria-label') ?? '',
        box: box(slider),
      })),
      ruleArea: box(rule),
      ruleFormula: box(rule.querySelector('.formula-rule')!),
      sideways: document.documentElement.scrollWidth - window.innerWidth,
    };
  });
}

const inside = (inner: Box, outer: Box) =>
  inner.top >= outer.top - 0.5 &&
  inner.bottom <= outer.bottom + 0.5 &&
  inner.left >= outer.left - 0.5 &&
  inner.right <= outer.right + 0.5;

/**
 * Every formula of the stage's panel that is wider than its box, unless it is a deliberate sideways
 * scroller with its cue: shadows at the edges that have more (StageCard.css draws them as gradients
 * behind the formula). A formula cut at the edge without a cue fails.
 */
function formulasPastTheirBox(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-tour="stage"] .formula')].flatMap((formula) => {
      const style = getComputedStyle(formula);
      if (formula.scrollWidth <= formula.clientWidth) return [];
      const scrolls = style.overflowX === 'auto' || style.overflowX === 'scroll';
      const cue = (style.backgroundImage.match(/gradient\(/g) ?? []).length >= 4;
      if (scrolls && cue) return [];
      return [`${formula.textContent?.slice(0, 40)}: ${formula.scrollWidth} px in ${formula.clientWidth} px`];
    }),
  );
}

/**
 * The diagram's type on screen: its smallest number in a cell and its smallest text of any kind
 * (labels, the layers' σ and tanh, the pills' words), each a text's font size times the drawing's
 * scale, in px; and every number wider than its cell, which would be cut or run into the next.
 */
function diagramType(page: Page) {
  return page.evaluate(() => {
    const svg = document.querySelector<SVGSVGElement>('[data-tour="diagram"] svg')!;
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    const px = (texts: Iterable<SVGTextElement>) =>
      [...texts]
        .filter((text) => (text.textContent ?? '').trim() !== '')
        .map((text) => ({
          text: text.textContent ?? '',
          px: parseFloat(getComputedStyle(text).fontSize) * scale,
        }));
    const smallest = (sizes: { text: string; px: number }[]) =>
      sizes.reduce((min, size) => (size.px < min.px ? size : min), sizes[0] ?? { text: '', px: NaN });
    const numbers = svg.querySelectorAll<SVGTextElement>('text.vector-strip-value');
    return {
      number: smallest(px(numbers)).px,
      text: smallest(px(svg.querySelectorAll<SVGTextElement>('text'))),
      cramped: [...numbers]
        .filter((text) => text.getBBox().width > text.parentElement!.querySelector('rect')!.width.baseVal.value - 2)
        .map((text) => text.textContent),
    };
  });
}

describe('the cell explorers’ first screen', () => {
  for (const explorer of EXPLORERS)
    for (const language of LANGUAGES)
      it(`${explorer.name} in ${language.name}: diagram, all ${explorer.sliders} sliders and the rule fit 1366×768 and 1280×720`, async () => {
        // The second stage: a gate's rule, with the focused unit's numbers.
        const query = `${language.query}&${explorer.stageKey}=1`;
        for (const viewport of LAPTOP_AND_PROJECTOR)
          await withExplorer(explorer, query, viewport, async (page) => {
            const size = `${viewport.width}×${viewport.height}`;
            const screen = await firstScreen(page);
            expect(screen.sideways, size).toBeLessThanOrEqual(0);
            expect(inside(screen.diagram, screen.window), `diagram at ${size}: ${JSON.stringify(screen.diagram)}`).toBe(
              true,
            );
            expect(screen.sliders, size).toHaveLength(explorer.sliders);
            for (const slider of screen.sliders)
              expect(
                inside(slider.box, screen.window),
                `${slider.name} at ${size}: ${JSON.stringify(slider.box)}`,
              ).toBe(true);
            expect(inside(screen.ruleArea, screen.window), `rule area at ${size}`).toBe(true);
            // The rule itself is in view, not scrolled away inside its box.
            expect(inside(screen.ruleFormula, screen.ruleArea), `rule at ${size}`).toBe(true);
            await page.screenshot({
              path: `${screenshotDir}${explorer.name}-${language.name}-${viewport.width}x${viewport.height}.png`,
            });
          });
      });

  for (const explorer of EXPLORERS)
    it(`${explorer.name} at the course size (${explorer.courseSize}) keeps its diagram and sliders on the first screen`, async () => {
      for (const viewport of [...LAPTOP_AND_PROJECTOR, { width: 1920, height: 1080 }])
        await withExplorer(explorer, `lang=en&${explorer.sizeKey}=${explorer.courseSize}`, viewport, async (page) => {
          const size = `${viewport.width}×${viewport.height}`;
          const screen = await firstScreen(page);
          expect(inside(screen.diagram, screen.window), `diagram at ${size}`).toBe(true);
          // One slider and a picker per vector at this size, and every bias shift.
          expect(screen.sliders.length, size).toBeGreaterThan(0);
          for (const slider of screen.sliders)
            expect(inside(slider.box, screen.window), `${slider.name} at ${size}`).toBe(true);
          expect(inside(screen.ruleArea, screen.window), `rule area at ${size}`).toBe(true);
          // Each vector is one row of thin cells, never a grid that would read as a matrix.
          const rows = await page.evaluate(() =>
            [...document.querySelectorAll('[data-tour="diagram"] svg [role="listbox"]')].map(
              (strip) =>
                new Set(
                  [...strip.querySelectorAll('[role="option"] > rect:first-child')].map((cell) =>
                    Math.round(cell.getBoundingClientRect().top),
                  ),
                ).size,
            ),
          );
          expect(rows.length, size).toBeGreaterThan(0);
          expect(rows, size).toEqual(rows.map(() => 1));
          await page.screenshot({
            path: `${screenshotDir}${explorer.name}-course-${viewport.width}x${viewport.height}.png`,
          });
        });
    });
});

describe('the cell explorers’ formulas, numbers and vectors', () => {
  for (const explorer of EXPLORERS)
    it(`${explorer.name}: no formula runs past its panel at any stage, unless it scrolls with a cue`, async () => {
      for (const viewport of [{ width: 1920, height: 1080 }, ...LAPTOP_AND_PROJECTOR])
        for (const language of LANGUAGES)
          await withExplorer(explorer, language.query, viewport, async (page) => {
            for (let stage = 0; stage < explorer.stages; stage++) {
              await page
                .getByText(`Stage ${stage + 1} of ${explorer.stages}`)
                .or(page.getByText(`第 ${stage + 1} 阶段`))
                .first()
                .waitFor();
              expect(
                await formulasPastTheirBox(page),
                `${viewport.width}×${viewport.height} ${language.name} stage ${stage + 1}`,
              ).toEqual([]);
              await page.keyboard.press('ArrowRight');
            }
          });
    });

  for (const explorer of EXPLORERS)
    it(`${explorer.name}: its numbers and labels are at least 14 px from a 1280×720 projector up, inside their cells, and scale with the diagram`, async () => {
      const sizes: Record<string, number> = {};
      for (const viewport of [{ width: 1920, height: 1080 }, ...LAPTOP_AND_PROJECTOR])
        for (const language of LANGUAGES)
          await withExplorer(explorer, language.query, viewport, async (page) => {
            const type = await diagramType(page);
            const where = `${viewport.width}×${viewport.height} ${language.name}`;
            sizes[`${viewport.width} ${language.name}`] = type.number;
            // Read from the back of a room even where the sliders and the rule share the screen
            // with the drawing, side by side too.
            expect(type.number, where).toBeGreaterThanOrEqual(14);
            expect(type.text.px, `${where}: "${type.text.text}"`).toBeGreaterThanOrEqual(14);
            expect(type.cramped, where).toEqual([]);
            await page.screenshot({
              path: `${screenshotDir}${explorer.name}-${language.name}-${viewport.width}x${viewport.height}-numbers.png`,
            });
          });
      // The numbers are part of the drawing: a larger window draws them larger.
      expect(sizes['1920 en']).toBeGreaterThan(sizes['1366 en']!);
      expect(sizes['1366 en']).toBeGreaterThanOrEqual(sizes['1280 en']!);
    });

  it('lstm: a memory C dragged to the ends of its slider (±20) still fits every number in its cell', async () => {
    const lstm = EXPLORERS[0]!;
    // C_t = f ⊙ C_{t−1} + i ⊙ g stays within a unit of C_{t−1}: the widest numbers the drawing meets.
    await withExplorer(lstm, 'lang=en&c=-20,20,-9.996,19.99&stage=6', { width: 1280, height: 720 }, async (page) => {
      const type = await diagramType(page);
      expect(type.cramped).toEqual([]);
      const shown = await page.evaluate(() =>
        [...document.querySelectorAll('[data-tour="diagram"] svg text.vector-strip-value')].map((t) => t.textContent),
      );
      expect(shown).toContain('−20.0');
      expect(shown).toContain('−10.0');
    });
  });

  for (const explorer of EXPLORERS)
    it(`${explorer.name}: a vector of 8 is one row of cells, never a grid that reads as a matrix`, async () => {
      await withExplorer(explorer, `lang=en&${explorer.sizeKey}=8x8`, { width: 1366, height: 768 }, async (page) => {
        const rows = await page.evaluate(() =>
          [...document.querySelectorAll('[data-tour="diagram"] svg [role="group"][aria-label]')].map((strip) => ({
            name: strip.getAttribute('aria-label'),
            cells: strip.querySelectorAll('[role="img"]').length,
            tops: new Set(
              [...strip.querySelectorAll('[role="img"] > rect:first-child')].map((cell) =>
                Math.round(cell.getBoundingClientRect().top),
              ),
            ).size,
          })),
        );
        expect(rows.filter((row) => row.cells >= 8).length).toBeGreaterThan(0);
        for (const row of rows) expect(row.tops, `${row.name} (${row.cells} cells)`).toBe(1);
        await page.screenshot({ path: `${screenshotDir}${explorer.name}-8x8-1366x768.png` });
      });
    });
});
