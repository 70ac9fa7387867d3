import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ResolvedConfig } from 'vite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { offlineApp } from '../../src/cli/build/offlineApp';
import { precacheManifest, type BuiltFile } from '../../src/cli/build/precacheManifest';

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
  let publicDir = '';
  beforeEach(async () => {
    publicDir = await mkdtemp(join(tmpdir(), 'gatescope-public-'));
    await mkdir(join(publicDir, 'images'));
    await writeFile(join(publicDir, 'images', 'lesson-vanishing.svg'), '<svg/>');
    await writeFile(join(publicDir, 'manifest.webmanifest'), '{}');
  });
  afterEach(() => rm(publicDir, { recursive: true, force: true }));

  /** Runs the plugin on a bundle and returns the files it emitted, by name. */
  async function emitted(bundle: Record<string, unknown>): Promise<Record<string, string>> {
    const plugin = offlineApp() as unknown as {
      configResolved: (config: ResolvedConfig) => void;
      generateBundle: (this: unknown, options: unknown, bundle: unknown) => Promise<void>;
    };
    plugin.configResolved({ publicDir } as ResolvedConfig);
    const files: Record<string, string> = {};
    const context = {
      emitFile: (file: { fileName: string; source: string }) => void (files[file.fileName] = file.source),
    };
    await plugin.generateBundle.call(context, {}, bundle);
    return files;
  }

  it('writes sw.js listing the bundle and the public folder', async () => {
    const files = await emitted({
      'index.html': { type: 'asset', fileName: 'index.html', source: '<html></html>' },
      'assets/index-A.js': { type: 'chunk', fileName: 'assets/index-A.js', code: 'app' },
      'assets/GruExplorer-B.js': { type: 'chunk', fileName: 'assets/GruExplorer-B.js', code: 'view' },
    });
    const paths = /"paths":(\[[^\]]*\])/.exec(files['sw.js'] ?? '')?.[1];
    expect(JSON.parse(paths ?? '[]')).toEqual([
      '/',
      '/assets/GruExplorer-B.js',
      '/assets/index-A.js',
      '/images/lesson-vanishing.svg',
      '/manifest.webmanifest',
    ]);
  });

  it('writes no worker for a build without the app page (the e2e model harness)', async () => {
    const files = await emitted({ 'harness.html': { type: 'asset', fileName: 'harness.html', source: '' } });
    expect(files).toEqual({});
  });
});
