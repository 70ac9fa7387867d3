import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';
import { offlineWorkerSource } from './offlineWorker.ts';
import { precacheManifest, type BuiltFile } from './precacheManifest.ts';

/** Every file under `folder`, by its path relative to it, with its bytes. */
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
  let publicDir = '';
  return {
    name: 'gatescope:offline-app',
    apply: 'build',
    // After Vite's own plugins have emitted index.html and finished each chunk's code.
    enforce: 'post',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    async generateBundle(_options, bundle) {
      // A build that does not emit the app's page (the e2e model harness) gets no worker.
      if (!('index.html' in bundle)) return;
      const built = Object.values(bundle).map((output) => ({
        path: output.fileName,
        source: output.type === 'chunk' ? output.code : output.source,
      }));
      const manifest = precacheManifest([...built, ...(publicDir ? await filesUnder(publicDir) : [])]);
      this.emitFile({ type: 'asset', fileName: 'sw.js', source: offlineWorkerSource(manifest) });
    },
  };
}
