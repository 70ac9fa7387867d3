/**
 * `npm run bench:web [-- --json]`: builds the app, serves it on loopback and, in Debian's headless
 * Chromium, presses a slider's arrow key 120 times in each case: the LSTM explorer at hidden 4 and
 * 100, the GRU explorer at hidden 4 and 20, and the LSTM vs GRU view's forget-bias slider, which
 * re-runs a whole pulse sequence. For each press it records, from the key event: the work (until
 * the view's DOM has first changed: the slider, the cells, every number of the diagram), the
 * settled time (the last change, once the formulas, which React renders just after, are typeset
 * too) and the next frame. Prints p50 and p95 and each case's budget on the work's p95.
 */
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './browser/chromium';
import { serveProductionBuild } from './browser/serveBuild';
import { percentile } from './bench/timing';

const MOVES = 120;
const WARMUP_MOVES = 20;

interface WebCase {
  name: string;
  query: string;
  /** The view whose DOM changes are timed. */
  root: string;
  /** Present once the view has drawn the model's numbers. */
  ready: string;
  /** The slider pressed. */
  slider: string;
  budgetMs: number;
}

const explorer = (kind: 'lstm' | 'gru') => ({
  root: `.${kind}-explorer`,
  ready: `.${kind}-explorer [data-explanation-ready="true"]`,
  slider: '.explorer-controls input[type="range"]',
});

// A teaching-size cell must keep up with a 120 Hz drag (8 ms); the course sizes and the pulse
// sequence with one 60 fps frame (16 ms).
const CASES: WebCase[] = [
  { name: 'LSTM explorer, hidden 4 (3 → 4)', query: '?view=lstm&size=3x4', ...explorer('lstm'), budgetMs: 8 },
  {
    name: 'LSTM explorer, hidden 100 (the course’s 50 → 100)',
    query: '?view=lstm&size=50x100',
    ...explorer('lstm'),
    budgetMs: 16,
  },
  { name: 'GRU explorer, hidden 4 (3 → 4)', query: '?view=gru&gsize=3x4', ...explorer('gru'), budgetMs: 8 },
  {
    name: 'GRU explorer, hidden 20 (the course’s 10 → 20)',
    query: '?view=gru&gsize=10x20',
    ...explorer('gru'),
    budgetMs: 16,
  },
  {
    name: 'LSTM vs GRU, forget bias: 60-step pulse through nn.LSTM(10, 20)',
    query: '?view=compare&vssize=10x20&vssteps=60',
    root: '.compare-view',
    ready: '.compare-view .pulse-chart',
    slider: '.pulse-controls input[type="range"]',
    budgetMs: 16,
  },
];

interface WebRow {
  name: string;
  workP50: number;
  workP95: number;
  settledP50: number;
  settledP95: number;
  frameP50: number;
  frameP95: number;
  budgetMs: number;
}

/** Installs the in-page probe: a key press starts a clock; the first DOM change and frame stop it. */
function installProbe(page: Page, root: string): Promise<void> {
  return page.evaluate((root) => {
    const probe = { work: [] as number[], settled: [] as number[], frame: [] as number[] };
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
    (window as unknown as { benchProbe: typeof probe }).benchProbe = probe;
  }, root);
}

async function measure(page: Page, baseUrl: string, webCase: WebCase): Promise<WebRow> {
  await page.goto(new URL(webCase.query, baseUrl).href);
  await page.locator(webCase.ready).first().waitFor({ timeout: 30_000 });
  const slider = page.locator(webCase.slider).first();
  await slider.focus();
  await installProbe(page, webCase.root);
  for (let move = 0; move < WARMUP_MOVES + MOVES; move++) {
    // Right then left, so the value never sticks at an end where nothing would change.
    await page.keyboard.press(move % 20 < 10 ? 'ArrowRight' : 'ArrowLeft');
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
  }
  // One more press closes the last move's settled time.
  await page.keyboard.press('ArrowRight');
  const probe = await page.evaluate(
    () => (window as unknown as { benchProbe: { work: number[]; settled: number[]; frame: number[] } }).benchProbe,
  );
  const work = probe.work.slice(WARMUP_MOVES, WARMUP_MOVES + MOVES);
  const settled = probe.settled.slice(WARMUP_MOVES, WARMUP_MOVES + MOVES);
  const frame = probe.frame.slice(WARMUP_MOVES, WARMUP_MOVES + MOVES);
  if (work.length < MOVES) throw new Error(`only ${work.length} of ${MOVES} moves changed the page at ${webCase.name}`);
  return {
    name: webCase.name,
    workP50: percentile(work, 50),
    workP95: percentile(work, 95),
    settledP50: percentile(settled, 50),
    settledP95: percentile(settled, 95),
    frameP50: percentile(frame, 50),
    frameP95: percentile(frame, 95),
    budgetMs: webCase.budgetMs,
  };
}

async function main(): Promise<void> {
  const asJson = process.argv.includes('--json');
  const executablePath = findChromium();
  const served = await serveProductionBuild();
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const page = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
    const rows: WebRow[] = [];
    for (const webCase of CASES) rows.push(await measure(page, served.url, webCase));
    if (asJson) {
      process.stdout.write(JSON.stringify({ cases: rows }) + '\n');
      return;
    }
    console.log(`Slider input in headless Chromium, ${MOVES} key presses per case (after ${WARMUP_MOVES} warm-up)\n`);
    for (const row of rows) {
      const verdict = row.workP95 < row.budgetMs ? 'within' : 'OVER';
      console.log(row.name);
      console.log(`  event → DOM updated: p50 ${row.workP50.toFixed(2)} ms, p95 ${row.workP95.toFixed(2)} ms`);
      console.log(`  event → formulas too: p50 ${row.settledP50.toFixed(2)} ms, p95 ${row.settledP95.toFixed(2)} ms`);
      console.log(`  event → next frame:  p50 ${row.frameP50.toFixed(2)} ms, p95 ${row.frameP95.toFixed(2)} ms`);
      console.log(`  budget: work p95 < ${row.budgetMs} ms: ${verdict}`);
    }
  } finally {
    await browser.close();
    await served.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:web: ${(error as Error).message}\n`);
  process.exitCode = 1;
});
