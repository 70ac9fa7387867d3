import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createServer, type Plugin } from 'vite';

/** The empty root that the build fills with the first view's HTML. */
const EMPTY_ROOT = '<div id="root"></div>';

/** The module, relative to the project root, that renders the first view to a string. */
const RENDERER = '/src/components/app/renderFirstView.tsx';

/**
 * A Vite build plugin that writes the first view's HTML into the built index.html, so a newcomer's
 * browser paints the course from the HTML alone, before any script has downloaded (Lighthouse's
 * first contentful paint on a slow phone: the HTML and one stylesheet). It renders the app's own
 * components with React's server renderer in a short-lived Vite server in SSR mode, so the HTML is
 * exactly what the app renders on the client for the same state.
 */
export function prerenderFirstView(): Plugin {
  let root = '';
  let outDir = '';
  return {
    name: 'gatescope:prerender-first-view',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
    },
    async writeBundle(_options, bundle) {
      // A build that does not emit the app's page (the e2e model harness) leaves it alone.
      if (!('index.html' in bundle)) return;
      const page = join(outDir, 'index.html');
      const html = await readFile(page, 'utf8');
      if (!html.includes(EMPTY_ROOT)) throw new Error(`index.html has no ${EMPTY_ROOT} to prerender into.`);
      const server = await createServer({
        root,
        configFile: false,
        logLevel: 'error',
        appType: 'custom',
        server: { middlewareMode: true, hmr: false, ws: false },
        optimizeDeps: { noDiscovery: true, include: [] },
      });
      try {
        const { renderFirstView } = (await server.ssrLoadModule(RENDERER)) as { renderFirstView: () => string };
        await writeFile(page, html.replace(EMPTY_ROOT, `<div id="root">${renderFirstView()}</div>`));
      } finally {
        await server.close();
      }
    },
  };
}
