import { check } from './errors';
import type { PlainTensor } from './types';

/** A tensor as the request and answer JSON carry it: shape plus row-major values. */
export interface TensorJson {
  shape: number[];
  data: number[];
}

/** Largest tensor a request may carry inline (16 M values, 64 MB of float32). */
export const MAX_TENSOR_VALUES = 16 * 1024 * 1024;

/** True for a JSON object (not an array, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads `{"shape": [...], "data": [...]}` into a {@link PlainTensor}, checking that the shape is
 * made of whole numbers, that every value is a number and that the count matches the shape.
 * `name` (e.g. `input`, `state_dict.weight_ih_l0`) heads every message.
 */
export function tensorFromJson(name: string, value: unknown): PlainTensor {
  check(isRecord(value), `${name} must be an object {"shape": [...], "data": [...]}`);
  const { shape, data } = value;
  check(
    Array.isArray(shape) && shape.every((size) => Number.isInteger(size) && (size as number) >= 0),
    () => `${name}.shape must be a list of whole numbers ≥ 0, got ${JSON.stringify(shape)}`,
  );
  check(Array.isArray(data), `${name}.data must be a list of numbers`);
  const sizes = shape as number[];
  const count = sizes.reduce((product, size) => product * size, 1);
  check(
    count <= MAX_TENSOR_VALUES,
    () =>
      `${name} has ${count.toLocaleString('en')} values; the most accepted is ${MAX_TENSOR_VALUES.toLocaleString('en')}`,
  );
  check(
    data.length === count,
    () => `${name}.data has ${data.length} values but shape [${sizes.join(', ')}] needs ${count}`,
  );
  const values = new Float32Array(count);
  for (let index = 0; index < count; index++) {
    const item: unknown = data[index];
    check(
      typeof item === 'number' && Number.isFinite(item),
      () => `${name}.data[${index}] is ${JSON.stringify(item) ?? String(item)}, not a finite number`,
    );
    values[index] = item;
  }
  return { shape: [...sizes], data: values };
}

/** Writes a {@link PlainTensor} as JSON data, each float32 value as the number it is exactly. */
export function tensorToJson(tensor: PlainTensor): TensorJson {
  return { shape: [...tensor.shape], data: Array.from(tensor.data) };
}
