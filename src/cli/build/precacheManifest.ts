import { createHash } from 'node:crypto';

/** One file the offline worker keeps: its path on the server and its bytes. */
export interface BuiltFile {
  path: string;
  source: string | Uint8Array;
}

/** What the offline worker caches at install, under a name that changes with any of its bytes. */
export interface PrecacheManifest {
  /** Content hash of every listed file, its path and bytes: a new build with any change gets a new one. */
  version: string;
  /** Server paths cached at install, sorted; the page itself is `/`. */
  paths: string[];
  /**
   * Server paths cached the first time the page asks for them, sorted: the figure export's font
   * slices (7.9 MB in 200-odd files, of which one figure needs a few), so a first visit on a school
   * network downloads only what the app needs, and a figure exported once can be exported offline.
   */
  onDemand: string[];
}

/** The figure export's font slices (@fontsource's Noto Sans and Noto Sans SC). */
const FETCHED_ON_DEMAND = /^\/assets\/noto-sans-/;

/**
 * Files the browser never asks for: KaTeX's CSS lists .woff and .ttf after .woff2 for browsers
 * without WOFF2, and every browser with service workers reads WOFF2. Source maps are for devtools.
 * The worker itself is fetched by the browser's own update check, never from its cache.
 */
const NEVER_REQUESTED = /\.(woff|ttf|map)$|^\/sw\.js$/;

/** A bundle's file name or a public file's path as the page requests it: the page is `/`. */
export function servedPath(fileName: string): string {
  const path = `/${fileName.replace(/^\/+/, '').replace(/\\/g, '/')}`;
  return path === '/index.html' ? '/' : path;
}

/**
 * The precache manifest of a build: every file of the bundle (the page, the entry, every lazy
 * chunk, stylesheets, the WASM binaries, the fonts) and of the public folder (lesson figures,
 * icons, the web app manifest), except those the browser never requests; the figure fonts are
 * listed apart, to be cached on first use. `version` hashes each
 * path with its bytes, so a lesson figure edited in place (its name has no hash) still makes a new
 * version. Throws on two files for one path, which would make the version ambiguous.
 */
export function precacheManifest(files: readonly BuiltFile[]): PrecacheManifest {
  const byPath = new Map<string, BuiltFile>();
  for (const file of files) {
    const path = servedPath(file.path);
    if (NEVER_REQUESTED.test(path)) continue;
    if (byPath.has(path)) throw new Error(`Two built files are served at ${path}.`);
    byPath.set(path, file);
  }
  const every = [...byPath.keys()].sort();
  const hash = createHash('sha256');
  for (const path of every) {
    const digest = createHash('sha256').update(byPath.get(path)!.source).digest('hex');
    hash.update(`${path}\0${digest}\n`);
  }
  return {
    version: hash.digest('hex').slice(0, 16),
    paths: every.filter((path) => !FETCHED_ON_DEMAND.test(path)),
    onDemand: every.filter((path) => FETCHED_ON_DEMAND.test(path)),
  };
}
