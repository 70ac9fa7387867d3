import type { BrowserContextOptions } from 'playwright-core';

/**
 * The browser context every web bench measures in: a projector-sized window, and no service
 * worker. The app's offline worker downloads the whole build in the background after the first
 * load (src/cli/build/offlineApp.ts); each run has a new context, so every run would share its
 * two cores with that download and stop being comparable with the runs before it.
 */
export const BENCH_CONTEXT: BrowserContextOptions = {
  viewport: { width: 1920, height: 1080 },
  serviceWorkers: 'block',
};
