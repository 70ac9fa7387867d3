/** bench:web's printed report: each measure beside its budget, with a clear "within" or "OVER". */
import { DROPPED_FRAME_MS, FIRST_INPUTS, type DragRow, type Spread } from './dragInput';
import type { FirstViewReport } from './firstView';
import type { KeyRow } from './keyPresses';
import type { PlaybackRow } from './playback';
import { FRAME_BUDGET_MS, FRAME_CLOCK_SLACK_MS, PLAYBACK, frameOnTime } from './webCases';

const verdict = (within: boolean) => (within ? 'within' : 'OVER');
const ms = (spread: Spread) => `p50 ${spread.p50.toFixed(2)} ms, p95 ${spread.p95.toFixed(2)} ms`;
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

export function printFirstView(report: FirstViewReport): void {
  console.log(`First view: ${report.loads} cold loads of / (fresh context each, empty cache), 1920×1080`);
  const paint = report.firstContentfulPaintMs;
  console.log(
    `  first contentful paint: p50 ${paint.p50.toFixed(0)} ms (${paint.min.toFixed(0)}–${paint.max.toFixed(0)} ms), ` +
      'unthrottled on loopback (`npm run lighthouse` simulates a phone)',
  );
  console.log('  JS, CSS and HTML finished before the first contentful paint (compressed; the heaviest of the loads):');
  for (const file of report.beforePaint) {
    const note = file.gzippedHere ? '  (gzipped here: sent uncompressed)' : '';
    console.log(`    ${kB(file.bytes).padStart(9)}  ${file.kind.padEnd(4)} ${file.path}${note}`);
  }
  const { min, max } = report.beforePaintRange;
  const range =
    min === max ? '' : ` (${kB(min)}–${kB(max)} over the ${report.loads} loads: the paint races a download)`;
  console.log(`    ${kB(report.beforePaintBytes).padStart(9)}  total${range}`);
  console.log(
    `  budget: before first paint ≤ ${kB(report.budgetBytes)}: ${verdict(report.beforePaintBytes <= report.budgetBytes)}`,
  );
  if (report.pendingAtPaint.length > 0) {
    const pending = report.pendingAtPaint.map((file) => `${file.path} (${kB(file.bytes)})`).join(', ');
    const asked = report.beforePaintBytes + report.pendingAtPaint.reduce((sum, file) => sum + file.bytes, 0);
    console.log(`  requested before the paint, arrived after it (not counted): ${pending}`);
    console.log(`  so asked for before the paint in all: ${kB(asked)}`);
  }
  if (report.firstScripts.length > 0) {
    console.log("  the first view's scripts, requested by index.html once the page has painted:");
    for (const file of report.firstScripts)
      console.log(`    ${kB(file.bytes).padStart(9)}  ${file.kind.padEnd(4)} ${file.path}`);
    console.log(
      `  budget: the HTML and these scripts ≤ ${kB(report.budgetBytes)}: ${kB(report.firstViewBytes)}, ` +
        verdict(report.firstViewBytes <= report.budgetBytes),
    );
  }
  const idle = report.byIdle;
  console.log(
    `  by the time the network is quiet: JS, CSS and HTML ${kB(idle.code)}; WASM ${kB(idle.wasm)}; ` +
      `fonts, images and the rest ${kB(idle.other)}`,
  );
}

/** " (each run's p95: …)" where the row sums up several runs, else nothing. */
function eachRunP95(row: DragRow): string {
  return row.runP95s && row.runP95s.length > 1
    ? ` (each run's p95: ${row.runP95s.map((p95) => p95.toFixed(1)).join(', ')})`
    : '';
}

export function printDrag(row: DragRow): void {
  console.log(row.name);
  console.log(`  input → work done (handler, React commit): ${ms(row.work)}`);
  console.log(`  input → view settled (deferred renders):   ${ms(row.settled)}`);
  console.log(`  input → next frame:                        ${ms(row.nextFrame)}${eachRunP95(row)}`);
  console.log(`  (frame to frame with no input, same page:  ${ms(row.idleFrame)})`);
  for (const reference of row.references ?? []) {
    console.log(`  reference: ${reference.name}, dragged after each run`);
    console.log(`    input → work done:                       ${ms(reference.work)}`);
    console.log(
      `    input → next frame:                      ${ms(reference.nextFrame)}${eachRunP95(reference)}; ` +
        `p95 ≤ ${FRAME_BUDGET_MS.toFixed(1)} ms (+${FRAME_CLOCK_SLACK_MS}): ${verdict(frameOnTime(reference.nextFrame.p95))}`,
    );
    // What the machine drops with no app at all: the floor for this case's own dropped frames.
    console.log(`    dropped frames: ${reference.lateFrames} of ${reference.moves}`);
    console.log(
      `    this case's next-frame p95 minus the reference's: ${(row.nextFrame.p95 - reference.nextFrame.p95).toFixed(2)} ms`,
    );
  }
  if (!frameOnTime(row.idleFrame.p95))
    console.log(
      `  note: with no input at all this page already ran late (p95 ${row.idleFrame.p95.toFixed(2)} ms): ` +
        'the machine is busy, so this case’s frame figures say little',
    );
  if (row.lateFrames > 0)
    console.log(`  dropped frames (next frame > ${DROPPED_FRAME_MS.toFixed(1)} ms): ${row.lateFrames} of ${row.moves}`);
  const firstDropped = row.firstInputs.filter((ms) => ms > DROPPED_FRAME_MS).length;
  console.log(
    `  the first drag since the page loaded, its first ${FIRST_INPUTS} inputs (code not yet optimised), next frame: ` +
      `${row.firstInputs.map((ms) => ms.toFixed(0)).join(' ')} ms`,
  );
  console.log(
    `  budget: those inputs drop no frame (next frame ≤ ${DROPPED_FRAME_MS.toFixed(1)} ms): ` +
      `${verdict(firstDropped === 0)}${firstDropped > 0 ? ` (${firstDropped} of ${row.firstInputs.length})` : ''}`,
  );
  if (row.committed < row.moves)
    console.log(
      `  inputs the view had not yet shown when the work ended: ${row.moves - row.committed} of ${row.moves} ` +
        '(rendered later, outside the work: see view settled)',
    );
  if (row.changed < row.moves)
    console.log(`  inputs whose view had not changed by the next frame: ${row.moves - row.changed} of ${row.moves}`);
  if (row.recompute) {
    const within = verdict(row.recompute.p95 <= row.workBudgetMs);
    console.log(
      `  recompute (model layer, whole trace): ${ms(row.recompute)}; p95 ≤ ${row.workBudgetMs} ms: ${within}`,
    );
  }
  console.log(`  budget: work p95 ≤ ${row.workBudgetMs} ms: ${verdict(row.work.p95 <= row.workBudgetMs)}`);
  console.log(
    `  budget: next frame p95 ≤ ${FRAME_BUDGET_MS.toFixed(1)} ms (+${FRAME_CLOCK_SLACK_MS} ms frame-clock jitter): ` +
      verdict(frameOnTime(row.nextFrame.p95)),
  );
}

export function printKeys(row: KeyRow): void {
  console.log(row.name);
  console.log(`  key → DOM updated:     ${ms(row.work)}`);
  console.log(`  key → formulas too:    ${ms(row.settled)}`);
  console.log(`  key → next frame:      ${ms(row.nextFrame)}`);
  if (row.recompute) {
    const within = verdict(row.recompute.p95 <= row.workBudgetMs);
    console.log(
      `  recompute (model layer, whole trace): ${ms(row.recompute)}; p95 ≤ ${row.workBudgetMs} ms: ${within}`,
    );
  }
  console.log(`  budget: DOM updated p95 ≤ ${row.workBudgetMs} ms: ${verdict(row.work.p95 <= row.workBudgetMs)}`);
}

export function printPlayback(playback: PlaybackRow): void {
  const fps = 1000 / playback.stepP50;
  console.log(PLAYBACK.name);
  console.log(
    `  step to step: p50 ${playback.stepP50.toFixed(2)} ms (${fps.toFixed(1)} steps/s), p95 ${playback.stepP95.toFixed(2)} ms`,
  );
  console.log(`  steps slower than one 60 Hz frame: ${playback.slowSteps} of ${playback.steps}`);
  const limit = 1000 / 60 + 1;
  console.log(`  budget: 60 fps, p50 ≤ ${limit.toFixed(1)} ms: ${verdict(playback.stepP50 <= limit)}`);
}
