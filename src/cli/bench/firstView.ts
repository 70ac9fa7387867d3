/**
 * The first view's weight and first paint: five cold loads of `/` (the default view), each in a
 * fresh browser context, so with an empty cache. From each load's Performance API entries (paint
 * timing's 'first-contentful-paint', resource and navigation timing's responseEnd and body sizes):
 *
 * - the JS, CSS and HTML responses that had finished arriving before the first contentful paint,
 *   by file, and their total against the 150 kB budget (kB = 1000 bytes). Where the first paint
 *   races a download (prerendered HTML can paint before the scripts arrive), the total differs
 *   from load to load: the budget is held against the heaviest of the five, whose files are
 *   listed, with the range, and the JS, CSS and HTML requested before the paint but still
 *   arriving when it came (on a phone's slower network those share the bandwidth with it);
 * - everything the view fetched by the time the network went quiet (load, then 500 ms without a
 *   request): JS, CSS and HTML together, WASM apart, anything else (fonts, images) apart;
 * - the first contentful paint itself, whose median is reported.
 *
 * Sizes are compressed, as a server sends them: vite preview gzips text of 1 kB and more itself
 * (zlib's default level 6), and that encoded size is what is counted. What it sends uncompressed
 * (files under 1 kB, and WASM, which its gzip filter does not cover) is gzipped here with the same
 * level, as a real server configured for it would send it, and marked so.
 */
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { scriptsLoadedAfterPaint } from '../build/paintBeforeScripts';
import { BENCH_CONTEXT } from './benchContext';
import { percentile } from './timing';

export const FIRST_VIEW_BUDGET_BYTES = 150_000;
const COLD_LOADS = 5;

export type FileKind = 'html' | 'js' | 'css' | 'wasm' | 'other';

export interface FetchedFile {
  /** Path and query on the served build, e.g. /assets/index-CkglOAzC.js. */
  path: string;
  kind: FileKind;
  /** Compressed bytes: as sent when the server compressed it, else gzipped here. */
  bytes: number;
  /** The server sent it uncompressed; `bytes` is its gzip computed here. */
  gzippedHere: boolean;
  /** ms from navigation start. */
  requestStart: number;
  responseEnd: number;
}

export interface ColdLoad {
  firstContentfulPaintMs: number;
  files: FetchedFile[];
}

export interface FirstViewReport {
  loads: number;
  firstContentfulPaintMs: { p50: number; min: number; max: number };
  /** From the load with the most bytes before its first paint, the heaviest first. */
  beforePaint: FetchedFile[];
  beforePaintBytes: number;
  /** The before-paint total over all loads: it can vary where a request races the paint. */
  beforePaintRange: { min: number; max: number };
  /** JS, CSS and HTML requested before the first paint but finished after it, in the same load (not counted). */
  pendingAtPaint: FetchedFile[];
  /**
   * The first view's own scripts, which index.html's loader requests once the page has painted
   * (src/cli/build/paintBeforeScripts.ts), in the same load: with the HTML, what the view needs
   * before it responds, held to the same budget.
   */
  firstScripts: FetchedFile[];
  /** The HTML and the first view's scripts together. */
  firstViewBytes: number;
  /** Totals by the time the network went quiet, in the same load. */
  byIdle: Record<'code' | 'wasm' | 'other', number>;
  budgetBytes: number;
}

interface TimingEntry {
  name: string;
  navigation: boolean;
  requestStart: number;
  responseEnd: number;
  encodedBodySize: number;
  decodedBodySize: number;
}

function kindOf(url: URL, navigation: boolean): FileKind {
  if (navigation || url.pathname.endsWith('.html')) return 'html';
  const extension = url.pathname.slice(url.pathname.lastIndexOf('.') + 1);
  if (extension === 'js' || extension === 'mjs') return 'js';
  if (extension === 'css' || extension === 'wasm') return extension;
  return 'other';
}

/** Bodies the server sent uncompressed, gzipped once per URL. */
const gzipCache = new Map<string, number>();

async function gzippedSize(url: string): Promise<number> {
  const cached = gzipCache.get(url);
  if (cached !== undefined) return cached;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`fetching ${url} for its gzip size: HTTP ${response.status}`);
  const size = gzipSync(Buffer.from(await response.arrayBuffer())).length;
  gzipCache.set(url, size);
  return size;
}

async function coldLoad(browser: Browser, baseUrl: string): Promise<ColdLoad> {
  const context = await browser.newContext(BENCH_CONTEXT);
  try {
    const page = await context.newPage();
    await page.goto(new URL('/', baseUrl).href, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    const { paint, entries } = await page.evaluate(
      () =>
        new Promise<{ paint: number; entries: TimingEntry[] }>((resolve, reject) => {
          const timeout = setTimeout(() => reject(new Error('no first-contentful-paint within 10 s')), 10_000);
          new PerformanceObserver((list, observer) => {
            const paint = list.getEntries().find((entry) => entry.name === 'first-contentful-paint');
            if (!paint) return;
            observer.disconnect();
            clearTimeout(timeout);
            const timed = [
              ...performance.getEntriesByType('navigation'),
              ...performance.getEntriesByType('resource'),
            ] as PerformanceResourceTiming[];
            resolve({
              paint: paint.startTime,
              entries: timed.map((entry) => ({
                name: entry.name,
                navigation: entry.entryType === 'navigation',
                requestStart: entry.startTime,
                responseEnd: entry.responseEnd,
                encodedBodySize: entry.encodedBodySize,
                decodedBodySize: entry.decodedBodySize,
              })),
            });
          }).observe({ type: 'paint', buffered: true });
        }),
    );
    const files: FetchedFile[] = [];
    for (const entry of entries) {
      const url = new URL(entry.name);
      if (url.protocol === 'data:' || url.protocol === 'blob:') continue;
      const compressed = entry.encodedBodySize > 0 && entry.encodedBodySize < entry.decodedBodySize;
      files.push({
        path: url.pathname + url.search,
        kind: kindOf(url, entry.navigation),
        bytes: compressed ? entry.encodedBodySize : await gzippedSize(url.href),
        gzippedHere: !compressed,
        requestStart: entry.requestStart,
        responseEnd: entry.responseEnd,
      });
    }
    return { firstContentfulPaintMs: paint, files };
  } finally {
    await context.close();
  }
}

const isCode = (file: FetchedFile) => file.kind === 'html' || file.kind === 'js' || file.kind === 'css';
const total = (files: FetchedFile[]) => files.reduce((sum, file) => sum + file.bytes, 0);

function beforePaint(load: ColdLoad): FetchedFile[] {
  return load.files.filter((file) => isCode(file) && file.responseEnd <= load.firstContentfulPaintMs);
}

/** Five cold loads of `/`: the bytes before the first paint, the bytes by idle, the first paint's median. */
export async function measureFirstView(browser: Browser, baseUrl: string): Promise<FirstViewReport> {
  const loads: ColdLoad[] = [];
  for (let load = 0; load < COLD_LOADS; load++) loads.push(await coldLoad(browser, baseUrl));
  const paints = loads.map((load) => load.firstContentfulPaintMs);
  const totals = loads.map((load) => total(beforePaint(load)));
  const heaviest = loads[totals.indexOf(Math.max(...totals))]!;
  const paint = heaviest.firstContentfulPaintMs;
  const counted = beforePaint(heaviest).sort((a, b) => b.bytes - a.bytes);
  const html = await (await fetch(new URL('/', baseUrl))).text();
  const loaded = new Set(scriptsLoadedAfterPaint(html));
  const firstScripts = heaviest.files.filter((file) => loaded.has(file.path)).sort((a, b) => b.bytes - a.bytes);
  const page = heaviest.files.filter((file) => file.kind === 'html');
  return {
    loads: loads.length,
    firstContentfulPaintMs: { p50: percentile(paints, 50), min: Math.min(...paints), max: Math.max(...paints) },
    beforePaint: counted,
    beforePaintBytes: total(counted),
    beforePaintRange: { min: Math.min(...totals), max: Math.max(...totals) },
    pendingAtPaint: heaviest.files.filter(
      (file) => isCode(file) && file.requestStart < paint && file.responseEnd > paint,
    ),
    firstScripts,
    firstViewBytes: total([...page, ...firstScripts]),
    byIdle: {
      code: total(heaviest.files.filter(isCode)),
      wasm: total(heaviest.files.filter((file) => file.kind === 'wasm')),
      other: total(heaviest.files.filter((file) => file.kind === 'other')),
    },
    budgetBytes: FIRST_VIEW_BUDGET_BYTES,
  };
}
