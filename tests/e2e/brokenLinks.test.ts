import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, launchBrowser, openPage, withWatched } from './support/browser';

// A link pasted into a class chat can arrive cut or mangled. Whatever its percent escapes, the page
// still opens with what the link could say (issue 15, item 5: these blanked the whole page).

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const BROKEN = [
  { query: '?view=%zz', view: 'LSTM cell' },
  { query: '?tour=%', view: 'LSTM cell' },
  { query: '?view=lstm&x=%E0%A4%A', view: 'LSTM cell' },
  { query: '?view=gru&lang=en&%=%%', view: 'GRU cell' },
  { query: '?view=sequence&slen=%FF%FE', view: 'Sequence' },
] as const;

describe('links with broken percent escapes', () => {
  for (const link of BROKEN)
    it(`${link.query} opens a working page`, async () => {
      await withWatched(
        () => openPage(browser, { viewport: { width: 1366, height: 768 } }),
        async (page) => {
          await page.goto(appUrl(`/${link.query}`));
          // The app is there: its tabs, on the view the link names (or the default one).
          const tab = page.locator('.view-nav [aria-current="page"]');
          await expect.poll(() => tab.innerText()).toBe(link.view);
          expect(await page.locator('#root').innerText()).toContain('Gatescope');
        },
      );
    });

  it('keeps every readable part of a link beside a broken one', async () => {
    await withWatched(
      () => openPage(browser, { viewport: { width: 1366, height: 768 } }),
      async (page) => {
        await page.goto(appUrl('/?view=lstm&lang=zh&junk=%E0%A4%A&x=0.5,-1,2'));
        await page.getByRole('slider', { name: /x.*0/ }).first().waitFor();
        expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
        expect(new URL(page.url()).searchParams.get('x')).toBe('0.5,-1,2');
        expect(await page.getByRole('slider').first().inputValue()).toBe('0.5');
      },
    );
  });
});
