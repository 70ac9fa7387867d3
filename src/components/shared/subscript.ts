const SUBSCRIPT_DIGITS = '₀₁₂₃₄₅₆₇₈₉';

/** `symbol` with `index` as Unicode subscript digits: `x₁₂`, readable in both languages. */
export function subscripted(symbol: string, index: number): string {
  return symbol + String(index).replace(/\d/g, (digit) => SUBSCRIPT_DIGITS[Number(digit)]!);
}
