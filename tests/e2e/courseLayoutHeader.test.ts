import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, launchBrowser, openPage, withWatched, PHONE_SCREEN as PHONE } from './support/browser';

// The app's header where room is short, and the course's column beside an explorer: a phone's
// header in two compact rows; one thin row on a laptop or projector, also with the course open,
// the tabs in type readable from the back of the room; beside the course the LSTM diagram keeps
// most of the width; a disabled button looks the same after a tap. Screenshots go to test-results/.

const screenshotDir = fileURLToPath(new URL('../../test-results/screenshots/course-layout/', import.meta.url));

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  await mkdir(screenshotDir, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

const LANGUAGES = [
  { name: 'en', query: 'lang=en' },
  { name: 'zh', query: 'lang=zh' },
  { name: 'both', query: 'lang=en&both=1' },
] as const;

const SHORT_SCREENS = [
  { width: 1366, height: 768 },
  { width: 1280, height: 720 },
] as const;

/** Everything a reader sees of the header: its box, its parts' boxes, the tabs' type and the published height. */
function headerParts(page: Page) {
  return page.evaluate(() => {
    const box = (element: Element | null) => {
      const rect = element!.getBoundingClientRect();
      return {
        left: rect.left,
        top: rect.top,
        right: rect.right,
        bottom: rect.bottom,
        width: rect.width,
        height: rect.height,
      };
    };
    const header = document.querySelector('.app-header')!;
    const nav = document.querySelector<HTMLElement>('.view-nav')!;
    const name = document.querySelector('.app-header h1')!;
    const nameBox = box(name);
    const tabs = [...nav.querySelectorAll('button')];
    return {
      header: box(header),
      published: Number.parseFloat(getComputedStyle(document.documentElement).getPropertyValue('--header-height')),
      // The name is drawn (not only read out) when its box is larger than a visually hidden one.
      name: nameBox.width > 2 ? nameBox : undefined,
      nav: box(nav),
      navScrolls: nav.scrollWidth > nav.clientWidth + 1,
      navFade: getComputedStyle(nav).maskImage || getComputedStyle(nav).webkitMaskImage,
      languageSwitch: box(document.querySelector('.language-switch')),
      tabs: tabs.map((tab) => ({ ...box(tab), font: Number.parseFloat(getComputedStyle(tab).fontSize) })),
      // The buttons drawn: the Present button is left out on a phone, which does not project.
      buttons: [...header.querySelectorAll('button')]
        .filter((button) => button.getClientRects().length > 0)
        .map((button) => ({
          name: button.textContent ?? '',
          ...box(button),
        })),
      mainTop: box(document.querySelector('.app-main')).top,
    };
  });
}

describe('the header on a phone (390 × 844, touch)', () => {
  for (const language of LANGUAGES) {
    it(`${language.name}: two rows of at most 110 px, the name beside the language switch, then the tabs, scrolling with a cue; thumb-sized buttons`, async () => {
      await withWatched(
        () => openPage(browser, { phone: { deviceScaleFactor: 1 } }),
        async (page) => {
          await page.goto(appUrl(`/?view=lstm&${language.query}`));
          await page.locator('[data-explanation-ready="true"]').waitFor();
          await page.evaluate(() => document.fonts.ready);
          const parts = await headerParts(page);
          expect(parts.header.height, 'header height').toBeLessThanOrEqual(110);
          expect(Math.abs(parts.published - parts.header.height)).toBeLessThanOrEqual(1);
          expect(parts.mainTop).toBeGreaterThanOrEqual(parts.header.bottom - 1);
          // First row: the name and the language switch side by side.
          expect(parts.name, 'the name is shown').toBeDefined();
          expect(parts.name!.right).toBeLessThanOrEqual(parts.languageSwitch.left);
          expect(parts.name!.bottom).toBeGreaterThan(parts.languageSwitch.top);
          expect(parts.name!.top).toBeLessThan(parts.languageSwitch.bottom);
          // Second row: the tabs across the width, below both, scrolling and showing that they do.
          expect(parts.nav.top).toBeGreaterThanOrEqual(parts.languageSwitch.bottom - 1);
          expect(parts.nav.width).toBeGreaterThanOrEqual(PHONE.width - 40);
          expect(parts.navScrolls).toBe(true);
          expect(parts.navFade).toMatch(/gradient/);
          for (const button of parts.buttons) {
            expect(button.height, `${button.name} height`).toBeGreaterThanOrEqual(44);
            expect(button.width, `${button.name} width`).toBeGreaterThanOrEqual(44);
          }
          for (const tab of parts.tabs) expect(tab.font).toBeGreaterThanOrEqual(16);
          expect(
            await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
          ).toBeLessThanOrEqual(0);
          await page.screenshot({
            path: `${screenshotDir}header-phone-${language.name}.png`,
            clip: { x: 0, y: 0, ...PHONE, height: 240 },
          });
        },
      );
    });
  }
});

/** Fails unless every part of the header lies in one band no taller than `most`, each tab whole in the strip. */
function expectOneRow(parts: Awaited<ReturnType<typeof headerParts>>, most: number, what: string): void {
  expect(parts.header.height, `${what}: header height`).toBeLessThanOrEqual(most);
  expect(Math.abs(parts.published - parts.header.height), `${what}: --header-height`).toBeLessThanOrEqual(1);
  for (const part of [parts.nav, parts.languageSwitch, ...parts.buttons]) {
    expect(part.top, `${what}: a part above the header`).toBeGreaterThanOrEqual(parts.header.top);
    expect(part.bottom, `${what}: a part below the header`).toBeLessThanOrEqual(parts.header.bottom);
  }
  // One row: the tab strip and the language switch beside each other, every tab visible.
  expect(parts.nav.right, `${what}: tabs beside the switch`).toBeLessThanOrEqual(parts.languageSwitch.left);
  expect(parts.navScrolls, `${what}: every tab shown without scrolling the strip`).toBe(false);
  for (const tab of parts.tabs) {
    expect(tab.font, `${what}: tab type`).toBeGreaterThanOrEqual(16);
    expect(tab.height, `${what}: tab height`).toBeGreaterThanOrEqual(44);
  }
  for (const button of parts.buttons) expect(button.height, `${what}: ${button.name}`).toBeGreaterThanOrEqual(44);
}

describe('the header on a laptop and a projector', () => {
  for (const screen of SHORT_SCREENS) {
    it(`${screen.width}×${screen.height}: one row of at most 64 px in English, Chinese and side by side, with the name, and the explorer sized to what it leaves`, async () => {
      await withWatched(
        () => openPage(browser, { viewport: screen }),
        async (page) => {
          for (const language of LANGUAGES) {
            await page.goto(appUrl(`/?view=lstm&${language.query}`));
            await page.locator('[data-explanation-ready="true"]').waitFor();
            await page.evaluate(() => document.fonts.ready);
            const parts = await headerParts(page);
            expectOneRow(parts, 64, language.name);
            expect(parts.name, `${language.name}: the name is shown`).toBeDefined();
            // The explorer's stage starts where it measured, and ends on the first screen.
            const stage = await page.evaluate(() => {
              const element = document.querySelector<HTMLElement>('.explorer-stage')!;
              const box = element.getBoundingClientRect();
              return {
                top: box.top,
                bottom: box.bottom,
                measured: Number.parseFloat(element.style.getPropertyValue('--screen-top')),
              };
            });
            expect(Math.abs(stage.measured - stage.top), `${language.name}: --screen-top`).toBeLessThanOrEqual(1);
            expect(stage.bottom, `${language.name}: stage on the first screen`).toBeLessThanOrEqual(screen.height);
          }
        },
      );
    });
  }

  it('1920×1080: the name and the tagline beside the tabs, one row', async () => {
    await withWatched(
      () => openPage(browser, { viewport: { width: 1920, height: 1080 } }),
      async (page) => {
        await page.goto(appUrl('/?view=lstm&lang=en'));
        await page.getByRole('navigation').waitFor();
        const parts = await headerParts(page);
        expectOneRow(parts, 160, '1920');
        expect(await page.locator('.tagline').isVisible()).toBe(true);
      },
    );
  });
});

/** The LSTM diagram's and the course's boxes, and the smallest type of the lesson's paragraphs. */
function diagramBesideCourse(page: Page) {
  return page.evaluate(() => {
    const box = (element: Element) => {
      const rect = element.getBoundingClientRect();
      return { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom, width: rect.width };
    };
    const lesson = [...document.querySelectorAll('.tour-lesson p, .tour-try p')];
    return {
      diagram: box(document.querySelector('.diagram-area .cell-diagram svg')!),
      dock: box(document.querySelector('.tour-dock')!),
      lessonType: Math.min(...lesson.map((paragraph) => Number.parseFloat(getComputedStyle(paragraph).fontSize))),
      sideways: document.documentElement.scrollWidth - window.innerWidth,
    };
  });
}

describe('the course beside the LSTM explorer', () => {
  // What the diagram keeps beside the course's column: at 1280 px it was 596 px wide in one language
  // and 431 px side by side, with a two-row header above it.
  const widest = { 1366: 680, 1280: 620 } as const;
  for (const screen of SHORT_SCREENS) {
    it(`${screen.width}×${screen.height}: the header keeps one row and the diagram at least ${widest[screen.width]} px, whole, beside a lesson in 16 px type or more`, async () => {
      await withWatched(
        () => openPage(browser, { viewport: screen }),
        async (page) => {
          for (const language of LANGUAGES) {
            await page.goto(appUrl(`/?${language.query}&tour=forgetGate`));
            await page.locator('.tour-ring').waitFor({ timeout: 15_000 });
            await page.locator('[data-explanation-ready="true"]').waitFor();
            await page.evaluate(() => document.fonts.ready);
            await page.waitForTimeout(300);
            expectOneRow(await headerParts(page), 64, language.name);
            const layout = await diagramBesideCourse(page);
            expect(layout.diagram.width, `${language.name}: diagram width`).toBeGreaterThanOrEqual(
              widest[screen.width],
            );
            expect(layout.diagram.right, `${language.name}: diagram clear of the course`).toBeLessThanOrEqual(
              layout.dock.left,
            );
            expect(layout.diagram.top).toBeGreaterThanOrEqual(0);
            expect(layout.diagram.bottom, `${language.name}: diagram on the first screen`).toBeLessThanOrEqual(
              screen.height,
            );
            expect(layout.lessonType, `${language.name}: lesson type`).toBeGreaterThanOrEqual(16);
            expect(layout.sideways).toBeLessThanOrEqual(0);
            await page.screenshot({
              path: `${screenshotDir}course-beside-${screen.width}x${screen.height}-${language.name}.png`,
            });
          }
        },
      );
    }, 90_000);
  }
});

/** How a button is drawn: everything a tap could leave behind on it. */
function look(page: Page, selector: string) {
  return page
    .locator(selector)
    .first()
    .evaluate((element) => {
      const style = getComputedStyle(element);
      return [style.backgroundColor, style.color, style.borderTopColor, style.opacity, style.boxShadow].join(' | ');
    });
}

describe('a disabled button on a touch screen', () => {
  const previous = '.walkthrough-controls > button:first-child';
  const next = '.walkthrough-controls > button:nth-child(3)';

  it('looks the same while a finger holds it, after the tap, and after a tap that disabled it', async () => {
    await withWatched(
      () => openPage(browser, { phone: { deviceScaleFactor: 1 } }),
      async (page) => {
        await page.goto(appUrl('/?view=lstm&lang=en&stage=0'));
        await page.locator('[data-explanation-ready="true"]').waitFor();
        expect(await page.locator(previous).isDisabled()).toBe(true);
        await page.waitForTimeout(300);
        const atRest = await look(page, previous);
        const box = (await page.locator(previous).boundingBox())!;
        const point = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
        const touch = await page.context().newCDPSession(page);
        await touch.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
        await page.waitForTimeout(300);
        expect(await look(page, previous), 'held').toBe(atRest);
        await touch.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
        await page.waitForTimeout(300);
        expect(await look(page, previous), 'after the tap').toBe(atRest);
        await page.locator(previous).tap({ force: true });
        await page.waitForTimeout(300);
        expect(await look(page, previous), 'after another tap').toBe(atRest);

        // Next, tapped on the last stage but one, takes the same look as a disabled button at rest.
        await page.goto(appUrl('/?view=lstm&lang=en&stage=4'));
        await page.locator('[data-explanation-ready="true"]').waitFor();
        await page.locator(next).tap();
        await expect.poll(() => page.locator(next).isDisabled()).toBe(true);
        await page.waitForTimeout(300);
        expect(await look(page, next), 'Next, disabled by its tap').toBe(atRest);
      },
    );
  });
});
