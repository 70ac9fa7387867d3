import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CACHE_PREFIX } from '../../src/cli/build/offlineWorker';
import { appUrl, launchBrowser, openPage, withWatched } from './support/browser';
import { announced, numberFormulas } from './support/explorerPage';

// An instructor opens the app once on the school's network, then teaches where there is none:
// after that one visit a reload, a link to another view, the model, the lesson figures and the
// formulas' fonts must all work without a network (issue 16).

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Waits until the offline worker has cached the whole app and controls the page. */
async function waitUntilOfflineReady(page: Page): Promise<void> {
  // `ready` resolves once a worker is active, which it becomes only after its install cached every file.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** The KaTeX font faces the page has asked for, by whether each loaded. */
function katexFonts(page: Page): Promise<{ loaded: string[]; failed: string[] }> {
  return page.evaluate(async () => {
    await document.fonts.ready;
    const faces = [...document.fonts].filter((face) => face.family.includes('KaTeX'));
    const name = (face: FontFace) => `${face.family} ${face.style} ${face.weight}`;
    return {
      loaded: faces.filter((face) => face.status === 'loaded').map(name),
      failed: faces.filter((face) => face.status === 'error').map(name),
    };
  });
}

describe('offline after one visit', () => {
  it('reloads the LSTM explorer, computes its gates with WebAssembly and sets its formulas in KaTeX fonts', async () => {
    await withWatched(
      () => openPage(browser, { viewport: { width: 1920, height: 1080 }, serviceWorkers: 'allow' }),
      async (page) => {
        await page.goto(appUrl('/?view=lstm'));
        await page.locator('[data-explanation-ready="true"]').waitFor();
        await waitUntilOfflineReady(page);
        expect(await page.evaluate(() => caches.keys())).toEqual([expect.stringMatching(CACHE_PREFIX)]);
        // A first visit has no older version to replace: no "new version" line.
        expect(await page.locator('.update-notice').count()).toBe(0);

        await page.context().setOffline(true);
        const reloaded = await page.reload();
        // The page came from the worker's cache, not the browser's "no internet" page.
        expect(reloaded?.fromServiceWorker()).toBe(true);
        await page.locator('[data-explanation-ready="true"]').waitFor({ timeout: 20_000 });
        await expect.poll(() => page.locator('.model-layer-status').getAttribute('data-phase')).toBe('ready');
        expect(await page.locator('.model-layer-status').innerText()).toContain('WebAssembly');
        const forget = await announced(page, 'forget gate');
        expect(forget.length).toBeGreaterThan(0);
        for (const value of forget) {
          expect(value).toBeGreaterThan(0);
          expect(value).toBeLessThan(1);
        }
        expect((await numberFormulas(page)).length).toBeGreaterThan(0);
        const fonts = await katexFonts(page);
        expect(fonts.failed).toEqual([]);
        expect(fonts.loaded).toEqual(expect.arrayContaining([expect.stringContaining('KaTeX_Main')]));
      },
    );
  });

  it('opens a link to a lesson with its figure, still offline', async () => {
    await withWatched(
      () => openPage(browser, { serviceWorkers: 'allow' }),
      async (page) => {
        await page.goto(appUrl('/'));
        await waitUntilOfflineReady(page);
        await page.context().setOffline(true);
        // A link followed offline: a new navigation with its own query, not a reload.
        await page.goto(appUrl('/?view=learn&tour=sigmoid'));
        const figure = page.locator('.lesson-figure img');
        await figure.waitFor();
        await expect
          .poll(() => figure.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0))
          .toBe(true);
        expect(await figure.getAttribute('src')).toMatch(/lesson-sigmoid\.svg$/);
        expect((await katexFonts(page)).failed).toEqual([]);
      },
    );
  });

  it('is installable: the page names a manifest whose icons are served, and Chromium finds nothing missing', async () => {
    await withWatched(
      () => openPage(browser, { serviceWorkers: 'allow' }),
      async (page) => {
        await page.goto(appUrl('/'));
        const href = await page.locator('link[rel="manifest"]').getAttribute('href');
        expect(href).toBeTruthy();
        const manifest = (await (await fetch(appUrl(href!))).json()) as {
          start_url: string;
          display: string;
          icons: { src: string; sizes: string; type: string; purpose?: string }[];
        };
        expect(manifest.display).toBe('standalone');
        expect(manifest.icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
        expect(manifest.icons.some((icon) => icon.purpose === 'maskable')).toBe(true);
        for (const icon of manifest.icons) {
          const response = await fetch(appUrl(icon.src));
          expect(response.ok, icon.src).toBe(true);
          expect(response.headers.get('content-type'), icon.src).toContain(icon.type);
        }
        expect(await page.locator('meta[name="theme-color"]').getAttribute('content')).toMatch(/^#[0-9a-f]{6}$/i);
        // What Chromium itself says before it offers to install the app.
        const session = await page.context().newCDPSession(page);
        const { installabilityErrors } = (await session.send('Page.getInstallabilityErrors')) as {
          installabilityErrors: { errorId: string }[];
        };
        // A test's browser context is off the record, which alone Chromium would not install from.
        expect(installabilityErrors.map((error) => error.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
        const { errors } = (await session.send('Page.getAppManifest')) as { errors: { message: string }[] };
        expect(errors).toEqual([]);
      },
    );
  });
});
