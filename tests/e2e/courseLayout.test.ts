import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTerms } from '../../src/components/shared/withTerms';
import { exerciseText } from '../../src/content/tour/lessons';
import type { TourStepId } from '../../src/content/tour/tourOutline';
import { tourUiText } from '../../src/content/tour/tourUi';
import { appUrl, launchBrowser, openPage, withWatched, PHONE_SCREEN as PHONE } from './support/browser';

// The app's frame and the course on the screens students and instructors use: the header side by
// side, the course's dock on a phone, the one Back / Next, hover and touch states, the language
// switch, the tab strip, a cell opened from the sequence view. Screenshots go to test-results/.

const screenshotDir = fileURLToPath(new URL('../../test-results/screenshots/course-layout/', import.meta.url));

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  await mkdir(screenshotDir, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

const headerHeight = (page: Page) =>
  page.evaluate(() => document.querySelector('.app-header')!.getBoundingClientRect().height);

/** WCAG contrast of two `rgb(…)` / `rgba(…)` colours (alpha ignored: every colour here is opaque). */
function contrast(first: string, second: string): number {
  const luminance = (color: string) => {
    const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((part) => {
      const channel = Number(part) / 255;
      return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a);
  return (light! + 0.05) / (dark! + 0.05);
}

/** A button's text colour and background as drawn now (after its transition has run). */
async function colours(page: Page, selector: string): Promise<{ color: string; background: string }> {
  await page.waitForTimeout(250);
  return page
    .locator(selector)
    .first()
    .evaluate((element) => {
      const style = getComputedStyle(element);
      return { color: style.color, background: style.backgroundColor };
    });
}

/**
 * Where the ring's target sits, and the part of the window where it can be seen: below whatever
 * sticks or is fixed at the top, above the dock. `lit`: the parts the target's current stage
 * lights (a cell diagram's), if it has any.
 */
function ringAndBand(page: Page) {
  return page.evaluate(() => {
    const ringElement = document.querySelector<HTMLElement>('.tour-ring');
    const ring = ringElement?.getBoundingClientRect();
    const litBoxes = [...document.querySelectorAll(`[data-tour="${ringElement?.dataset.target}"] .is-lit`)]
      .map((part) => part.getBoundingClientRect())
      .filter((box) => box.width > 0 || box.height > 0);
    const lit = litBoxes.length
      ? { top: Math.min(...litBoxes.map((box) => box.top)), bottom: Math.max(...litBoxes.map((box) => box.bottom)) }
      : undefined;
    const dock = document.querySelector('.tour-dock')!.getBoundingClientRect();
    let top = 0;
    for (const element of document.querySelectorAll('body *')) {
      if (element.closest('.tour-dock') || element.classList.contains('tour-ring')) continue;
      const position = getComputedStyle(element).position;
      if (position !== 'sticky' && position !== 'fixed') continue;
      const box = element.getBoundingClientRect();
      if (box.height > 0 && box.top <= 1 && box.bottom > 0) top = Math.max(top, box.bottom);
    }
    // The ring stands 6 px outside its target.
    const target = ring && { top: ring.top + 6, bottom: ring.bottom - 6 };
    return { target, lit, band: { top, bottom: dock.top }, dockHeight: dock.height, viewport: window.innerHeight };
  });
}

describe('the header', () => {
  it.each([
    [1280, 720],
    [1366, 768],
    [1920, 1080],
  ])(
    'side by side stays within 1.3 × the one-language header at %i × %i, and publishes its height',
    async (width, height) => {
      await withWatched(
        () => openPage(browser, { viewport: { width, height } }),
        async (page) => {
          const heights: Record<string, number> = {};
          for (const query of ['lang=en', 'lang=zh', 'lang=en&both=1', 'lang=zh&both=1']) {
            await page.goto(appUrl(`/?view=lstm&${query}`));
            await page.getByRole('navigation').waitFor();
            heights[query] = await headerHeight(page);
            const published = await page.evaluate(() =>
              getComputedStyle(document.documentElement).getPropertyValue('--header-height'),
            );
            expect(Math.abs(Number.parseFloat(published) - heights[query]!), query).toBeLessThanOrEqual(1);
          }
          const single = Math.max(heights['lang=en']!, heights['lang=zh']!);
          expect(heights['lang=en&both=1'], JSON.stringify(heights)).toBeLessThanOrEqual(single * 1.3);
          expect(heights['lang=zh&both=1'], JSON.stringify(heights)).toBeLessThanOrEqual(single * 1.3);
        },
      );
    },
  );

  it('choosing 中文 while side by side shows Chinese alone', async () => {
    await withWatched(
      () => openPage(browser),
      async (page) => {
        await page.goto(appUrl('/?view=about&lang=en&both=1'));
        await page.getByRole('heading', { level: 2, name: 'What Gatescope is Gatescope 是什么' }).waitFor();
        await page.getByRole('button', { name: '中文', exact: true }).click();
        await page.getByRole('heading', { level: 2, name: 'Gatescope 是什么', exact: true }).waitFor();
        const params = new URL(page.url()).searchParams;
        expect([params.get('lang'), params.get('both')]).toEqual(['zh', null]);
        expect(await page.getByRole('button', { name: '中文', exact: true }).getAttribute('aria-pressed')).toBe('true');
        expect(await page.getByRole('button', { name: '双语对照' }).getAttribute('aria-pressed')).toBe('false');
        expect(await page.getByText('What Gatescope is').count()).toBe(0);
      },
    );
  });

  it('keeps 4.5 : 1 under the pointer and while pressed, on selected and plain buttons', async () => {
    await withWatched(
      () => openPage(browser),
      async (page) => {
        await page.goto(appUrl('/?view=lstm&lang=en&tour=forgetGate'));
        await page.locator('.tour-dock').waitFor();
        const cases = [
          ['.language-choice button[aria-pressed="true"]', 'selected language'],
          ['.language-choice button[aria-pressed="false"]', 'other language'],
          ['.tour-nav .tour-next', 'the course’s Next'],
          ['.tour-nav .action-button:not(.tour-next)', 'the course’s Back'],
        ] as const;
        for (const [selector, name] of cases) {
          await page.locator(selector).first().hover();
          const hovered = await colours(page, selector);
          expect(contrast(hovered.color, hovered.background), `${name} under the pointer`).toBeGreaterThanOrEqual(4.5);
          await page.mouse.down();
          const held = await colours(page, selector);
          expect(contrast(held.color, held.background), `${name} held down`).toBeGreaterThanOrEqual(4.5);
          await page.mouse.move(0, 0);
          await page.mouse.up();
        }
      },
    );
  });
});

describe('the course on a phone (390 × 844, touch)', () => {
  // One step for every part of a view the course rings, in every view.
  const steps: TourStepId[] = [
    'welcome',
    'fourLayers',
    'forgetGate',
    'weightsLive',
    'threeInputs',
    'concatenation',
    'whichGate',
    'longShortMemory',
    'holdMemory',
    'gruGates',
    'gruVsLstm',
    'cellVsLayer',
    'inputShape',
    'outputShapes',
    'initialStates',
  ];

  it('leaves at least half the screen to the view, and what it rings is in that half', async () => {
    await withWatched(
      () => openPage(browser, { phone: { deviceScaleFactor: 1 } }),
      async (page) => {
        for (const step of steps) {
          await page.goto(appUrl(`/?lang=en&tour=${step}`));
          await page.locator('.tour-ring').waitFor({ timeout: 15_000 });
          // The page settles (the explorer lays itself out, the ring's scroll ends): the target
          // ends inside the visible band, or fills it from its top when it is taller than the band.
          await expect
            .poll(
              async () => {
                const { target, lit, band, dockHeight, viewport } = await ringAndBand(page);
                if (!target) return `${step}: no ring`;
                if (dockHeight > viewport / 2 + 0.5) return `${step}: dock ${dockHeight} of ${viewport}`;
                const shownOf = (part: { top: number; bottom: number }) =>
                  Math.min(part.bottom, band.bottom) - Math.max(part.top, band.top);
                // A diagram taller than the band shows what the step is about, its stage's lit parts:
                // all of them when they fit, otherwise their end (where the stage's flow arrives),
                // filling the band.
                if (lit && target.bottom - target.top > band.bottom - band.top) {
                  const wanted = Math.min(lit.bottom - lit.top - 2, band.bottom - band.top - 14);
                  if (lit.bottom > band.bottom + 1 || shownOf(lit) < wanted)
                    return `${step}: lit parts ${lit.top}–${lit.bottom} in band ${band.top}–${band.bottom}`;
                  return 'in view';
                }
                const shown = shownOf(target);
                // A target taller than the band starts a little below the band's top.
                const wanted = Math.min(target.bottom - target.top - 2, band.bottom - band.top - 14);
                if (target.top < band.top - 1 || shown < wanted)
                  return `${step}: target ${target.top}–${target.bottom} in band ${band.top}–${band.bottom}`;
                return 'in view';
              },
              { timeout: 8000 },
            )
            .toBe('in view');
        }
      },
    );
  }, 180_000);

  it('shows a choice’s verdict in the dock after Check, saying 正确 once', async () => {
    await withWatched(
      () => openPage(browser, { phone: { deviceScaleFactor: 1 } }),
      async (page) => {
        await page.goto(appUrl('/?lang=zh&tour=sigmoid'));
        const card = page.locator('.tour-dock [data-exercise="sigmoidRange"]');
        const right =
          exerciseText.sigmoidRange.kind === 'choice' && exerciseText.sigmoidRange.options.find((o) => o.correct);
        if (!right) throw new Error('sigmoidRange has no right option');
        await card.getByRole('radio', { name: withTerms(right.text).zh }).check();
        await card.getByRole('button', { name: tourUiText.check.zh }).tap();
        const verdict = card.locator('.exercise-verdict');
        await verdict.waitFor();
        await expect.poll(() => insideDockBody(page, '.tour-dock .exercise-verdict'), { timeout: 4000 }).toBe(true);
        const feedback = await card.locator('.exercise-feedback').innerText();
        expect(feedback.match(/正确/g)).toHaveLength(1);
        expect(feedback).not.toContain('正确。正确。');
        await page.screenshot({ path: `${screenshotDir}phone-verdict-zh.png` });
      },
    );
  });

  it('shows what is wrong with a shape answer in the dock after Check', async () => {
    await withWatched(
      () => openPage(browser, { phone: { deviceScaleFactor: 1 } }),
      async (page) => {
        await page.goto(appUrl('/?lang=en&tour=parameterShapes'));
        const card = page.locator('.tour-dock [data-exercise="lstmWeightShapes"]');
        await card.getByRole('textbox', { name: 'Shape of weight_ih_l0' }).fill('400 × 50');
        await card.getByRole('textbox', { name: 'Shape of weight_hh_l0' }).fill('100 × 100');
        await card.getByRole('textbox', { name: 'Shape of weight_ih_l1' }).fill('400 × 100');
        await card.getByRole('button', { name: 'Check' }).tap();
        await card.locator('.shape-verdict.wrong').waitFor();
        await expect.poll(() => insideDockBody(page, '.tour-dock .shape-verdict.wrong'), { timeout: 4000 }).toBe(true);
      },
    );
  });

  it('shows no keyboard hints on a touch screen, and no hover left behind by a tap', async () => {
    await withWatched(
      () => openPage(browser, { phone: { deviceScaleFactor: 1 } }),
      async (page) => {
        await page.goto(appUrl('/?lang=en&tour=forgetGate'));
        await page.locator('.tour-ring').waitFor({ timeout: 15_000 });
        expect(await page.locator('.tour-keys').isVisible()).toBe(false);
        expect(await page.locator('.keys-hint').first().isVisible()).toBe(false);
        const toggle = page.getByRole('button', { name: 'Side by side' });
        await toggle.scrollIntoViewIfNeeded();
        await toggle.tap();
        await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
        await toggle.tap();
        await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');
        // Plain again (the surface), not the pale hover fill that stuck to the last button tapped; polled,
        // as the colour eases back over 0.12 s (base.css), where a stuck hover would stay.
        await expect
          .poll(async () => (await colours(page, '.side-by-side-toggle')).background)
          .toBe('rgb(255, 255, 255)');
      },
    );
    // With a mouse and a keyboard the hint is there.
    await withWatched(
      () => openPage(browser),
      async (page) => {
        await page.goto(appUrl('/?lang=en&tour=forgetGate'));
        await page.locator('.tour-keys').waitFor();
      },
    );
  });

  it('lets the tab strip scroll to About, showing that it scrolls', async () => {
    await withWatched(
      () => openPage(browser, { phone: { deviceScaleFactor: 1 } }),
      async (page) => {
        await page.goto(appUrl('/?lang=en&view=lstm'));
        const strip = page.getByRole('navigation');
        const state = () =>
          strip.evaluate((element) => ({
            scrolls: element.scrollWidth > element.clientWidth,
            fade: getComputedStyle(element).maskImage || getComputedStyle(element).webkitMaskImage,
          }));
        const start = await state();
        expect(start.scrolls).toBe(true);
        expect(start.fade).toMatch(/gradient/);
        const about = strip.getByRole('button', { name: 'About' });
        await about.tap();
        await page.getByRole('heading', { level: 2, name: 'What Gatescope is' }).waitFor();
        expect(new URL(page.url()).searchParams.get('view')).toBe('about');
        // The current tab is scrolled whole into the strip.
        await expect
          .poll(() =>
            about.evaluate((tab) => {
              const box = tab.getBoundingClientRect();
              const frame = tab.parentElement!.getBoundingClientRect();
              return box.left >= frame.left - 1 && box.right <= frame.right + 1;
            }),
          )
          .toBe(true);
        await page.screenshot({ path: `${screenshotDir}phone-tabs-about.png` });
      },
    );
  });
});

/** True when the element is whole inside the dock's visible body (below its bar, above its bottom). */
function insideDockBody(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((selector) => {
    const element = document.querySelector(selector)?.getBoundingClientRect();
    const body = document.querySelector('.tour-body')?.getBoundingClientRect();
    if (!element || !body) return false;
    return element.top >= body.top - 1 && element.bottom <= Math.min(body.bottom, window.innerHeight) + 1;
  }, selector);
}

describe('the course beside an explorer', () => {
  it('offers one Back / Next pair while the tour is open, and the walkthrough’s own when it closes', async () => {
    for (const viewport of [{ width: 1280, height: 720 }, PHONE]) {
      await withWatched(
        () => openPage(browser, { viewport }),
        async (page) => {
          await page.goto(appUrl('/?lang=en&tour=cellUpdate'));
          await page.locator('[data-explanation-ready="true"]').waitFor();
          const visible = async (name: RegExp) => {
            let count = 0;
            for (const button of await page.getByRole('button', { name }).all()) if (await button.isVisible()) count++;
            return count;
          };
          expect(await visible(/^(← )?(Back|Previous)\b/), `${viewport.width}`).toBe(1);
          expect(await visible(/^Next\b/), `${viewport.width}`).toBe(1);
          await page.getByRole('button', { name: tourUiText.close.en }).click();
          await page.locator('.tour-dock').waitFor({ state: 'detached' });
          expect(await visible(/^(← )?(Back|Previous)\b/)).toBe(1);
          expect(await page.getByRole('button', { name: /Previous/ }).isVisible()).toBe(true);
        },
      );
    }
  });

  it('says which layer and step a cell opened from the sequence view is, and Back returns', async () => {
    await withWatched(
      () => openPage(browser, { viewport: { width: 1366, height: 768 } }),
      async (page) => {
        await page.goto(appUrl('/?lang=en&view=sequence&slen=10'));
        const cell = page
          .locator('.timeline-glyph')
          .filter({ has: page.locator('title', { hasText: /^Layer 1, forward[^,]*, t = 5\./ }) });
        await cell.click();
        await page.getByRole('heading', { level: 2, name: 'Inside one LSTM step' }).waitFor();
        const note = page.locator('.opened-cell-note');
        await expect.poll(() => note.innerText()).toMatch(/layer 1, t = 5\b/);
        await page.screenshot({ path: `${screenshotDir}opened-cell-1366.png` });
        await note.getByRole('button', { name: 'Back to the sequence' }).click();
        await page.getByRole('heading', { level: 2, name: 'A whole sequence, step by step' }).waitFor();
        // Opened from its tab, the explorer shows its own cell: no note.
        await page.getByRole('navigation').getByRole('button', { name: 'LSTM cell' }).click();
        await page.getByRole('heading', { level: 2, name: 'Inside one LSTM step' }).waitFor();
        expect(await note.count()).toBe(0);
      },
    );
  });
});

describe('screenshots', () => {
  // Looked at by a person; each also checks nothing runs past the window's right edge.
  const sizes = [
    [1920, 1080],
    [1280, 720],
    [390, 844],
  ] as const;
  const languages = [
    ['en', 'lang=en'],
    ['zh', 'lang=zh'],
    ['both', 'lang=zh&both=1'],
  ] as const;
  it.each(sizes)(
    'the course open on the forget gate at %i × %i, in English, Chinese and side by side',
    async (width, height) => {
      for (const [name, query] of languages) {
        await withWatched(
          () =>
            width < 600
              ? openPage(browser, { phone: { deviceScaleFactor: 1 } })
              : openPage(browser, { viewport: { width, height } }),
          async (page) => {
            await page.goto(appUrl(`/?${query}&tour=forgetGate`));
            await page.locator('.tour-ring').waitFor({ timeout: 15_000 });
            await page.waitForTimeout(1200);
            await page.screenshot({ path: `${screenshotDir}course-${width}x${height}-${name}.png` });
            const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
            expect(overflow, `${name} ${width}`).toBeLessThanOrEqual(0);
          },
        );
      }
    },
    120_000,
  );
});
