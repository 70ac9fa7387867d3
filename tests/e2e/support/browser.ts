import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { CHROMIUM_ARGS } from '../../../src/cli/browser/chromium';
import './provided';

/** Starts the Chromium that globalSetup found. Close it in `afterAll`. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: inject('chromiumPath'), args: CHROMIUM_ARGS });
}

/** An absolute URL into the served build, e.g. `appUrl('/?lang=zh')`. */
export function appUrl(path = '/'): string {
  return new URL(path, inject('baseUrl')).href;
}

/** A page in its own fresh context (empty storage), with everything that went wrong on it. */
export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  /**
   * Console errors, uncaught exceptions, failed or 4xx/5xx responses, and any request that
   * left the local server (such requests are also blocked: a classroom may be offline).
   */
  problems: string[];
  close: () => Promise<void>;
}

export interface PageOptions {
  viewport?: { width: number; height: number };
  /** The browser's language, which the app falls back to without `?lang` or a saved choice. */
  locale?: string;
  /**
   * A phone, as a link opened from a class chat: touch and no hover, the page's own viewport meta,
   * this many device pixels per CSS pixel (default 2).
   */
  phone?: { deviceScaleFactor?: number };
  reducedMotion?: 'reduce' | 'no-preference';
  /**
   * Whether the app may register its offline worker (default 'block'). Requests a service worker
   * answers bypass the context's routes (the off-origin guard, a test's blocked or held file), so
   * only the tests of the worker itself let it in.
   */
  serviceWorkers?: 'allow' | 'block';
  /** The server the page may talk to, if not the shared build's (a test that serves its own builds). */
  baseUrl?: string;
}

/** The 390 × 844 phone screen the layout tests use. */
export const PHONE_SCREEN = { width: 390, height: 844 } as const;

/** Opens a page in a new context of `browser` and starts collecting its problems. */
export async function openPage(browser: Browser, options: PageOptions = {}): Promise<WatchedPage> {
  const context = await browser.newContext({
    viewport: options.viewport ?? (options.phone ? PHONE_SCREEN : { width: 1280, height: 720 }),
    locale: options.locale ?? 'en-US',
    reducedMotion: options.reducedMotion ?? 'no-preference',
    serviceWorkers: options.serviceWorkers ?? 'block',
    ...(options.phone && { isMobile: true, hasTouch: true, deviceScaleFactor: options.phone.deviceScaleFactor ?? 2 }),
  });
  const problems: string[] = [];
  const origin = new URL(options.baseUrl ?? inject('baseUrl')).origin;
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    problems.push(`request left the local server: ${url}`);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? 'unknown';
    // ERR_ABORTED is a load the page itself cancelled, as any navigation does to one in flight.
    if (new URL(request.url()).origin === origin && reason !== 'net::ERR_ABORTED') {
      problems.push(`request failed: ${request.url()} (${reason})`);
    }
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return { page, context, problems, close: () => context.close() };
}

/** Runs `check` on a page `open` gives, then fails on anything that went wrong on it; always closes it. */
export async function withWatched(
  open: () => Promise<WatchedPage>,
  check: (page: Page) => Promise<void>,
): Promise<void> {
  const watched = await open();
  try {
    await check(watched.page);
    expect(watched.problems).toEqual([]);
  } finally {
    await watched.close();
  }
}

/** Opens `/?query` on a phone, waits for `ready` and the fonts, runs `check` (see {@link withWatched}). */
export function withPhone(
  browser: Browser,
  query: string,
  ready: string,
  check: (page: Page) => Promise<void>,
  options: Omit<PageOptions, 'phone'> & { deviceScaleFactor?: number } = {},
): Promise<void> {
  const { deviceScaleFactor, ...pageOptions } = options;
  return withWatched(
    () => openPage(browser, { ...pageOptions, phone: { deviceScaleFactor } }),
    async (page) => {
      await page.goto(appUrl(`/?${query}`));
      await page.locator(ready).first().waitFor({ timeout: 15_000 });
      await page.evaluate(() => document.fonts.ready);
      await check(page);
    },
  );
}
