import { existsSync } from 'node:fs';
import type { IndexHtmlTransformContext, IndexHtmlTransformHook } from 'vite';
import { describe, expect, it } from 'vitest';
import { loaderFiles, paintBeforeScripts, scriptsLoadedAfterPaint } from '../../src/cli/build/paintBeforeScripts';
import { LAZY_VIEW_MODULES } from '../../src/cli/build/viewChunks';
import { VIEWS } from '../../src/store/viewStore';

type Bundle = NonNullable<IndexHtmlTransformContext['bundle']>;

const BUILT = `<!doctype html>
<html>
  <head>
    <script type="module" crossorigin src="/assets/index-A.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/react-B.js">
    <link rel="stylesheet" crossorigin href="/assets/index-C.css">
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

/** A view's chunk as the build emits it: the module it stands for, what it imports, its styles. */
function viewChunk(fileName: string, module: string, imports: string[] = [], css: string[] = []) {
  return {
    type: 'chunk',
    fileName,
    facadeModuleId: `/project/${module}`,
    imports,
    code: 'export {};',
    viteMetadata: { importedCss: new Set(css), importedAssets: new Set() },
  };
}

function bundleWith(css: string, chunkCode = 'export {};'): Bundle {
  const views = Object.entries(LAZY_VIEW_MODULES).map(([view, module]) =>
    view === 'gru'
      ? viewChunk(
          'assets/GruExplorer-D.js',
          module,
          ['assets/react-B.js', 'assets/cell-E.js'],
          ['assets/GruExplorer-F.css'],
        )
      : viewChunk(`assets/${view}-G.js`, module),
  );
  const outputs = [
    { type: 'asset', fileName: 'assets/index-C.css', source: css },
    { type: 'chunk', fileName: 'assets/index-A.js', code: chunkCode, imports: ['assets/react-B.js'] },
    { type: 'chunk', fileName: 'assets/react-B.js', code: '', imports: [] },
    viewChunk('assets/cell-E.js', 'src/components/cell/CellExplorer.tsx', [], ['assets/cell-H.css']),
    ...views,
  ];
  return Object.fromEntries(outputs.map((output) => [output.fileName, output])) as unknown as Bundle;
}

function transform(html: string, bundle: Bundle, path = '/index.html'): string {
  const hook = paintBeforeScripts().transformIndexHtml as { handler: IndexHtmlTransformHook };
  return hook.handler.call({} as never, html, { path, filename: path.slice(1), bundle }) as string;
}

describe('the built page paints before its scripts', () => {
  it('inlines the stylesheet and leaves no tag that fetches before the paint', () => {
    const html = transform(BUILT, bundleWith('.learn-view{display:grid}'));
    expect(html).toContain('<style>.learn-view{display:grid}</style>');
    expect(html).not.toMatch(/<link rel="(stylesheet|modulepreload)"|<script type="module"/);
    expect(scriptsLoadedAfterPaint(html)).toEqual(['/assets/index-A.js', '/assets/react-B.js']);
    expect(html.indexOf('first-contentful-paint')).toBeGreaterThan(html.indexOf('<div id="root">'));
    // A browser without paint timing would wait for a report that never comes: it loads at once.
    expect(html).toContain("supportedEntryTypes || []).indexOf('paint') >= 0");
  });

  it('keeps a stylesheet from closing its <style> early', () => {
    const html = transform(BUILT, bundleWith('.a::after{content:"</style><b>x</b>"}'));
    expect(html.match(/<\/style>/g)).toHaveLength(1);
  });

  it('refuses a stylesheet a lazy chunk would link again, or one with a relative url()', () => {
    expect(() => transform(BUILT, bundleWith('.a{}', 'const deps = ["assets/index-C.css"];'))).toThrow(
      /also loads assets\/index-C\.css/,
    );
    expect(() => transform(BUILT, bundleWith('.a{background:url(./x.png)}'))).toThrow(/relative url/);
    expect(() => transform(BUILT, bundleWith('.a{background:url(/assets/x.png)}'))).not.toThrow();
  });

  it('lets a link to a view fetch that view’s chunk, the chunks it imports and their styles, beside the entry', () => {
    const html = transform(BUILT, bundleWith('.a{}'));
    const views = loaderFiles(html)!.views;
    expect(views.gru).toEqual({
      scripts: ['/assets/GruExplorer-D.js', '/assets/cell-E.js'],
      styles: ['/assets/GruExplorer-F.css', '/assets/cell-H.css'],
    });
    expect(Object.keys(views).sort()).toEqual(VIEWS.filter((view) => view !== 'learn').sort());
    expect(html).toContain('Object.prototype.hasOwnProperty.call(files.views, name)');
  });

  it('names every view but the course, each by a module that exists', () => {
    expect(Object.keys(LAZY_VIEW_MODULES).sort()).toEqual(VIEWS.filter((view) => view !== 'learn').sort());
    for (const module of Object.values(LAZY_VIEW_MODULES)) expect(existsSync(module), module).toBe(true);
  });

  it('finds no scripts in a page without the loader, and leaves any page but the app’s alone', () => {
    expect(scriptsLoadedAfterPaint(BUILT)).toEqual([]);
    expect(transform(BUILT, bundleWith('.a{}'), '/tests/e2e/harness/model.html')).toBe(BUILT);
  });
});
