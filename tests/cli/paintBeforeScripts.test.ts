import type { IndexHtmlTransformContext, IndexHtmlTransformHook } from 'vite';
import { describe, expect, it } from 'vitest';
import { paintBeforeScripts, scriptsLoadedAfterPaint } from '../../src/cli/build/paintBeforeScripts';

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

function bundleWith(css: string, chunkCode = 'export {};'): Bundle {
  return {
    'assets/index-C.css': { type: 'asset', fileName: 'assets/index-C.css', source: css },
    'assets/index-A.js': { type: 'chunk', fileName: 'assets/index-A.js', code: chunkCode },
  } as unknown as Bundle;
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

  it('finds no scripts in a page without the loader, and leaves any page but the app’s alone', () => {
    expect(scriptsLoadedAfterPaint(BUILT)).toEqual([]);
    expect(transform(BUILT, bundleWith('.a{}'), '/tests/e2e/harness/model.html')).toBe(BUILT);
  });
});
