import { memo, useEffect, useLayoutEffect, useMemo, useRef, useSyncExternalStore, type CSSProperties } from 'react';
import {
  formulaStatus,
  loadFormulas,
  subscribeFormulaStatus,
  typeset,
  warmUpTypesetting,
} from './typesetFormula';
import { morphMarkup } from './morphMarkup';
import { useHeightHeldFromContent } from './useHeightHeldFromContent';
import './Formula.css';

interface FormulaProps {
  /** KaTeX source, e.g. `f_t = \sigma(W_f [h_{t-1}, x_t] + b_f)`. */
  tex: string;
  className?: string;
  /**
   * Lets a long formula wrap after its = and + signs onto more lines instead of running past its
   * panel: KaTeX breaks lines only outside display mode, so it is set inline (the same look for
   * formulas without big operators). Matrices and braces cannot break: those still scroll.
   */
  wrap?: boolean;
}

/**
 * About how many rows of text a formula is tall, for its placeholder: one, and one more for each
 * row a matrix or an aligned block adds (`\\`); a brace with its label under it takes about three,
 * a fraction about one.
 */
function rowsOf(tex: string): number {
  return 1 + (tex.match(/\\\\/g)?.length ?? 0) + (/\\underbrace/.test(tex) ? 3 : 0) + (/\\d?frac/.test(tex) ? 1 : 0);
}

/**
 * A formula set by KaTeX, in display mode unless it may wrap. The output carries MathML beside the
 * visual HTML, so a screen reader reads the maths rather than a heap of spans. A formula KaTeX
 * cannot parse shows its source in red instead of breaking the page.
 *
 * KaTeX loads the first time a formula is shown (typesetFormula.ts); until then the formula's
 * lines are held empty, as tall as KaTeX will set them, so nothing below jumps when it arrives.
 * Once loaded, a formula whose numbers change keeps its elements and gets new text (morphMarkup),
 * and its box holds its height (useHeightHeldFromContent): a drag re-lays out a few words, not the
 * whole formula, let alone the page around it.
 *
 * The box sits in a block of its own: Chromium never lays a grid or flex item out alone, and a
 * formula is often one (a stage's formulas are a grid).
 */
export const Formula = memo(function Formula({ tex, className, wrap = false }: FormulaProps) {
  // Before hydration (and on the server) always the placeholder, so prerendered HTML matches.
  const status = useSyncExternalStore(subscribeFormulaStatus, formulaStatus, () => 'loading' as const);
  useEffect(() => {
    if (status !== 'ready') loadFormulas().catch(() => {});
  }, [status]);
  const html = useMemo(() => (status === 'ready' ? typeset(tex, wrap) : undefined), [status, tex, wrap]);
  const box = useRef<HTMLDivElement>(null);
  const body = useRef<HTMLDivElement>(null);
  // The first source this formula shows warms KaTeX up for the numbers a drag will give it.
  const warmed = useRef(false);
  useEffect(() => {
    if (html === undefined || warmed.current) return;
    warmed.current = true;
    warmUpTypesetting(tex, wrap);
  }, [html, tex, wrap]);
  useLayoutEffect(() => {
    if (html === undefined || !body.current) return;
    morphMarkup(body.current, html);
  }, [html]);
  useHeightHeldFromContent(box, body, html !== undefined);

  const classes = ['formula', wrap && 'formula-wrap', className];
  if (html === undefined) {
    const line = (
      <span className="katex formula-pending-line" style={{ '--formula-rows': rowsOf(tex) } as CSSProperties}>
        {'\u00a0'}
      </span>
    );
    return (
      <div className="formula-slot">
        <div
          key="pending"
          className={[...classes, 'formula-pending'].filter(Boolean).join(' ')}
          aria-busy={status === 'loading'}
        >
          {/* Without KaTeX (its download failed) the source is the best there is. */}
          {status === 'failed' ? (
            <code className="formula-source">{tex}</code>
          ) : wrap ? (
            line
          ) : (
            <span className="katex-display">{line}</span>
          )}
        </div>
      </div>
    );
  }
  // Focusable so that a formula wider than its panel can be scrolled from the keyboard too. React
  // renders no children in its body: the layout effect above keeps KaTeX's markup there.
  return (
    <div className="formula-slot">
      <div key="typeset" ref={box} className={classes.filter(Boolean).join(' ')} tabIndex={0}>
        <div ref={body} className="formula-body" />
      </div>
    </div>
  );
});
