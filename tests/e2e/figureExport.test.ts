import { writeFileSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, launchBrowser, openPage, withWatched } from './support/browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Where a run leaves the figures it saved, to look at by eye: set FIGURE_DIR. */
const KEEP_IN = process.env.FIGURE_DIR;

/** Clicks one of the scope's export buttons and answers the download's name and bytes. */
async function saveFigure(page: Page, scope: Locator, format: 'SVG' | 'PNG'): Promise<{ name: string; bytes: Buffer }> {
  const toggle = scope.locator('.figure-export-toggle');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    scope.getByRole('button', { name: new RegExp(`(as ${format}|为 ${format} 图)$`) }).click(),
  ]);
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const bytes = Buffer.concat(chunks);
  if (KEEP_IN) writeFileSync(`${KEEP_IN}/${download.suggestedFilename()}`, bytes);
  return { name: download.suggestedFilename(), bytes };
}

interface SvgReport {
  parsed: boolean;
  width: number;
  /** Every character the figure's text draws. */
  text: string;
  /** Characters drawn that no embedded @font-face claims. */
  uncovered: string[];
  /** @font-face rules, and those whose source is not a data: URL. */
  faces: number;
  notEmbedded: number;
  /** Elements drawn at the dimmed stage's opacity (the stage's highlight). */
  dimmed: number;
  /** Anything that would fetch: an href or url() not a data: URL or a same-document #id. */
  external: string[];
}

/** Reads an exported SVG in the page, as another program would: no page CSS, only what the file holds. */
function inspectSvg(page: Page, svg: string): Promise<SvgReport> {
  return page.evaluate((source) => {
    const document = new DOMParser().parseFromString(source, 'image/svg+xml');
    const root = document.documentElement;
    const parsed = root.localName === 'svg' && document.querySelector('parsererror') === null;
    const text = [...document.querySelectorAll('text')].map((node) => node.textContent ?? '').join('');
    const css = [...document.querySelectorAll('style')].map((node) => node.textContent ?? '').join('\n');
    const faces = css.match(/@font-face\{[^}]*\}/g) ?? [];
    const ranges = faces.flatMap((face) =>
      (/unicode-range:([^;}]*)/.exec(face)?.[1] ?? '').split(',').map((part) => {
        const [first = '', last] = part.trim().replace(/^U\+/, '').split('-');
        return [parseInt(first, 16), parseInt(last ?? first, 16)] as const;
      }),
    );
    const uncovered = [...new Set(text)].filter((character) => {
      const point = character.codePointAt(0)!;
      return point >= 0x20 && !ranges.some(([first, last]) => first <= point && point <= last);
    });
    const dimmed = [...document.querySelectorAll('[style]')].filter((node) => {
      const opacity = /(?:^|;)opacity:([\d.]+)/.exec(node.getAttribute('style') ?? '')?.[1];
      return opacity !== undefined && Number(opacity) < 0.5;
    }).length;
    const references = [
      ...[...document.querySelectorAll('[href]')].map((node) => node.getAttribute('href') ?? ''),
      ...[...source.matchAll(/url\(([^)]*)\)/g)].map((match) => match[1]!.replace(/^["']|["']$/g, '')),
    ];
    return {
      parsed,
      width: Number(root.getAttribute('width')),
      text,
      uncovered,
      faces: faces.length,
      notEmbedded: faces.filter((face) => !/src:url\(data:font\/woff2;base64,/.test(face)).length,
      dimmed,
      external: references.filter((reference) => !reference.startsWith('data:') && !reference.startsWith('#')),
    };
  }, svg);
}

/** PNG's width and height from its IHDR chunk, after checking its signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * How many distinct colours (to 4 bits a channel), what share of pixels are not white, and how many
 * pixels of the caption's band (its first line, 2 × 28 px) are near-black ink: none if its embedded
 * fonts were not loaded when it was drawn.
 */
function pngContent(page: Page, bytes: Buffer): Promise<{ colors: number; inked: number; captionInk: number }> {
  return page.evaluate(async (base64) => {
    const data = Uint8Array.from(atob(base64), (character) => character.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([data], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    const colors = new Set<number>();
    let inked = 0;
    let captionInk = 0;
    const captionEnd = bitmap.width * 56 * 4;
    for (let index = 0; index < pixels.length; index += 4) {
      const [r, g, b] = [pixels[index]!, pixels[index + 1]!, pixels[index + 2]!];
      colors.add(((r >> 4) << 8) | ((g >> 4) << 4) | (b >> 4));
      if (r + g + b < 720) inked++;
      if (index < captionEnd && r + g + b < 200) captionInk++;
    }
    return { colors: colors.size, inked: inked / (pixels.length / 4), captionInk };
  }, bytes.toString('base64'));
}

interface Case {
  name: string;
  query: string;
  /** Waits for the drawing to be ready. */
  ready: string;
  /** The element holding the export buttons. */
  scope: string;
  /** Whose CSS width the PNG is twice. */
  drawing: string;
  file: RegExp;
  /** Text the figure must show: the caption in the page's language, the drawing's labels. */
  shows: readonly string[];
  /** Text it must not: the other language. */
  hides?: RegExp;
  /** Whether the stage's highlight dims the rest of the drawing. */
  dims: boolean;
}

const CASES: readonly Case[] = [
  {
    name: 'LSTM cell, forget stage, English',
    query: 'view=lstm&lang=en&stage=1',
    ready: '[data-explanation-ready="true"]',
    scope: '.walkthrough-bar',
    drawing: '.cell-diagram svg',
    file: /^gatescope-lstm-forget\.(svg|png)$/,
    shows: ['2/6', 'forget gate', 'C', '⊙'],
    hides: /\p{Script=Han}/u,
    dims: true,
  },
  {
    name: 'LSTM cell, output stage, Chinese',
    query: 'view=lstm&lang=zh&stage=4',
    ready: '[data-explanation-ready="true"]',
    scope: '.walkthrough-bar',
    drawing: '.cell-diagram svg',
    file: /^gatescope-lstm-output\.(svg|png)$/,
    shows: ['5/6', '输出门', 'LSTM 单步内部'],
    dims: true,
  },
  {
    name: 'LSTM cell at the course size (50×100), Chinese side by side with English',
    query: 'view=lstm&lang=zh&both=1&size=50x100&stage=3',
    ready: '[data-explanation-ready="true"]',
    scope: '.walkthrough-bar',
    drawing: '.cell-diagram svg',
    file: /^gatescope-lstm-update\.(svg|png)$/,
    shows: ['4/6', '新的细胞状态', 'The new cell state'],
    dims: true,
  },
  {
    name: 'GRU cell, reset stage, English',
    query: 'view=gru&lang=en&gstage=1',
    ready: '[data-explanation-ready="true"]',
    scope: '.walkthrough-bar',
    drawing: '.cell-diagram svg',
    file: /^gatescope-gru-reset\.(svg|png)$/,
    shows: ['2/5', 'reset gate'],
    hides: /\p{Script=Han}/u,
    dims: true,
  },
  {
    name: 'sequence timeline, step 3, Chinese',
    query: 'view=sequence&lang=zh&st=3',
    ready: '.timeline-glyph',
    scope: '.timeline-head',
    drawing: '.timeline-frame',
    file: /^gatescope-sequence-(lstm|gru)-t-3\.(svg|png)$/,
    shows: ['沿时间展开', 't = 3', '第 0 层', '隐藏状态'],
    dims: false,
  },
  {
    name: 'LSTM vs GRU memory plot, English side by side with Chinese',
    query: 'view=compare&lang=en&both=1',
    ready: '.pulse-chart path',
    scope: '.pulse-head',
    drawing: '.pulse-figure svg',
    file: /^gatescope-compare-memory\.(svg|png)$/,
    shows: ['LSTM', 'GRU', 't'],
    dims: false,
  },
];

describe('Export figure', () => {
  it.each(CASES)('$name: an SVG that carries its fonts and a PNG at twice its size', async (test) => {
    await withWatched(
      () => openPage(browser, { viewport: { width: 1280, height: 720 } }),
      async (page) => {
        await page.goto(appUrl(`/?${test.query}`));
        await page.locator(test.ready).first().waitFor({ timeout: 20_000 });
        await page.evaluate(() => document.fonts.ready);
        const scope = page.locator(test.scope).first();
        const cssWidth = await page
          .locator(test.drawing)
          .first()
          .evaluate((element) => element.getBoundingClientRect().width);

        const svg = await saveFigure(page, scope, 'SVG');
        expect(svg.name).toMatch(test.file);
        const report = await inspectSvg(page, svg.bytes.toString('utf8'));
        expect(report.parsed).toBe(true);
        for (const shown of test.shows) expect(report.text).toContain(shown);
        if (test.hides) expect(report.text).not.toMatch(test.hides);
        expect(report.faces).toBeGreaterThan(0);
        expect(report.notEmbedded).toBe(0);
        expect(report.uncovered).toEqual([]);
        expect(report.external).toEqual([]);
        if (test.dims) expect(report.dimmed).toBeGreaterThan(0);
        else expect(report.dimmed).toBe(0);
        // The timeline's figure shows every column, where the page may show a window on them.
        if (test.drawing === '.timeline-frame') expect(report.width).toBeGreaterThanOrEqual(Math.floor(cssWidth) - 2);
        else expect(Math.abs(report.width - cssWidth)).toBeLessThanOrEqual(1);

        const png = await saveFigure(page, scope, 'PNG');
        expect(png.name).toMatch(test.file);
        const size = pngSize(png.bytes);
        expect(size.width).toBe(report.width * 2);
        const content = await pngContent(page, png.bytes);
        expect(content.colors).toBeGreaterThan(20);
        expect(content.inked).toBeGreaterThan(0.01);
        expect(content.captionInk).toBeGreaterThan(200);
        // Screen readers hear that the file was saved.
        expect(await scope.getByRole('status').textContent()).toContain(png.name);
      },
    );
  });
});

/** The entries of a stored ZIP, by its central directory. */
function zipEntries(archive: Buffer): { name: string; bytes: Buffer }[] {
  const end = archive.length - 22;
  expect(archive.readUInt32LE(end)).toBe(0x06054b50);
  let at = archive.readUInt32LE(end + 16);
  return Array.from({ length: archive.readUInt16LE(end + 10) }, () => {
    const size = archive.readUInt32LE(at + 24);
    const nameLength = archive.readUInt16LE(at + 28);
    const name = archive.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const local = archive.readUInt32LE(at + 42);
    const start = local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28);
    at += 46 + nameLength;
    return { name, bytes: archive.subarray(start, start + size) };
  });
}

describe('Export figure, frames', () => {
  it('saves the sequence as numbered PNG frames, one per step, then shows the step it showed', async () => {
    await withWatched(
      () => openPage(browser, { viewport: { width: 1280, height: 720 } }),
      async (page) => {
        await page.goto(appUrl('/?view=sequence&lang=en&slen=5&st=2'));
        await page.locator('.timeline-glyph').first().waitFor({ timeout: 20_000 });
        const scope = page.locator('.timeline-head');
        await scope.locator('.figure-export-toggle').click();
        const [download] = await Promise.all([
          page.waitForEvent('download', { timeout: 60_000 }),
          scope.getByRole('button', { name: /numbered PNG frames/ }).click(),
        ]);
        expect(download.suggestedFilename()).toMatch(/^gatescope-sequence-(lstm|gru)-frames\.zip$/);
        const chunks: Buffer[] = [];
        for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
        const frames = zipEntries(Buffer.concat(chunks));
        expect(frames.map((frame) => frame.name.replace(/^gatescope-sequence-(lstm|gru)-/, ''))).toEqual([
          't-0.png',
          't-1.png',
          't-2.png',
          't-3.png',
          't-4.png',
        ]);
        const sizes = frames.map((frame) => pngSize(frame.bytes));
        expect(new Set(sizes.map((size) => `${size.width}×${size.height}`)).size).toBe(1);
        // Each frame marks its own step: no two are the same picture.
        expect(new Set(frames.map((frame) => frame.bytes.toString('base64'))).size).toBe(5);
        for (const frame of frames) expect((await pngContent(page, frame.bytes)).captionInk).toBeGreaterThan(200);
        await page.waitForFunction(() => document.querySelector('.timeline-tick-shown')?.textContent === '2');
      },
    );
  });
});
