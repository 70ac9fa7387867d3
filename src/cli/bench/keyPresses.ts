/**
 * Keys pressed on a control that is no range slider (the sequence view's drawn x, its playback
 * button): 20 warm-up presses, then 120 measured, each followed by a frame and a task so presses
 * never pile up. Keys are not held back to the next frame as a drag's pointer events are, so each
 * press is timed from its keydown event: the work until the view's DOM first changed, the settled
 * time until its last change (the formulas, which React renders just after, typeset too), and the
 * next frame (the requestAnimationFrame callback).
 */
import type { Page } from 'playwright-core';
import type { Spread } from './dragInput';
import { percentile } from './timing';
import type { KeyCase } from './webCases';

const WARMUP_PRESSES = 20;
export const KEY_PRESSES = 120;

export interface KeyRow {
  input: 'keys';
  name: string;
  work: Spread;
  settled: Spread;
  nextFrame: Spread;
  /** The sequence store's own recompute (weights, upload, whole trace), when it times one. */
  recompute?: Spread;
  workBudgetMs: number;
}

interface KeyProbe {
  work: number[];
  settled: number[];
  frame: number[];
  recompute: number[];
}

/** Installs the in-page probe: a key press starts a clock; the first DOM change and frame stop it. */
function installProbe(page: Page, root: string): Promise<void> {
  return page.evaluate((root) => {
    const probe: KeyProbe = { work: [], settled: [], frame: [], recompute: [] };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        if (entry.name === 'gatescope: sequence recomputed') probe.recompute.push(entry.duration);
    }).observe({ type: 'measure' });
    let start = 0;
    let domSeen = true;
    let lastChange = 0;
    const observer = new MutationObserver(() => {
      lastChange = performance.now() - start;
      if (domSeen) return;
      domSeen = true;
      probe.work.push(lastChange);
    });
    observer.observe(document.querySelector(root)!, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    document.addEventListener(
      'keydown',
      () => {
        if (start > 0) probe.settled.push(lastChange);
        start = performance.now();
        domSeen = false;
        requestAnimationFrame(() => probe.frame.push(performance.now() - start));
      },
      true,
    );
    (window as unknown as { benchProbe: KeyProbe }).benchProbe = probe;
  }, root);
}

export async function measureKeys(page: Page, baseUrl: string, keyCase: KeyCase): Promise<KeyRow> {
  await page.goto(new URL(keyCase.query, baseUrl).href);
  await page.locator(keyCase.ready).first().waitFor({ timeout: 30_000 });
  await page.locator(keyCase.target).first().focus();
  await installProbe(page, keyCase.root);
  const [forth, back] = keyCase.keys;
  for (let press = 0; press < WARMUP_PRESSES + KEY_PRESSES; press++) {
    // One way then back, so the value never sticks at an end where nothing would change.
    await page.keyboard.press(press % 20 < 10 ? forth : back);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
  }
  // One more press closes the last press's settled time.
  await page.keyboard.press(forth);
  const probe = await page.evaluate(() => (window as unknown as { benchProbe: KeyProbe }).benchProbe);
  const measured = (values: number[]) => values.slice(WARMUP_PRESSES, WARMUP_PRESSES + KEY_PRESSES);
  const spread = (values: number[]): Spread => ({ p50: percentile(values, 50), p95: percentile(values, 95) });
  const work = measured(probe.work);
  if (work.length < KEY_PRESSES)
    throw new Error(`only ${work.length} of ${KEY_PRESSES} presses changed the page at ${keyCase.name}`);
  const recompute = measured(probe.recompute);
  return {
    input: 'keys',
    name: keyCase.name,
    work: spread(work),
    settled: spread(measured(probe.settled)),
    nextFrame: spread(measured(probe.frame)),
    recompute: recompute.length > 0 ? spread(recompute) : undefined,
    workBudgetMs: keyCase.workBudgetMs,
  };
}
