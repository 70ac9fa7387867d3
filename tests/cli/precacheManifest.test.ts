import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ResolvedConfig } from 'vite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OFFLINE_WORKER_FILE, offlineApp } from '../../src/cli/build/offlineApp';
import { precacheManifest, type BuiltFile, type PrecacheManifest } from '../../src/cli/build/precacheManifest';
import { OFFLINE_WORKER_URL } from '../../src/store/offline/connectOfflineWorker';

const BUILD: BuiltFile[] = [
  { path: 'index.html', source: '<html></html>' },
  { path: 'assets/index-A.js', source: 'app' },
  { path: 'assets/LstmExplorer-B.js', source: 'lazy view' },
  { path: 'assets/LstmExplorer-C.css', source: '.a{}' },
  { path: 'assets/tfjs-backend-wasm-simd-D.wasm', source: new Uint8Array([0, 97, 115, 109]) },
  { path: 'assets/KaTeX_Main-Regular-E.woff2', source: new Uint8Array([1]) },
  { path: 'assets/KaTeX_Main-Regular-F.woff', source: new Uint8Array([2]) },
  { path: 'assets/KaTeX_Main-Regular-G.ttf', source: new Uint8Array([3]) },
  { path: 'assets/index-A.js.map', source: '{}' },
  { path: 'images/lesson-sigmoid.svg', source: '<svg/>' },
];

describe('the precache manifest', () => {
  it('lists the page as /, every chunk, stylesheet, WASM binary, WOFF2 font and figure, sorted', () => {
    expect(precacheManifest(BUILD).paths).toEqual([
      '/',
      '/assets/KaTeX_Main-Regular-E.woff2',
      '/assets/LstmExplorer-B.js',
      '/assets/LstmExplorer-C.css',
      '/assets/index-A.js',
      '/assets/tfjs-backend-wasm-simd-D.wasm',
      '/images/lesson-sigmoid.svg',
    ]);
  });

  it('lists the figure fonts apart, to be fetched when a figure is exported, and versions them too', () => {
    const font = { path: 'assets/noto-sans-sc-12-400-normal-X.woff2', source: 'glyphs' };
    const manifest = precacheManifest([...BUILD, font]);
    expect(manifest.paths).not.toContain('/assets/noto-sans-sc-12-400-normal-X.woff2');
    expect(manifest.onDemand).toEqual(['/assets/noto-sans-sc-12-400-normal-X.woff2']);
    expect(precacheManifest([...BUILD, { ...font, source: 'other glyphs' }]).version).not.toBe(manifest.version);
  });

  it('keeps its version for the same build, whatever order the files come in', () => {
    expect(precacheManifest([...BUILD].reverse()).version).toBe(precacheManifest(BUILD).version);
    expect(precacheManifest(BUILD).version).toMatch(/^[0-9a-f]{16}$/);
  });

  it('gets a new version when a figure is edited in place, or a file added', () => {
    const edited = BUILD.map((file) =>
      file.path === 'images/lesson-sigmoid.svg' ? { ...file, source: '<svg><path/></svg>' } : file,
    );
    const before = precacheManifest(BUILD).version;
    expect(precacheManifest(edited).version).not.toBe(before);
    expect(precacheManifest([...BUILD, { path: 'images/icon-192.png', source: 'png' }]).version).not.toBe(before);
    // A file the browser never asks for changes nothing a reader could get.
    expect(precacheManifest([...BUILD, { path: 'assets/x.js.map', source: '{}' }]).version).toBe(before);
  });

  it('refuses two files at one path', () => {
    expect(() => precacheManifest([...BUILD, { path: '/images/lesson-sigmoid.svg', source: 'x' }])).toThrow(
      /Two built files are served at \/images\/lesson-sigmoid\.svg/,
    );
  });
});

describe('the offline build plugin', () => {
  let root = '';
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'gatescope-offline-'));
    await mkdir(join(root, 'public', 'images'), { recursive: true });
    await writeFile(join(root, 'public', 'images', 'lesson-vanishing.svg'), '<svg/>');
    await writeFile(join(root, 'public', 'manifest.webmanifest'), '{}');
    await mkdir(join(root, 'dist', 'assets'), { recursive: true });
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  /** Writes `files` as a build would, runs the plugin on them, and returns the sw.js it wrote, if any. */
  async function workerFor(files: Record<string, string>): Promise<string | undefined> {
    const plugin = offlineApp() as unknown as {
      configResolved: (config: ResolvedConfig) => void;
      writeBundle: (options: unknown, bundle: Record<string, unknown>) => void;
      closeBundle: (error?: Error) => Promise<void>;
    };
    plugin.configResolved({ root, publicDir: join(root, 'public'), build: { outDir: 'dist' } } as ResolvedConfig);
    for (const [path, source] of Object.entries(files)) await writeFile(join(root, 'dist', path), source);
    plugin.writeBundle({}, Object.fromEntries(Object.keys(files).map((path) => [path, { fileName: path }])));
    // The page as the prerender leaves it, after the bundle was written.
    if ('index.html' in files) await writeFile(join(root, 'dist', 'index.html'), '<html>prerendered</html>');
    await plugin.closeBundle();
    return readFile(join(root, 'dist', OFFLINE_WORKER_FILE), 'utf8').catch(() => undefined);
  }

  it('writes sw.js, where the page registers it, listing the bundle and the public folder', async () => {
    const worker = await workerFor({
      'index.html': '<html></html>',
      'assets/index-A.js': 'app',
      'assets/GruExplorer-B.js': 'view',
    });
    expect(`/${OFFLINE_WORKER_FILE}`).toBe(OFFLINE_WORKER_URL);
    const manifest = JSON.parse(/\((self), (\{.*?\}), "/.exec(worker ?? '')?.[2] ?? '{}') as PrecacheManifest;
    expect(manifest.paths).toEqual([
      '/',
      '/assets/GruExplorer-B.js',
      '/assets/index-A.js',
      '/images/lesson-vanishing.svg',
      '/manifest.webmanifest',
    ]);
    // The version is that of the files as served, the prerendered page included.
    const served = precacheManifest([
      { path: 'index.html', source: '<html>prerendered</html>' },
      { path: 'assets/index-A.js', source: 'app' },
      { path: 'assets/GruExplorer-B.js', source: 'view' },
      { path: 'images/lesson-vanishing.svg', source: '<svg/>' },
      { path: 'manifest.webmanifest', source: '{}' },
    ]);
    expect(manifest.version).toBe(served.version);
  });

  it('writes no worker for a build without the app page (the e2e model harness)', async () => {
    expect(await workerFor({ 'harness.html': '' })).toBeUndefined();
  });
});
