import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, launchBrowser, openPage, withPhone, withWatched } from './support/browser';

// A student with PyTorch open beside the app: the course's nn.GRU(10, 20) one click away, an option
// changed and the shapes following, the code copied for their own notebook. And the same on a phone.

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** The shape the results table shows for `tensor`. */
function shapeOf(page: Page, tensor: string): Promise<string> {
  return page.locator(`.shapes-results tr[data-tensor="${tensor}"] .shape-value`).innerText();
}

describe('the PyTorch shapes view', () => {
  it('loads a preset, follows batch_first and bidirectional, and copies code that builds exactly that', async () => {
    await withWatched(
      () => openPage(browser, { viewport: { width: 1366, height: 768 } }),
      async (page) => {
        await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: appUrl('/') });
        await page.goto(appUrl('/?view=shapes&lang=en'));
        await page.getByRole('heading', { name: 'PyTorch shapes: every tensor of nn.LSTM and nn.GRU' }).waitFor();
        expect(await shapeOf(page, 'h_n')).toBe('(2, 3, 100)');
        await page.getByRole('button', { name: 'nn.GRU(10, 20) on (3, 32, 10)' }).click();
        expect(await shapeOf(page, 'out')).toBe('(3, 32, 20)');
        expect(await shapeOf(page, 'h_n')).toBe('(1, 32, 20)');
        await page.getByRole('checkbox', { name: 'batch_first' }).check();
        await page.getByRole('checkbox', { name: 'bidirectional' }).check();
        expect(await shapeOf(page, 'x')).toBe('(32, 3, 10)');
        expect(await shapeOf(page, 'out')).toBe('(32, 3, 40)');
        expect(await shapeOf(page, 'h_n')).toBe('(2, 32, 20)');
        await page.getByRole('textbox', { name: 'hidden_size' }).fill('');
        await expect.poll(() => page.getByRole('alert').innerText()).toMatch(/whole number from 1 to 8,192/);
        await page.getByRole('textbox', { name: 'hidden_size' }).fill('16');
        expect(await shapeOf(page, 'h_n')).toBe('(2, 32, 16)');

        await page.getByRole('button', { name: 'Copy code' }).click();
        await page.getByRole('status').filter({ hasText: 'Copied.' }).waitFor();
        const copied = await page.evaluate(() => navigator.clipboard.readText());
        expect(copied).toContain('gru = nn.GRU(10, 16, batch_first=True, bidirectional=True)');
        expect(copied).toContain('x = torch.randn(32, 3, 10)');
        expect(copied).toContain('h0 = torch.randn(2, 32, 16)');
        expect(copied).toContain('out, h_n = gru(x, h0)');

        // The link holds all of it: a reload opens the same module.
        await page.waitForFunction(() => window.location.search.includes('shsize=10x16'));
        await page.reload();
        await page.locator('.shapes-results').waitFor();
        expect(await shapeOf(page, 'out')).toBe('(32, 3, 32)');
      },
    );
  });

  it('opens the LSTM cell explorer on the forget gate’s stage from W_hf', async () => {
    await withWatched(
      () => openPage(browser),
      async (page) => {
        await page.goto(appUrl('/?view=shapes&lang=en'));
        await page.locator('.shapes-parameters').waitFor();
        await page
          .getByRole('button', { name: /^W_hf \(100, 100\): Open the LSTM cell explorer/ })
          .first()
          .click();
        await page.getByText('Stage 2 of 6').waitFor();
        expect(new URL(page.url()).searchParams.get('view')).toBe('lstm');
      },
    );
  });

  it('steps through its sections with a clicker’s Page Down, each named in the link', async () => {
    await withWatched(
      () => openPage(browser),
      async (page) => {
        await page.goto(appUrl('/?view=shapes&lang=en'));
        await page.locator('.shapes-parameters').waitFor();
        const sections: string[] = [];
        for (let press = 0; press < 3; press++) {
          await page.keyboard.press('PageDown');
          await page.waitForFunction((before) => window.location.hash !== before, sections.at(-1) ?? '');
          sections.push(new URL(page.url()).hash);
        }
        expect(sections).toEqual(['#results', '#code', '#parameters']);
      },
    );
  });

  for (const query of ['lang=en', 'lang=zh', 'lang=en&both=1']) {
    it(`${query}: on a phone, nothing scrolls sideways and every panel fits the width`, async () => {
      await withPhone(
        browser,
        `view=shapes&${query}&shmod=LSTM&shlayers=2&shbi=1&shproj=30`,
        '.shapes-parameters',
        async (page) => {
          const layout = await page.evaluate(() => ({
            sideways: document.documentElement.scrollWidth - window.innerWidth,
            widest: Math.max(
              ...[...document.querySelectorAll('.shapes-view .panel-card, .shapes-view .control-panel')].map(
                (panel) => panel.getBoundingClientRect().right,
              ),
            ),
          }));
          expect(layout.sideways).toBeLessThanOrEqual(0);
          expect(layout.widest).toBeLessThanOrEqual(390);
        },
      );
    });
  }
});
