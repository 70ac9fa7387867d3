// How the formulas write numbers, shared by the LSTM and GRU walkthroughs. Every value shown as a
// result is read from the model's explanation; these only format it.

/** [h, x] is written out number by number up to this length; longer vectors only by their size. */
export const MAX_LISTED_VALUES = 8;

/** The weighted sum of a gate is expanded term by term up to this many inputs (H + I). */
export const MAX_EXPANDED_INPUTS = 6;

/**
 * A number as the formulas show it: three decimals, a plain `-` (KaTeX sets it as a minus sign),
 * and no "-0.000" for tiny negatives.
 */
export function formatNumber(value: number): string {
  if (Number.isNaN(value)) return String.raw`\mathrm{NaN}`;
  if (!Number.isFinite(value)) return value > 0 ? String.raw`\infty` : String.raw`-\infty`;
  const text = value.toFixed(3);
  return text === '-0.000' ? '0.000' : text;
}

/**
 * What a formula shows for a number the model has not computed yet: a quiet "…", never a number,
 * in about the room of "0.000" (spaces, so a screen reader hears no digits), so the formula wraps
 * as it will with its numbers and nothing moves when they arrive.
 */
export const PENDING_NUMBER = String.raw`\hspace{0.5em}\textcolor{#4b5a68}{\ldots}\hspace{0.5em}`;

/**
 * A formula of a pending explanation (every computed value NaN, the model layer still loading)
 * with {@link PENDING_NUMBER} where those values go; its inputs and weights are real and stay. A
 * computed explanation never holds NaN (its inputs and weights are clamped), so a formula of one
 * keeps every `\mathrm{NaN}` it has.
 */
export function withPendingNumbers(tex: string): string {
  return tex.replaceAll(formatNumber(Number.NaN), PENDING_NUMBER);
}

/** A number as a factor of a product: negatives in parentheses, so `0.5 \times (-1.000)`. */
export function factor(value: number): string {
  const text = formatNumber(value);
  return text.startsWith('-') ? `(${text})` : text;
}

/** A number as a later term of a sum: `+ 0.254` or `- 0.254`. */
export function term(value: number): string {
  const text = formatNumber(value);
  return text.startsWith('-') ? `- ${text.slice(1)}` : `+ ${text}`;
}

/** `values[index]`, or a RangeError naming `what`: a wrong unit is a bug, never a silent undefined. */
export function valueAt(values: ArrayLike<number>, index: number, what: string): number {
  const value = values[index];
  if (value === undefined) throw new RangeError(`internal: ${what} has no index ${index}`);
  return value;
}

/** Values separated by commas, each as {@link formatNumber} writes it. */
export function listed(values: ArrayLike<number>): string {
  return Array.from(values, formatNumber).join(', ');
}

/**
 * A weighted sum written out term by term, weight times input, three terms to a line:
 * `lhs = 0.120 \times 0.100 - 0.250 \times (-0.300) … + 0.050 = 0.730`. `total` is the model's own
 * sum, not recomputed. Undefined for more than {@link MAX_EXPANDED_INPUTS} inputs: the sum would
 * not fit on a screen.
 */
export function expandedSum(
  lhs: string,
  weights: ArrayLike<number>,
  inputs: ArrayLike<number>,
  bias: number,
  total: number,
): string | undefined {
  if (weights.length !== inputs.length) {
    throw new RangeError(`internal: ${weights.length} weights for ${inputs.length} inputs`);
  }
  if (inputs.length > MAX_EXPANDED_INPUTS) return undefined;
  const products = Array.from(inputs, (input, column) => {
    const weight = valueAt(weights, column, 'weights');
    return String.raw`${column === 0 ? formatNumber(weight) : term(weight)} \times ${factor(input)}`;
  });
  const terms = [...products, term(bias)];
  const lines: string[] = [];
  for (let first = 0; first < terms.length; first += 3) lines.push(terms.slice(first, first + 3).join(' '));
  const [firstLine, ...rest] = lines;
  return [
    String.raw`\begin{aligned}`,
    String.raw`${lhs} &= ${firstLine} \\`,
    ...rest.map((line) => String.raw`&\quad ${line} \\`),
    String.raw`&= ${formatNumber(total)}`,
    String.raw`\end{aligned}`,
  ].join('\n');
}
