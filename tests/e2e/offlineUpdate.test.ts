import { appendFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CACHE_PREFIX } from '../../src/cli/build/offlineWorker';
import { launchBrowser, openPage, withWatched } from './support/browser';
import { serveRebuildableBuild, type RebuiltBuild } from './support/rebuiltBuild';

// A school's server gets a new release while an instructor has the old one open (and cached for
// offline use): the lesson in front of them must not change under them, they are told a new
// version is ready, and once they reload they have the new one, offline too, and the old cache is
// gone (issue 16).

let browser: Browser;
let served: RebuiltBuild;

beforeAll(async () => {
  [browser, served] = await Promise.all([launchBrowser(), serveRebuildableBuild()]);
});

afterAll(async () => {
  await Promise.all([browser?.close(), served?.close()]);
});

const FIGURE = '/images/lesson-sigmoid.svg';
const RELEASE_2 = '<!-- release 2 -->';

/** The lesson figure as the page gets it (through the offline worker, as its <img> does). */
const figureOnPage = (page: Page) => page.evaluate((path) => fetch(path).then((response) => response.text()), FIGURE);

const offlineCaches = (page: Page) =>
  page.evaluate(
    (prefix) => caches.keys().then((names) => names.filter((name) => name.startsWith(prefix))),
    CACHE_PREFIX,
  );

describe('a new release of the offline app', () => {
  it('waits for the reader, then replaces the old one, its cache included', async () => {
    await withWatched(
      () => openPage(browser, { serviceWorkers: 'allow', baseUrl: served.url }),
      async (page) => {
        await page.goto(new URL('/?view=learn&tour=sigmoid', served.url).href);
        await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
        await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
        const [firstCache, ...others] = await offlineCaches(page);
        expect(firstCache).toBeDefined();
        expect(others).toEqual([]);
        expect(await figureOnPage(page)).not.toContain(RELEASE_2);

        await served.rebuild((publicDir) => appendFile(join(publicDir, FIGURE), RELEASE_2));
        await page.reload();
        // The browser checks for a new worker on each visit; asking now saves waiting for that.
        await page.evaluate(() => navigator.serviceWorker.ready.then((registration) => registration.update()));
        const reload = page.getByRole('button', { name: 'Reload now' });
        await reload.waitFor({ timeout: 30_000 });
        expect(await page.getByRole('status').filter({ hasText: 'new version' }).innerText()).toContain(
          'A new version of Gatescope is ready',
        );
        // Until the reader reloads, the page keeps the release it started with.
        expect(await figureOnPage(page)).not.toContain(RELEASE_2);

        const reloaded = page.waitForEvent('load');
        await reload.click();
        await reloaded;
        await expect.poll(() => offlineCaches(page)).toEqual([expect.not.stringMatching(firstCache!)]);
        expect(await figureOnPage(page)).toContain(RELEASE_2);
        expect(await page.getByRole('button', { name: 'Reload now' }).count()).toBe(0);

        await page.context().setOffline(true);
        await page.reload();
        await page.locator('.lesson-figure img').waitFor();
        expect(await figureOnPage(page)).toContain(RELEASE_2);
      },
    );
  });
});
