import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';

const root = fileURLToPath(new URL('../../..', import.meta.url));

/** A production build served on its own loopback port, which can be replaced by a new build in place. */
export interface RebuiltBuild {
  url: string;
  /**
   * Builds again into the served folder, with a copy of public/ that `edit` may change first (to
   * make the new build differ from the old the way a new release would), and serves that.
   */
  rebuild: (edit: (publicDir: string) => Promise<void>) => Promise<void>;
  close: () => Promise<void>;
}

/**
 * Builds the app and serves it (vite preview reads files from disk on each request, so a rebuild
 * into the same folder is what the next request gets): the same origin serving a first release,
 * then a second, as a school's server would.
 */
export async function serveRebuildableBuild(): Promise<RebuiltBuild> {
  const work = await mkdtemp(join(tmpdir(), 'gatescope-rebuilt-'));
  const outDir = join(work, 'dist');
  const shared = { root, logLevel: 'warn', build: { outDir, emptyOutDir: true } } as const;
  const production = async (run: () => Promise<unknown>) => {
    // As in src/cli/browser/serveBuild.ts: Vitest's NODE_ENV=test would bundle React's development build.
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await run();
    } finally {
      if (nodeEnv === undefined) delete process.env.NODE_ENV;
      else process.env.NODE_ENV = nodeEnv;
    }
  };
  try {
    await production(() => build(shared));
    const server = await preview({ ...shared, preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false } });
    const url = server.resolvedUrls?.local[0];
    if (!url) throw new Error('vite preview started but reported no local URL.');
    return {
      url,
      rebuild: async (edit) => {
        const publicDir = join(work, `public-${Date.now()}`);
        await cp(join(root, 'public'), publicDir, { recursive: true });
        await edit(publicDir);
        await production(() => build({ ...shared, publicDir }));
      },
      close: async () => {
        await server.close();
        await rm(work, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(work, { recursive: true, force: true });
    throw error;
  }
}
