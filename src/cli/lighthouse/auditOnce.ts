import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { summarize, CATEGORIES, type RunSummary } from './summary';

/**
 * Flags for Lighthouse's Chromium: new headless mode (the old one paints differently), no GPU, and
 * no sandbox when running as root, where Chromium refuses to start with one.
 */
function chromeFlags(): string[] {
  const flags = ['--headless=new', '--disable-gpu'];
  if (process.getuid?.() === 0) flags.push('--no-sandbox');
  return flags;
}

/**
 * One Lighthouse run of `url` with its default config: the mobile preset (a mid-range phone's
 * screen, 4× CPU slowdown, slow 4G simulated from the trace, not applied). A fresh Chromium per
 * run, so no run starts with another's cache, compiled code or warm processes.
 */
export async function auditOnce(url: string, chromePath: string): Promise<RunSummary> {
  const chrome = await launch({ chromePath, chromeFlags: chromeFlags(), logLevel: 'silent' });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: Object.keys(CATEGORIES),
    });
    if (!result) throw new Error('Lighthouse returned no result.');
    if (result.lhr.runtimeError)
      throw new Error(`Lighthouse could not load ${url}: ${result.lhr.runtimeError.message}`);
    return summarize(result.lhr);
  } finally {
    chrome.kill();
  }
}
