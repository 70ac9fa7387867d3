import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';

const root = fileURLToPath(new URL('../../..', import.meta.url));

/** A production build served on loopback, and how to stop serving and delete it. */
export interface ServedBuild {
  url: string;
  close: () => Promise<void>;
}

/** Path of the test-only page that runs src/model in the browser, inside the served build. */
export const MODEL_HARNESS_PATH = '/tests/e2e/harness/model.html';

/**
 * Builds the app with the project's vite.config.ts into a temporary folder (so `dist/` of a
 * running `npm start` is left alone) and serves it with `vite preview` on a free loopback port.
 * With `withModelHarness`, a second build adds the test-only model harness beside it, so the
 * app's own bundle stays exactly what users get.
 */
export async function serveProductionBuild(options: { withModelHarness?: boolean } = {}): Promise<ServedBuild> {
  const outDir = await mkdtemp(join(tmpdir(), 'gatescope-e2e-'));
  const shared = { root, logLevel: 'warn', build: { outDir, emptyOutDir: true } } as const;
  // Vitest runs with NODE_ENV=test, and Vite bundles whatever NODE_ENV says: React's development
  // build, twice the size and slower. What users get is the production build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build(shared);
    if (options.withModelHarness) {
      await build({
        ...shared,
        build: { outDir, emptyOutDir: false, rollupOptions: { input: join(root, MODEL_HARNESS_PATH) } },
      });
    }
    const server = await preview({ ...shared, preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false } });
    const url = server.resolvedUrls?.local[0];
    if (!url) throw new Error('vite preview started but reported no local URL.');
    return {
      url,
      close: async () => {
        await server.close();
        await rm(outDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(outDir, { recursive: true, force: true });
    throw error;
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}
