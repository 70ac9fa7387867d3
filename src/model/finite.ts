import { check } from './errors';
import type { PlainTensor } from './types';

/**
 * Throws a {@link ModelInputError} naming `name` and the flat index of the first NaN or ±Infinity
 * in `tensor`. A plain loop: on the hot path it runs over every weight, where a callback-based
 * `findIndex` costs ten times as much.
 */
export function checkFinite(name: string, tensor: PlainTensor, what = 'every value must be a finite number'): void {
  const data = tensor.data;
  for (let index = 0; index < data.length; index++) {
    const value = data[index]!;
    // x − x is 0 for every finite x and NaN for NaN and ±Infinity.
    if (value - value !== 0) check(false, `${name} holds ${String(value)} at flat index ${index}; ${what}`);
  }
}
