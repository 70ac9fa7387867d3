/**
 * `npm run bench:web [-- --only <words>] [-- --json] [-- --url <url>]`: builds the app, serves it on loopback and,
 * in Debian's headless Chromium, measures:
 *
 * - the first view (bench/firstView.ts): five cold loads of `/`, the compressed JS, CSS and HTML
 *   that arrived before the first contentful paint, by file, against the 150 kB budget, what the
 *   view fetched by idle, and the median first contentful paint;
 * - slider input as a drag produces it (bench/dragInput.ts): in the LSTM explorer at hidden 4 and
 *   100, the GRU explorer at hidden 4 and 20, the LSTM vs GRU view's forget-bias slider (a whole
 *   pulse sequence re-run) and the sequence view's bias slider at the course's
 *   nn.LSTM(50, 100, num_layers=2) on (10, 3, 50): one `input` event a frame, timed to the work
 *   done and to the next frame, p50 and p95 beside the budgets (work p95 ≤ 8 ms at teaching size,
 *   next frame p95 within one 60 Hz frame everywhere); each case three times on fresh pages, the
 *   median run's figures judged and every run's next-frame p95 shown (bench/dragRuns.ts); the
 *   LSTM vs GRU drag beside a bare SVG chart dragged after each of its runs (bench/bareChart.ts);
 * - key presses (bench/keyPresses.ts) where the control is no range slider: an edit of the drawn
 *   x at the course's size and a step of playback at L = 50, hidden 16;
 * - playback (bench/playback.ts): the L = 50 sequence at 60 steps per second, step to step.
 *
 * `--only <words>` runs only the measures whose name contains the words (case aside): "first
 * view", "explorer", "GRU", "playback" … `--url <url>` measures a build already served there
 * instead of building one (the cases' queries are resolved against it).
 */
import { loadavg, cpus } from 'node:os';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './browser/chromium';
import { serveProductionBuild } from './browser/serveBuild';
import { BENCH_CONTEXT } from './bench/benchContext';
import { DRAG_MOVES, DRAG_WARMUP, type DragRow } from './bench/dragInput';
import { DRAG_RUNS, measureDragRuns } from './bench/dragRuns';
import { measureFirstView, type FirstViewReport } from './bench/firstView';
import { KEY_PRESSES, measureKeys, type KeyRow } from './bench/keyPresses';
import { measurePlayback, type PlaybackRow } from './bench/playback';
import { PLAYBACK, WEB_CASES, selected } from './bench/webCases';
import { printDrag, printFirstView, printKeys, printPlayback } from './bench/webReport';
import { hasFlag, optionValue } from './options';

const FIRST_VIEW = 'First view: bytes before first paint, first contentful paint';

async function main(): Promise<void> {
  const asJson = hasFlag('json');
  const only = optionValue('only');
  const executablePath = findChromium();
  const givenUrl = optionValue('url');
  const served = givenUrl ? undefined : await serveProductionBuild();
  const url = givenUrl ?? served!.url;
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    let firstView: FirstViewReport | undefined;
    if (selected(FIRST_VIEW, only)) {
      console.error('measuring: the first view, five cold loads');
      firstView = await measureFirstView(browser, url);
    }
    const page = await (await browser.newContext(BENCH_CONTEXT)).newPage();
    const rows: (DragRow | KeyRow)[] = [];
    for (const webCase of WEB_CASES) {
      if (!selected(webCase.name, only)) continue;
      console.error(`measuring: ${webCase.name}`);
      rows.push(
        webCase.input === 'drag' ? await measureDragRuns(browser, url, webCase) : await measureKeys(page, url, webCase),
      );
    }
    let playback: PlaybackRow | undefined;
    if (selected(PLAYBACK.name, only)) {
      console.error(`measuring: ${PLAYBACK.name}`);
      playback = await measurePlayback(page, url);
    }
    if (!firstView && rows.length === 0 && !playback) throw new Error(`no measure’s name contains “${only}”`);
    if (asJson) {
      process.stdout.write(JSON.stringify({ firstView, cases: rows, playback }) + '\n');
      return;
    }
    const load = loadavg()[0]!;
    const busy = load > cpus().length ? ': a busy machine, so expect slow figures' : '';
    console.log(
      `Headless Chromium ${browser.version()} on ${url}; load average ${load.toFixed(1)} on ${cpus().length} cores${busy}\n`,
    );
    if (firstView) {
      printFirstView(firstView);
      console.log('');
    }
    if (rows.some((row) => row.input === 'drag'))
      console.log(
        `Sliders dragged: one input event a frame, ${DRAG_MOVES} frames per run (after ${DRAG_WARMUP}), ` +
          `${DRAG_RUNS} runs per case on fresh pages: the median run's figures`,
      );
    for (const row of rows) if (row.input === 'drag') printDrag(row);
    if (rows.some((row) => row.input === 'keys'))
      console.log(`\nKeys pressed: ${KEY_PRESSES} presses per case, each from its keydown`);
    for (const row of rows) if (row.input === 'keys') printKeys(row);
    if (playback) {
      console.log('');
      printPlayback(playback);
    }
  } finally {
    await browser.close();
    await served?.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:web: ${(error as Error).message}\n`);
  process.exitCode = 1;
});
