/**
 * KaTeX on demand: `loadFormulas` fetches it (and its stylesheet) once, the first time a formula
 * is shown or when `prefetchFormulas` is called while the page is idle; afterwards `typeset` is
 * synchronous. Typeset formulas are remembered by their source, so a slider dragged back and forth
 * over the same values does not set them again.
 */

import { WARM_UP_IDLE_MS, WARM_UP_RUNS } from '../../store/warmUp';
import { whenIdleFor } from './afterFirstPaint';
import { morphMarkup } from './morphMarkup';

type Katex = typeof import('katex').default;

let katex: Katex | undefined;
let loading: Promise<void> | undefined;
let failed = false;
const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

/**
 * Fetches KaTeX and its stylesheet: one shared request, whoever asks first. If it fails (the
 * network dropped), the formulas show their source and a later call tries again.
 */
export function loadFormulas(): Promise<void> {
  loading ??= import('./katexBundle').then(
    (module) => {
      katex = module.default;
      failed = false;
      notify();
    },
    (error: unknown) => {
      loading = undefined;
      failed = true;
      notify();
      throw error;
    },
  );
  return loading;
}

/** Starts fetching KaTeX without waiting for it, e.g. when the page is idle; never throws. */
export function prefetchFormulas(): void {
  loadFormulas().catch(() => {
    // The formulas shown meanwhile keep their source; the next formula shown asks again.
  });
}

/** `'ready'` once KaTeX is here; `'failed'` if the last attempt to fetch it failed. */
export type FormulaStatus = 'loading' | 'ready' | 'failed';

export function formulaStatus(): FormulaStatus {
  return katex ? 'ready' : failed ? 'failed' : 'loading';
}

/** Calls `listener` when {@link formulaStatus} changes; returns the unsubscribe. */
export function subscribeFormulaStatus(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Formulas typeset lately, oldest first (a Map keeps insertion order): a small LRU cache. */
const typesetCache = new Map<string, string>();
const CACHE_SIZE = 300;

/**
 * KaTeX's HTML (with MathML beside it for screen readers) for `tex`: in display mode unless it may
 * wrap, when it is set inline so that it breaks after = and + signs. A formula KaTeX cannot parse
 * comes back as its source in red. Only once {@link formulaStatus} is `'ready'`.
 */
export function typeset(tex: string, wrap: boolean): string {
  if (!katex) throw new Error('typeset before loadFormulas resolved');
  const key = `${wrap ? 'inline' : 'display'}:${tex}`;
  let html = typesetCache.get(key);
  if (html === undefined) {
    // The source is built by our own code from numbers, never from free text, and KaTeX's `trust`
    // stays off, so its markup is safe to insert.
    html = katex.renderToString(tex, renderOptions(wrap));
    if (typesetCache.size >= CACHE_SIZE) typesetCache.delete(typesetCache.keys().next().value!);
  } else {
    typesetCache.delete(key);
  }
  typesetCache.set(key, html);
  return html;
}

function renderOptions(wrap: boolean) {
  return { displayMode: !wrap, throwOnError: false, output: 'htmlAndMathml' } as const;
}

/** Sources already warmed up, and the most a page warms: a view shows a handful of formulas. */
const warmed = new Set<string>();
const WARM_UP_LIMIT = 24;

/**
 * Once per source, when the page is idle: sets `tex` again with its digits changed and morphs a
 * detached copy of its markup into each result, dropping them all. A drag changes a formula's
 * numbers; this runs the same code (KaTeX's parser and builder, the morph) before the first drag,
 * so that V8 has compiled it by then. Does nothing before KaTeX has loaded.
 */
export function warmUpTypesetting(tex: string, wrap: boolean): void {
  if (!katex || warmed.size >= WARM_UP_LIMIT || warmed.has(tex)) return;
  warmed.add(tex);
  const loaded = katex;
  whenIdleFor(WARM_UP_IDLE_MS, () => {
    const box = document.createElement('div');
    box.innerHTML = typeset(tex, wrap);
    for (let run = 1; run <= WARM_UP_RUNS; run++) {
      const other = tex.replace(/\d/g, (digit) => String((Number(digit) + run) % 10));
      morphMarkup(box, loaded.renderToString(other, renderOptions(wrap)));
    }
  });
}
