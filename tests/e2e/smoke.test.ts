import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, launchBrowser, openPage, type WatchedPage } from './support/browser';

const screenshotDir = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  await mkdir(screenshotDir, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

/** Opens `path` and closes the page after `check`, failing if anything went wrong on the page. */
async function withPage(
  path: string,
  check: (watched: WatchedPage) => Promise<void>,
  options: Parameters<typeof openPage>[1] = {},
): Promise<void> {
  const watched = await openPage(browser, options);
  try {
    await watched.page.goto(appUrl(path));
    await check(watched);
    expect(watched.problems).toEqual([]);
  } finally {
    await watched.close();
  }
}

const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);
const pressed = (page: Page, name: string) =>
  page.getByRole('button', { name, exact: true }).getAttribute('aria-pressed');

describe('the production build in Chromium', () => {
  it('opens a newcomer in English on the course, with Gatescope as title and main heading; then on the LSTM explorer', async () => {
    await withPage('/', async ({ page }) => {
      await expect(page.title()).resolves.toContain('Gatescope');
      await page.getByRole('heading', { level: 1, name: 'Gatescope' }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'The course' }).waitFor();
      await page.getByRole('button', { name: 'Start the course' }).waitFor();
      expect(await htmlLang(page)).toBe('en');
      // The page paints from its HTML; the app, once its scripts have arrived, writes the language into the link.
      await expect.poll(() => new URL(page.url()).searchParams.get('lang')).toBe('en');
      // A returning visitor, who has seen the course offered, opens on the instrument.
      await page.goto(appUrl('/'));
      await page.getByRole('heading', { level: 2, name: 'Inside one LSTM step' }).waitFor();
    });
  });

  it('starts the model layer on WebAssembly and says so in both languages', async () => {
    await withPage('/', async ({ page }) => {
      const status = page.getByRole('status');
      await page.locator('[role="status"][data-phase="ready"]').waitFor();
      await expect(status.textContent()).resolves.toBe('Model layer: computing with WebAssembly in this browser.');
      await page.getByRole('button', { name: '中文', exact: true }).click();
      await expect(status.textContent()).resolves.toBe('模型层：正在本浏览器中用 WebAssembly 计算。');
    });
  });

  it('switches to Chinese: headings, labels, <html lang>, title and URL follow', async () => {
    await withPage('/?view=about', async ({ page }) => {
      await page.getByRole('button', { name: '中文' }).click();
      await page.getByRole('heading', { level: 2, name: '各个视图' }).waitFor();
      expect(await page.getByRole('heading', { level: 2, name: 'The views' }).count()).toBe(0);
      await page.getByRole('group', { name: '语言' }).waitFor();
      expect(await pressed(page, '中文')).toBe('true');
      expect(await pressed(page, 'English')).toBe('false');
      expect(await htmlLang(page)).toBe('zh-CN');
      await expect(page.title()).resolves.toContain('逐个数字');
      expect(new URL(page.url()).searchParams.get('lang')).toBe('zh');
    });
  });

  it('restores Chinese from a ?lang=zh link in a fresh browser', async () => {
    await withPage('/?lang=zh&view=about', async ({ page }) => {
      await page.getByRole('heading', { level: 2, name: 'Gatescope 是什么' }).waitFor();
      expect(await htmlLang(page)).toBe('zh-CN');
      expect(await pressed(page, '中文')).toBe('true');
    });
  });

  it('remembers the chosen language on the next visit without ?lang', async () => {
    await withPage('/', async ({ page }) => {
      // Clicked as soon as it shows, maybe before the app's scripts have arrived: the click still counts.
      await page.getByRole('button', { name: '中文' }).click();
      await expect.poll(() => pressed(page, '中文')).toBe('true');
      await page.goto(appUrl('/'));
      await page.getByRole('heading', { level: 2, name: 'LSTM 单步内部' }).waitFor();
    });
  });

  it('ignores a junk ?lang and falls back to English', async () => {
    let dialogs = 0;
    await withPage('/?view=about&lang=%3Cscript%3Ealert(1)%3C%2Fscript%3E', async ({ page }) => {
      page.on('dialog', (dialog) => {
        dialogs++;
        void dialog.dismiss();
      });
      await page.getByRole('heading', { level: 2, name: 'The views' }).waitFor();
      expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    });
    expect(dialogs).toBe(0);
  });
});

const viewports = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
  { width: 390, height: 844 },
];
const layouts = [
  { name: 'lstm-en', query: '?lang=en', heading: 'Inside one LSTM step' },
  { name: 'lstm-zh', query: '?lang=zh', heading: 'LSTM 单步内部' },
  { name: 'lstm-en+zh', query: '?lang=en&both=1', heading: 'Inside one LSTM step LSTM 单步内部' },
  { name: 'lstm-course-en', query: '?lang=en&size=50x100', heading: 'Inside one LSTM step' },
  { name: 'gru-en', query: '?lang=en&view=gru', heading: 'Inside one GRU step' },
  { name: 'gru-zh', query: '?lang=zh&view=gru&gstage=3', heading: 'GRU 单步内部' },
  {
    name: 'gru-en+zh',
    query: '?lang=en&both=1&view=gru&gform=resetBefore&gstage=4',
    heading: 'Inside one GRU step GRU 单步内部',
  },
  { name: 'gru-course-en', query: '?lang=en&view=gru&gsize=10x20', heading: 'Inside one GRU step' },
  { name: 'compare-en', query: '?lang=en&view=compare', heading: 'LSTM vs GRU: one input, two cells' },
  { name: 'compare-zh', query: '?lang=zh&view=compare', heading: 'LSTM 与 GRU：同一输入，两种单元' },
  { name: 'sequence-en', query: '?lang=en&view=sequence', heading: 'A whole sequence, step by step' },
  { name: 'sequence-zh', query: '?lang=zh&view=sequence&sdir=1', heading: '完整序列，一步一步看' },
  {
    name: 'sequence-en+zh',
    query: '?lang=en&both=1&view=sequence&sx=word&sbatch=2',
    heading: 'A whole sequence, step by step 完整序列，一步一步看',
  },
  {
    name: 'sequence-course-en',
    query: '?lang=en&view=sequence&snet=lstm.50x100x2&slen=10&sbatch=3&sx=random',
    heading: 'A whole sequence, step by step',
  },
  {
    name: 'shapes-en',
    query: '?lang=en&view=shapes&shbi=1&shproj=30&shbf=1',
    heading: 'PyTorch shapes: every tensor of nn.LSTM and nn.GRU',
  },
  {
    name: 'shapes-zh',
    query: '?lang=zh&view=shapes&shmod=GRU',
    heading: 'PyTorch 形状：nn.LSTM 与 nn.GRU 的每一个张量',
  },
  {
    name: 'shapes-en+zh',
    query: '?lang=en&both=1&view=shapes&shmod=GRUCell',
    heading: 'PyTorch shapes: every tensor of nn.LSTM and nn.GRU PyTorch 形状：nn.LSTM 与 nn.GRU 的每一个张量',
  },
  { name: 'about-en', query: '?lang=en&view=about', heading: 'The views' },
  { name: 'about-zh', query: '?lang=zh&view=about', heading: '各个视图' },
];
const sizes = viewports.map(({ width, height }) => `${width}x${height}`).join(', ');

describe('layout at classroom and phone sizes', () => {
  for (const layout of layouts) {
    it(`${layout.name} fits ${sizes} without sideways scrolling (screenshots in test-results/)`, async () => {
      await withPage(`/${layout.query}`, async ({ page }) => {
        await page.getByRole('heading', { level: 2, name: layout.heading }).waitFor();
        if (/^(lstm|gru)/.test(layout.name)) await page.locator('[data-explanation-ready="true"]').waitFor();
        if (layout.name.startsWith('compare')) await page.locator('.pulse-chart').waitFor();
        if (layout.name.startsWith('sequence')) await page.locator('.timeline-glyph').first().waitFor();
        await page.evaluate(() => document.fonts.ready);
        for (const viewport of viewports) {
          await page.setViewportSize(viewport);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          expect(overflow, `${viewport.width}x${viewport.height}`).toBeLessThanOrEqual(0);
          const file = `gatescope-${layout.name}-${viewport.width}x${viewport.height}.png`;
          await page.screenshot({ path: `${screenshotDir}${file}`, fullPage: true });
        }
      });
    });
  }
});

describe('without WebAssembly', () => {
  it('falls back to the JavaScript backend, says so, and still computes the explorer', async () => {
    const watched = await openPage(browser);
    try {
      // As on a browser or network that refuses .wasm files.
      await watched.context.route('**/*.wasm', (route) => route.abort());
      await watched.page.goto(appUrl('/?lang=en'));
      const status = watched.page.locator('.model-layer-status[data-phase="ready"]');
      await status.waitFor();
      await expect(status.textContent()).resolves.toContain('plain JavaScript');
      await watched.page.locator('[data-explanation-ready="true"]').waitFor();
      expect(await watched.page.getByRole('img', { name: /^forget gate, unit 0: / }).count()).toBe(1);
      // The refused binary, and the browser's own line about it, are the only problems.
      const expected = (problem: string) =>
        /^request failed: .*\.wasm /.test(problem) ||
        problem === 'console error: Failed to load resource: net::ERR_FAILED';
      expect(watched.problems.filter((problem) => !expected(problem))).toEqual([]);
    } finally {
      await watched.close();
    }
  });
});
