/**
 * A range slider dragged the way Chromium delivers a drag: one `input` event at the start of every
 * frame. While the mouse or a finger moves, Chromium holds the pointer events back and dispatches
 * them at the start of the next frame, just before the requestAnimationFrame callbacks, and the
 * slider fires `input` from inside that dispatch. So here, in a requestAnimationFrame callback,
 * the slider's value is set with HTMLInputElement's native value setter (React's own tracker then
 * sees a change, as it does when the thumb moves) and an `input` event that bubbles is dispatched:
 * 20 warm-up frames, then 120 measured, ten steps one way and ten back, so the value never sticks
 * at an end where nothing would change.
 *
 * Two times per input, both from performance.now() just before the dispatch:
 *
 * - work: until the dispatch has returned and its microtasks have run (React commits a discrete
 *   update, with its effects, in a microtask), read in a second requestAnimationFrame callback
 *   queued right behind the first, which runs after the first one's microtask checkpoint. This is
 *   the app's own main-thread cost per input; style, layout and paint come after it. Chosen over
 *   a setTimeout(0) / MessageChannel task, which inside a frame runs only after the frame's
 *   rendering, and over PerformanceObserver: long tasks are reported only above 50 ms and event
 *   timing only for trusted events, never for a dispatched one.
 * - next frame: until the next frame's requestAnimationFrame callback (performance.now() there,
 *   not its timestamp, which is the frame's planned start: it stays 16.7 ms apart while frames run
 *   late). Everything the input caused before the next frame can start counts here: the work,
 *   the style, layout and paint of the frame, and tasks React or the view queued (deferred
 *   formulas, transitions). Within one 60 Hz period means the drag dropped no frame.
 *
 * Before the drag (which starts {@link READING_PAUSE_MS} after the view has drawn its numbers, as
 * a student's would), 60 idle frames are timed the same way, so the report can show how much the
 * frame clock wobbles on this machine with nothing to do.
 *
 * And, to show where the rest of the frame goes, the settled time: until the view's last DOM
 * change before the next frame (a MutationObserver's callback), which takes in what React renders
 * after the commit (a transition, a value deferred with useDeferredValue). Such a render runs after
 * the frame's style, layout and paint, so those count in it too: it is an upper bound on the work,
 * and equals `work` where, as in every view today, nothing is deferred. (A MessageChannel task
 * queued after the work cannot stand for it: React's scheduler renders deferred work in 5 ms
 * slices and queues each next slice behind such a task; and requestIdleCallback waits, during a
 * drag, for hundreds of ms.) The same observer counts the inputs that changed the view; a case
 * where none did fails, since a slider that moves nothing would time as fast.
 */
import type { Page } from 'playwright-core';
import { percentile } from './timing';
import type { DragCase } from './webCases';

export const DRAG_WARMUP = 20;
export const DRAG_MOVES = 120;
const IDLE_FRAMES = 60;
/** The first inputs of a page's first drag, reported on their own: the code they run is not yet optimised. */
export const FIRST_INPUTS = 5;
/**
 * How long after a view has drawn its numbers its drag starts, ms: a student needs at least that
 * to find the slider and reach for it. The page uses such a pause for its idle work (the other
 * views fetched ahead, the drag's code warmed up: see src/store/warmUp.ts), which waits for the
 * page to be still and would otherwise land in the idle frames timed just before the drag.
 */
export const READING_PAUSE_MS = 1000;
/** A next frame this late missed its 60 Hz period by most of a frame: a frame dropped. */
export const DROPPED_FRAME_MS = 1000 / 60 + 4;

/** p50 and p95 of one time, ms. */
export interface Spread {
  p50: number;
  p95: number;
}

export interface DragRow {
  input: 'drag';
  name: string;
  work: Spread;
  nextFrame: Spread;
  settled: Spread;
  /** Frame to frame on the same page before the drag, nothing dispatched: the frame clock's own wobble. */
  idleFrame: Spread;
  /** Frames that started more than one 60 Hz period (plus 4 ms) after the input: dropped frames. */
  lateFrames: number;
  moves: number;
  /** Inputs after which the view's DOM had changed by the next frame (a later change shows as lag). */
  changed: number;
  /**
   * Inputs whose view had changed by the end of the work. Fewer than all means the view renders
   * them later (a transition, a deferred value, a frame callback), outside what `work` times.
   */
  committed: number;
  /** The sequence store's own recompute (weights, upload, whole trace), when it times one. */
  recompute?: Spread;
  workBudgetMs: number;
  /** Where the row sums up several runs (dragRuns.ts): each run's next-frame p95, in order. */
  runP95s?: number[];
  /**
   * Next frame after each of the first {@link FIRST_INPUTS} inputs, before the warm-up is over: the
   * first drag since the page loaded, whose code V8 has not yet optimised (every run is on a fresh
   * page). Summed up over runs, in order.
   */
  firstInputs: number[];
  /** The case's reference pages (a bare chart), each dragged between its runs and summed up the same way. */
  references?: DragRow[];
}

interface DragSamples {
  work: number[];
  nextFrame: number[];
  settled: number[];
  /** Per input, whether the view's DOM had changed before the next input. */
  changed: boolean[];
  /** Per input, whether it had changed by the end of the work (committed in the input's microtasks). */
  committed: boolean[];
  recompute: number[];
}

/** Runs in the page: drags `slider` for `frames` frames and returns the raw samples. */
function dragInPage({ slider, root, frames }: { slider: string; root: string; frames: number }): Promise<DragSamples> {
  const input = document.querySelector<HTMLInputElement>(slider);
  const view = document.querySelector(root);
  if (!input || !view) throw new Error(`no ${input ? root : slider} on the page`);
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  const min = Number(input.min || 0);
  const max = Number(input.max || 100);
  const step = input.step && input.step !== 'any' ? Number(input.step) : (max - min) / 100;
  let value = Number(input.value);
  let direction = value + 10 * step <= max ? 1 : -1;
  const samples: DragSamples = { work: [], nextFrame: [], settled: [], changed: [], committed: [], recompute: [] };
  const timings = new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if (entry.name === 'gatescope: sequence recomputed') samples.recompute.push(entry.duration);
  });
  timings.observe({ type: 'measure' });
  let mutated = false;
  let lastChange = 0;
  const mutations = new MutationObserver(() => {
    mutated = true;
    lastChange = performance.now();
  });
  mutations.observe(view, { subtree: true, childList: true, attributes: true, characterData: true });
  let sent = 0;
  let start = 0;
  return new Promise((resolve) => {
    const dispatch = () => {
      const now = performance.now();
      if (sent > 0) {
        samples.nextFrame.push(now - start);
        samples.changed.push(mutated);
        samples.settled.push(mutated ? lastChange - start : 0);
      }
      if (sent === frames) {
        timings.disconnect();
        mutations.disconnect();
        resolve(samples);
        return;
      }
      if (sent > 0 && sent % 10 === 0) direction = -direction;
      value = Math.min(max, Math.max(min, value + direction * step));
      mutated = false;
      start = performance.now();
      setValue.call(input, String(value));
      input.dispatchEvent(new Event('input', { bubbles: true }));
      sent++;
    };
    const afterMicrotasks = () => {
      if (sent === 0 || samples.work.length === sent) return;
      samples.work.push(performance.now() - start);
      samples.committed.push(mutated);
      requestAnimationFrame(dispatch);
      requestAnimationFrame(afterMicrotasks);
    };
    // Both callbacks are queued in the frame before, so they run back to back in the same frame.
    requestAnimationFrame(dispatch);
    requestAnimationFrame(afterMicrotasks);
  });
}

/** Runs in the page: frame-to-frame times of `frames` idle frames, as the drag reads them. */
function idleFramesInPage(frames: number): Promise<number[]> {
  const deltas: number[] = [];
  let last = 0;
  return new Promise((resolve) => {
    const tick = () => {
      const now = performance.now();
      if (last > 0) deltas.push(now - last);
      last = now;
      if (deltas.length === frames) resolve(deltas);
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/**
 * Opens the page on the training lab with the case's other settings, starts training at L = 50,
 * waits for its first steps, and goes to the case's view through the header (a page load would
 * end the worker).
 */
async function startLabThenOpen(page: Page, baseUrl: string, dragCase: DragCase): Promise<void> {
  const url = new URL(dragCase.query, baseUrl);
  const view = url.searchParams.get('view')!;
  url.searchParams.set('view', 'lab');
  url.searchParams.set('llen', '50');
  url.searchParams.set('lang', 'en');
  await page.goto(url.href);
  await page.locator('.lab-start:not([disabled])').waitFor({ timeout: 30_000 });
  await page.locator('.lab-start').click();
  await page.waitForFunction(
    () => Number(/\d+/.exec(document.querySelector('[data-testid="lab-step"]')?.textContent ?? '')?.[0] ?? 0) > 2,
    undefined,
    { timeout: 30_000 },
  );
  await page.locator(`.view-nav [data-view="${view}"]`).click();
}

/** Drags the case's slider on a freshly loaded page and returns p50 / p95 of each time. */
export async function measureDrag(page: Page, baseUrl: string, dragCase: DragCase): Promise<DragRow> {
  if (dragCase.html !== undefined) await page.setContent(dragCase.html);
  else if (dragCase.whileLabTrains) await startLabThenOpen(page, baseUrl, dragCase);
  else await page.goto(new URL(dragCase.query, baseUrl).href);
  await page.locator(dragCase.ready).first().waitFor({ timeout: 30_000 });
  await page.waitForTimeout(READING_PAUSE_MS);
  // tsx compiles with esbuild's keepNames, which wraps dragInPage's inner functions in a `__name`
  // helper that exists in Node, not in the page; give the page a do-nothing one.
  await page.evaluate('globalThis.__name ??= (fn) => fn');
  const idleFrames = await page.evaluate(idleFramesInPage, IDLE_FRAMES);
  const samples = await page.evaluate(dragInPage, {
    slider: dragCase.slider,
    root: dragCase.root,
    frames: DRAG_WARMUP + DRAG_MOVES,
  });
  const measured = <T>(values: T[]) => values.slice(DRAG_WARMUP, DRAG_WARMUP + DRAG_MOVES);
  const changed = measured(samples.changed).filter(Boolean).length;
  if (changed === 0)
    throw new Error(`no input changed the view at ${dragCase.name}: is ${dragCase.slider} still its slider?`);
  const spread = (values: number[]): Spread => ({ p50: percentile(values, 50), p95: percentile(values, 95) });
  const nextFrame = measured(samples.nextFrame);
  const recompute = measured(samples.recompute);
  return {
    input: 'drag',
    name: dragCase.name,
    work: spread(measured(samples.work)),
    nextFrame: spread(nextFrame),
    idleFrame: spread(idleFrames),
    settled: spread(measured(samples.settled)),
    lateFrames: nextFrame.filter((ms) => ms > DROPPED_FRAME_MS).length,
    firstInputs: samples.nextFrame.slice(0, FIRST_INPUTS),
    moves: nextFrame.length,
    changed,
    committed: measured(samples.committed).filter(Boolean).length,
    recompute: recompute.length > 0 ? spread(recompute) : undefined,
    workBudgetMs: dragCase.workBudgetMs,
  };
}
