import type { Bilingual } from '../content/bilingual';

// The code boxes' lines, as data, shared by the views that show PyTorch code (the sequence view's
// network, the shapes view's module): Python lines and comments written once per language shown.

/** One line of a code box: Python, or a comment written once per language shown. */
export type SnippetLine =
  | { code: string }
  /** `text` with its `{placeholders}` filled from `values` (fillText), after `# `. */
  | { comment: Bilingual; values: Readonly<Record<string, string | number | Bilingual>> };

/**
 * A number as a Python literal: `4`, `-0.5`, `4.1`. Rounded to 12 significant digits, so a sum
 * such as 4 + 0.1 does not print its binary tail; float32 cannot tell the difference anyway.
 */
export function pythonNumber(value: number): string {
  return String(Number(value.toPrecision(12)));
}

/** A shape as Python prints `tuple(t.shape)`: `(400, 100)`, `(400,)`, `()`. */
export function pythonShape(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
}
