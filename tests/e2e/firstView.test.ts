import type { Browser, Page } from 'playwright-core';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scriptsLoadedAfterPaint } from '../../src/cli/build/paintBeforeScripts';
import { appUrl, launchBrowser, openPage, withWatched } from './support/browser';

// A student on a phone and a school network: the course must paint from the HTML alone, the app's
// first scripts must stay small, and everything heavy (tfjs, KaTeX, the other views) must wait
// until after that first paint (issue 15).

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** The budget for the first view: compressed HTML, scripts and styles, in bytes. */
const FIRST_VIEW_BUDGET = 150_000;

/**
 * The files index.html makes the browser fetch for the first view: tags for an entry, module
 * preloads or styles, and what its script loader requests after the first paint (written by the
 * build's paintBeforeScripts plugin).
 */
function referencedFiles(html: string): string[] {
  const tags = html.match(/<(script|link)\b[^>]*>/g) ?? [];
  const tagged = tags
    .filter((tag) => /type="module"|rel="modulepreload"|rel="stylesheet"/.test(tag))
    .map((tag) => /(?:src|href)="([^"]+)"/.exec(tag)?.[1])
    .filter((path): path is string => path !== undefined);
  return [...tagged, ...scriptsLoadedAfterPaint(html)];
}

/** Opens `path` with every script blocked: what the browser paints from the HTML and CSS alone. */
async function withoutScripts(path: string, locale: string, check: (page: Page) => Promise<void>, stored = {}) {
  const { page, close } = await openPage(browser, { locale });
  try {
    await page.route('**/*.js', (route) => route.abort());
    await page.addInitScript((entries: Record<string, string>) => {
      for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
    }, stored);
    await page.goto(appUrl(path));
    await check(page);
  } finally {
    await close();
  }
}

describe('the first view', () => {
  it(`fetches at most ${FIRST_VIEW_BUDGET / 1000} kB compressed, and none of it is tfjs or KaTeX`, async () => {
    const html = await (await fetch(appUrl('/'))).text();
    const files = referencedFiles(html);
    expect(files.some((file) => file.endsWith('.js'))).toBe(true);
    // The first view's styles are inline: the paint waits for no stylesheet.
    expect(files.filter((file) => file.endsWith('.css'))).toEqual([]);
    expect(/<style>(?:(?!<\/style>)[\s\S])*\.learn-view\{/.test(html)).toBe(true);
    expect(files.filter((file) => /tfjs|katex|\.wasm/i.test(file))).toEqual([]);
    const sizes: Record<string, number> = { 'index.html': gzipSync(html).length };
    for (const file of files)
      sizes[file] = gzipSync(Buffer.from(await (await fetch(appUrl(file))).arrayBuffer())).length;
    const total = Object.values(sizes).reduce((sum, size) => sum + size, 0);
    expect(total, JSON.stringify(sizes, null, 1)).toBeLessThanOrEqual(FIRST_VIEW_BUDGET);
  });

  it('paints the course for a newcomer from the HTML alone, before any script runs', async () => {
    const html = await (await fetch(appUrl('/'))).text();
    expect(html).toContain('class="learn-view"');
    await withoutScripts('/', 'en-US', async (page) => {
      await expect.poll(() => page.getByRole('heading', { level: 2, name: 'The course' }).isVisible()).toBe(true);
      expect(await page.getByRole('heading', { name: 'Contents' }).isVisible()).toBe(true);
      expect(await page.getByRole('button', { name: 'Start the course' }).isVisible()).toBe(true);
    });
  });

  for (const reader of [
    { who: 'a Chinese browser', path: '/', locale: 'zh-CN', stored: {} },
    { who: 'a link to another view', path: '/?view=gru', locale: 'en-US', stored: {} },
    { who: 'a link in Chinese', path: '/?lang=zh', locale: 'en-US', stored: {} },
    { who: 'a reader who chose Chinese', path: '/', locale: 'en-US', stored: { 'gatescope.language': 'zh' } },
    {
      who: 'a reader with saved progress',
      path: '/',
      locale: 'en-US',
      stored: { 'gatescope.tour': '{"step":"gates"}' },
    },
  ])
    it(`never flashes the English course at ${reader.who}`, async () => {
      await withoutScripts(
        reader.path,
        reader.locale,
        async (page) => {
          await page.waitForLoadState('load');
          expect(await page.locator('#root').innerHTML()).toBe('');
        },
        reader.stored,
      );
    });

  it('keeps a click made on the painted course before its scripts arrive, and acts on it once they have', async () => {
    await withWatched(
      () => openPage(browser),
      async (page) => {
        let release = () => {};
        const held = new Promise<void>((resolve) => (release = resolve));
        await page.route('**/assets/index-*.js', async (route) => {
          await held;
          await route.continue();
        });
        await page.goto(appUrl('/'));
        const chinese = page.getByRole('button', { name: '中文', exact: true });
        await chinese.click();
        expect(await chinese.getAttribute('aria-pressed')).toBe('false');
        release();
        await expect.poll(() => chinese.getAttribute('aria-pressed')).toBe('true');
        await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
        await page.getByRole('heading', { level: 2, name: '课程' }).waitFor();
      },
    );
  });

  it('is drawn over by the app without a layout shift, once, with no problem on the page', async () => {
    await withWatched(
      () => openPage(browser),
      async (page) => {
        await page.addInitScript(() => {
          (window as unknown as { shifts: number }).shifts = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries())
              (window as unknown as { shifts: number }).shifts += (entry as unknown as { value: number }).value;
          }).observe({ type: 'layout-shift', buffered: true });
        });
        await page.goto(appUrl('/'));
        await expect.poll(() => page.locator('.model-layer-status').getAttribute('data-phase')).toBe('ready');
        expect(await page.locator('.learn-view').count()).toBe(1);
        expect(await page.locator('.app').count()).toBe(1);
        expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBe(0);
      },
    );
  });

  it('requests no script or stylesheet before the first paint, the heavy parts later still, then opens a tab at once', async () => {
    await withWatched(
      () => openPage(browser),
      async (page) => {
        await page.goto(appUrl('/'));
        await expect.poll(() => page.locator('.model-layer-status').getAttribute('data-phase')).toBe('ready');
        const early = await page.evaluate(() => {
          const paint = performance.getEntriesByName('first-contentful-paint')[0]!.startTime;
          return performance
            .getEntriesByType('resource')
            .filter((entry) => entry.startTime < paint)
            .map((entry) => new URL(entry.name).pathname);
        });
        // No script or stylesheet: the HTML carries the styles, and the scripts are requested after the paint.
        expect(early.filter((path) => /\.(js|css|wasm)$/.test(path))).toEqual([]);
        // Idle prefetch has fetched the LSTM explorer: its tab opens without a loading placeholder.
        await expect
          .poll(() =>
            page.evaluate(() =>
              performance.getEntriesByType('resource').some((entry) => entry.name.includes('LstmExplorer')),
            ),
          )
          .toBe(true);
        const placeholderSeen = await page.evaluate(async () => {
          let seen = false;
          const observer = new MutationObserver(() => {
            if (document.querySelector('.view-loading')) seen = true;
          });
          observer.observe(document.body, { subtree: true, childList: true });
          (document.querySelector('.view-nav button:nth-child(2)') as HTMLButtonElement).click();
          await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
          observer.disconnect();
          return seen;
        });
        expect(placeholderSeen).toBe(false);
        await page.locator('.lstm-explorer [data-explanation-ready="true"]').waitFor();
      },
    );
  });

  it('fetches the view a link names beside the entry, and draws it in the first render, no placeholder', async () => {
    await withWatched(
      () => openPage(browser),
      async (page) => {
        await page.addInitScript(() => {
          const seen = { placeholder: false };
          (window as unknown as { seen: typeof seen }).seen = seen;
          new MutationObserver(() => {
            if (document.querySelector('.view-loading')) seen.placeholder = true;
          }).observe(document, { subtree: true, childList: true });
        });
        await page.goto(appUrl('/?view=gru'));
        await page.locator('.gru-explorer [data-explanation-ready="true"]').waitFor();
        const timing = await page.evaluate(() => {
          const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
          const find = (pattern: RegExp) => entries.find((entry) => pattern.test(new URL(entry.name).pathname));
          const entry = find(/^\/assets\/index-[^/]+\.js$/);
          const view = find(/^\/assets\/GruExplorer-[^/]+\.js$/);
          const styles = find(/^\/assets\/GruExplorer-[^/]+\.css$/);
          const fetches = entries.filter((each) => each.name === styles?.name).length;
          return entry && view && styles
            ? { entryArrived: entry.responseEnd, view: view.startTime, styles: styles.startTime, fetches }
            : undefined;
        });
        expect(timing).toBeDefined();
        expect(timing!.view).toBeLessThan(timing!.entryArrived);
        expect(timing!.styles).toBeLessThan(timing!.entryArrived);
        // The view's stylesheet, preloaded, is then applied from that one download.
        expect(timing!.fetches).toBe(1);
        expect(
          await page.evaluate(() => (window as unknown as { seen: { placeholder: boolean } }).seen.placeholder),
        ).toBe(false);
      },
    );
  });

  it('falls back to plain JavaScript when WebAssembly cannot start, and says so', async () => {
    const { page, close } = await openPage(browser);
    try {
      await page.route('**/*.wasm', (route) => route.abort());
      await page.goto(appUrl('/?view=lstm'));
      await expect.poll(() => page.locator('.model-layer-status').getAttribute('data-phase')).toBe('ready');
      expect(await page.locator('.model-layer-status').innerText()).toContain('plain JavaScript');
      await page.locator('.lstm-explorer [data-explanation-ready="true"]').waitFor();
    } finally {
      await close();
    }
  });
});
