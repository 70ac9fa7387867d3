import katex from 'katex';
import 'katex/dist/katex.min.css';
import { memo, useMemo } from 'react';

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
 * A formula set by KaTeX, in display mode unless it may wrap. The output carries MathML beside the
 * visual HTML, so a screen reader reads the maths rather than a heap of spans. A formula KaTeX
 * cannot parse shows its source in red instead of breaking the page.
 */
export const Formula = memo(function Formula({ tex, className, wrap = false }: FormulaProps) {
  // The source is built by our own code from numbers, never from free text, and KaTeX's `trust`
  // stays off, so its markup is safe to insert.
  const html = useMemo(
    () => katex.renderToString(tex, { displayMode: !wrap, throwOnError: false, output: 'htmlAndMathml' }),
    [tex, wrap],
  );
  // Focusable so that a formula wider than its panel can be scrolled from the keyboard too.
  return (
    <div
      className={['formula', wrap && 'formula-wrap', className].filter(Boolean).join(' ')}
      tabIndex={0}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
});
