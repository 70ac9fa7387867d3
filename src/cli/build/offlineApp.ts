import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { offlineWorkerSource } from './offlineWorker.ts';
import { precacheManifest, type BuiltFile } from './precacheManifest.ts';

/** Where the worker is written, at the root of the build so its scope is the whole app. */
export const OFFLINE_WORKER_FILE = 'sw.js';

/** Every file under `folder`, by its path relative to it, with its bytes; none for a missing folder. */
async function filesUnder(folder: string): Promise<BuiltFile[]> {
  let entries;
  try {
    entries = await readdir(folder, { recursive: true, withFileTypes: true });
  } catch {
    return [];
  }
  const files = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
  return Promise.all(files.map(async (file) => ({ path: relative(folder, file), source: await readFile(file) })));
}

/**
 * A Vite build plugin that makes the built app work offline after one visit (issue 16): it lists
 * what the bundle emitted (the page, every chunk, stylesheets, the WASM binaries, KaTeX's fonts)
 * and the public folder holds (lesson figures, icons, the web app manifest), and writes sw.js, the
 * service worker that caches exactly those (offlineWorker.ts). The list comes from the real
 * bundle, so a new chunk or figure is cached without anyone keeping a list. The page registers the
 * worker once it has loaded (src/store/offline/connectOfflineWorker.ts).
 */
export function offlineApp(): Plugin {
  let outDir = '';
  let publicDir = '';
  /** The files this build wrote, when it wrote the app's page; the e2e model harness build gets no worker. */
  let written: string[] | undefined;
  return {
    name: 'gatescope:offline-app',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      publicDir = config.publicDir;
    },
    writeBundle(_options, bundle) {
      written = 'index.html' in bundle ? Object.keys(bundle) : undefined;
    },
    // After every plugin's writeBundle: the version must hash index.html as prerenderFirstView
    // leaves it, and writeBundle hooks run in parallel.
    async closeBundle(error) {
      if (error || !written) return;
      const built = await Promise.all(
        written.map(async (path) => ({ path, source: await readFile(join(outDir, path)) })),
      );
      const manifest = precacheManifest([...built, ...(publicDir ? await filesUnder(publicDir) : [])]);
      await writeFile(join(outDir, OFFLINE_WORKER_FILE), offlineWorkerSource(manifest));
    },
  };
}
