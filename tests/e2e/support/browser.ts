import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
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
}

/** Opens a page in a new context of `browser` and starts collecting its problems. */
export async function openPage(browser: Browser, options: PageOptions = {}): Promise<WatchedPage> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 720 },
    locale: options.locale ?? 'en-US',
  });
  const problems: string[] = [];
  const origin = new URL(inject('baseUrl')).origin;
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
