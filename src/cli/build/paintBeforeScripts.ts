import type { IndexHtmlTransformContext, Plugin } from 'vite';
import { lazyViewFiles, type ViewFiles } from './viewChunks.ts';

type Bundle = NonNullable<IndexHtmlTransformContext['bundle']>;

/** A stylesheet link as Vite writes it into the built index.html. */
const STYLESHEET_LINK = /<link rel="stylesheet"(?: crossorigin)? href="\/([^"]+\.css)">/g;
/** The entry script and its module preloads as Vite writes them. */
const ENTRY_SCRIPT = /<script type="module"(?: crossorigin)? src="(\/[^"]+\.js)"><\/script>/g;
const MODULE_PRELOAD = /<link rel="modulepreload"(?: crossorigin)? href="(\/[^"]+\.js)">/g;

/**
 * Requests the app's scripts once the page has painted: at once when there is nothing to paint
 * first (the prerendered course was removed for this reader, see index.html), else when the
 * browser reports the first contentful paint, so they neither share a slow network with nor hold
 * up the paint. A hidden tab paints nothing, and a browser without paint timing (PerformanceObserver
 * not listing 'paint') says nothing, so those load at once; and none waits more than 3 s. A link
 * to a view (`?view=gru`) also fetches that view's scripts and styles beside the entry, not a
 * round trip after it has run.
 */
function scriptLoader(entry: string, preloads: string[], views: Record<string, ViewFiles>): string {
  const files = JSON.stringify({ entry, preloads, views }).replace(/</g, '\\u003c');
  return `<script>
      // The build put this here in place of the entry's module script tag (src/cli/build/paintBeforeScripts.ts).
      (function (files) {
        var started = false;
        function add(rel, href, as) {
          var link = document.createElement('link');
          link.rel = rel;
          link.crossOrigin = '';
          if (as) link.as = as;
          link.href = href;
          document.head.appendChild(link);
        }
        function load() {
          if (started) return;
          started = true;
          var name = new URLSearchParams(location.search).get('view');
          var view = Object.prototype.hasOwnProperty.call(files.views, name) ? files.views[name] : null;
          var scripts = files.preloads.concat(view ? view.scripts : []);
          scripts.forEach(function (href) {
            add('modulepreload', href);
          });
          if (view)
            view.styles.forEach(function (href) {
              add('preload', href, 'style');
            });
          var script = document.createElement('script');
          script.type = 'module';
          script.crossOrigin = '';
          script.src = files.entry;
          document.head.appendChild(script);
        }
        var root = document.getElementById('root');
        var painted = root !== null && root.childElementCount > 0;
        var timing = window.PerformanceObserver;
        var paintTiming = timing && (timing.supportedEntryTypes || []).indexOf('paint') >= 0;
        if (!painted || document.visibilityState !== 'visible' || !paintTiming) return load();
        try {
          new PerformanceObserver(function (list, observer) {
            if (!list.getEntriesByName('first-contentful-paint').length) return;
            observer.disconnect();
            load();
          }).observe({ type: 'paint', buffered: true });
        } catch (error) {
          return load();
        }
        document.addEventListener('visibilitychange', load, { once: true });
        setTimeout(load, 3000);
      })(${files});
    </script>`;
}

/** Where the loader's call ends: its argument is the JSON of the files it requests. */
const LOADER_FILES = /\}\)\((\{"entry":.*?\})\);/;

/** What the loader of a built index.html requests: the entry, its preloads, and each view's files. */
export interface LoaderFiles {
  entry: string;
  preloads: string[];
  views: Record<string, ViewFiles>;
}

/** The files a built index.html's {@link scriptLoader} requests; undefined for a page without it. */
export function loaderFiles(html: string): LoaderFiles | undefined {
  const json = LOADER_FILES.exec(html)?.[1];
  return json === undefined ? undefined : (JSON.parse(json) as LoaderFiles);
}

/**
 * The scripts a built index.html requests after its first paint through {@link scriptLoader}:
 * the entry, then its module preloads; none for a page without the loader.
 */
export function scriptsLoadedAfterPaint(html: string): string[] {
  const files = loaderFiles(html);
  return files ? [files.entry, ...files.preloads] : [];
}

/** The text of a stylesheet the bundle emitted, ready to sit in a <style> element. */
function inlineableCss(bundle: Bundle, fileName: string): string {
  const asset = bundle[fileName];
  if (!asset || asset.type !== 'asset') throw new Error(`index.html links ${fileName}, which the build did not emit.`);
  const css = typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
  // A relative url() would resolve against the page instead of the stylesheet once inlined.
  const relative = /url\(\s*['"]?(?![a-z]+:|\/|#)/i.exec(css);
  if (relative) throw new Error(`${fileName} has a relative url(), which would break once inlined into index.html.`);
  // A lazy chunk that lists the stylesheet among its dependencies would link it again (Vite looks
  // for a <link> to it), and a second copy later in the cascade would win ties it used to lose.
  for (const chunk of Object.values(bundle))
    if (chunk.type === 'chunk' && chunk.code.includes(fileName))
      throw new Error(
        `${chunk.fileName} also loads ${fileName}, so it cannot be inlined into index.html: import its styles from the entry only.`,
      );
  return css.replace(/<\/style/gi, '<\\/style');
}

/**
 * A Vite build plugin that lets the browser paint the first view from the HTML alone (issue 15):
 * the entry's stylesheets are inlined into index.html, so the paint waits for no other request,
 * and the scripts are requested by a small loader after the first paint instead of by tags in the
 * head. With the prerendered course (prerenderFirstView.ts) a newcomer's phone paints after one
 * HTML response; the scripts follow once the browser reports that paint.
 */
export function paintBeforeScripts(): Plugin {
  return {
    name: 'gatescope:paint-before-scripts',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const bundle = context.bundle;
        // Only the app's page: a test harness page beside it keeps its own tags.
        if (!bundle || context.path !== '/index.html') return html;
        const entries = [...html.matchAll(ENTRY_SCRIPT)].map((match) => match[1]!);
        if (entries.length !== 1) throw new Error(`index.html has ${entries.length} entry scripts; expected one.`);
        const preloads = [...html.matchAll(MODULE_PRELOAD)].map((match) => match[1]!);
        const views = lazyViewFiles(bundle, new Set([entries[0]!, ...preloads]));
        return (
          html
            .replace(STYLESHEET_LINK, (_link, fileName: string) => `<style>${inlineableCss(bundle, fileName)}</style>`)
            .replace(ENTRY_SCRIPT, '')
            .replace(MODULE_PRELOAD, '')
            // A function, so no `$` in a file name is read as a replacement pattern.
            .replace('</body>', () => `  ${scriptLoader(entries[0]!, preloads, views)}\n  </body>`)
        );
      },
    },
  };
}
