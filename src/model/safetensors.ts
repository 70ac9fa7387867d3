import { ModelInputError, check } from './errors';
import type { PlainTensor, StateDict } from './types';

/** Largest JSON header accepted, the cap of the reference (Rust) implementation: 100,000,000 bytes. */
export const MAX_HEADER_BYTES = 100_000_000;

/** The dtypes Gatescope reads. All are converted to float32, which is what it computes in. */
export const SUPPORTED_DTYPES = ['F32', 'F16', 'BF16', 'F64'] as const;

/** A dtype Gatescope can read; see {@link SUPPORTED_DTYPES}. */
export type SupportedDtype = (typeof SUPPORTED_DTYPES)[number];

/** One tensor as a safetensors header describes it. */
export interface SafetensorsTensorInfo {
  /** The safetensors dtype name (`F32`, `I64`, …); only {@link SUPPORTED_DTYPES} can be decoded. */
  dtype: string;
  /** Dimensions, each a whole number ≥ 0; `[]` for a scalar. */
  shape: number[];
  /** `[begin, end)` in bytes, relative to the start of the data section; checked to lie inside it. */
  dataOffsets: [number, number];
}

/** A checked safetensors header: where each tensor lies, plus the file's free-form metadata. */
export interface SafetensorsHeader {
  /** By tensor name. */
  tensors: Record<string, SafetensorsTensorInfo>;
  /** The `__metadata__` entries whose values are strings (the only kind the format allows). */
  metadata: Record<string, string>;
  /** Byte offset of the data section in the file: 8 + the header length. */
  dataStart: number;
}

/** Bytes per element of every safetensors dtype with whole-byte elements, to check byte lengths. */
const DTYPE_BYTES = new Map<string, number>([
  ['BOOL', 1],
  ['U8', 1],
  ['I8', 1],
  ['F8_E5M2', 1],
  ['F8_E4M3', 1],
  ['I16', 2],
  ['U16', 2],
  ['F16', 2],
  ['BF16', 2],
  ['I32', 4],
  ['U32', 4],
  ['F32', 4],
  ['I64', 8],
  ['U64', 8],
  ['F64', 8],
]);

const bfloat16Scratch = new DataView(new ArrayBuffer(4));

/** IEEE 754 half precision bits to a number, subnormals, ±0, ±Infinity and NaN included. */
function halfToNumber(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1;
  const exponent = (bits >> 10) & 0x1f;
  const fraction = bits & 0x3ff;
  if (exponent === 0) return sign * fraction * 2 ** -24;
  if (exponent === 0x1f) return fraction === 0 ? sign * Infinity : NaN;
  return sign * (1 + fraction / 1024) * 2 ** (exponent - 15);
}

/** bfloat16 is the upper half of a float32, so widening is a shift. */
function bfloat16ToNumber(bits: number): number {
  bfloat16Scratch.setUint32(0, bits * 0x10000);
  return bfloat16Scratch.getFloat32(0);
}

// DataView reads tolerate any byte offset; a typed-array view over the file would need alignment.
const READERS: Record<SupportedDtype, (view: DataView, offset: number) => number> = {
  F32: (view, offset) => view.getFloat32(offset, true),
  F64: (view, offset) => view.getFloat64(offset, true),
  F16: (view, offset) => halfToNumber(view.getUint16(offset, true)),
  BF16: (view, offset) => bfloat16ToNumber(view.getUint16(offset, true)),
};

function isSupportedDtype(dtype: string): dtype is SupportedDtype {
  return (SUPPORTED_DTYPES as readonly string[]).includes(dtype);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeJson(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`;
}

function readHeaderLength(bytes: Uint8Array, file: string): number {
  check(bytes.byteLength > 0, `${file} is empty; a safetensors file starts with an 8-byte header length`);
  check(
    bytes.byteLength >= 8,
    `${file} is only ${bytes.byteLength} bytes long, too short for a safetensors file, which starts with an 8-byte header length`,
  );
  const view = new DataView(bytes.buffer, bytes.byteOffset, 8);
  const length = view.getUint32(0, true) + view.getUint32(4, true) * 2 ** 32;
  check(
    length <= MAX_HEADER_BYTES,
    () =>
      `${file} declares a ${length.toLocaleString('en')}-byte header, more than the ${MAX_HEADER_BYTES.toLocaleString('en')} bytes safetensors allows, so it is not a safetensors file or is corrupt`,
  );
  check(
    length <= bytes.byteLength - 8,
    `${file} declares a ${length}-byte header but only ${bytes.byteLength - 8} bytes follow, so it is truncated or not a safetensors file`,
  );
  return length;
}

function readHeaderJson(bytes: Uint8Array, length: number, file: string): Record<string, unknown> {
  let header: unknown;
  try {
    header = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(8, 8 + length)));
  } catch {
    throw new ModelInputError(
      `the header of ${file} is not valid UTF-8 JSON, so it is not a safetensors file or is corrupt`,
    );
  }
  check(isRecord(header), `the header of ${file} must be a JSON object of tensors, got ${describeJson(header)}`);
  return header;
}

function readDtype(value: unknown, where: string): string {
  check(value !== undefined, `${where} has no "dtype"`);
  check(typeof value === 'string', `${where} has a "dtype" that is not a string but ${describeJson(value)}`);
  return value;
}

function readShape(value: unknown, where: string): number[] {
  check(value !== undefined, `${where} has no "shape"`);
  check(
    Array.isArray(value) && value.every((dim) => Number.isSafeInteger(dim) && dim >= 0),
    () => `${where} has shape ${JSON.stringify(value)}, but a shape must be a list of whole numbers ≥ 0`,
  );
  return value as number[];
}

function readOffsets(value: unknown, where: string): [number, number] {
  check(value !== undefined, `${where} has no "data_offsets"`);
  check(
    Array.isArray(value) && value.length === 2 && value.every((offset) => Number.isSafeInteger(offset) && offset >= 0),
    () => `${where} has data_offsets ${JSON.stringify(value)}, but they must be [begin, end] in whole bytes`,
  );
  const [begin, end] = value as [number, number];
  check(end >= begin, `${where} has data_offsets [${begin}, ${end}], which end before they begin`);
  return [begin, end];
}

function formatShape(shape: readonly number[]): string {
  return `[${shape.join(', ')}]`;
}

function elementCount(shape: readonly number[]): number {
  return shape.reduce((count, dim) => count * dim, 1);
}

function readTensorInfo(name: string, entry: unknown, dataBytes: number, file: string): SafetensorsTensorInfo {
  const where = `tensor ${name} in ${file}`;
  check(
    isRecord(entry),
    `${where} must be described by "dtype", "shape" and "data_offsets", got ${describeJson(entry)}`,
  );
  const dtype = readDtype(entry.dtype, where);
  const shape = readShape(entry.shape, where);
  const [begin, end] = readOffsets(entry.data_offsets, where);
  check(
    end <= dataBytes,
    `${where} has data_offsets [${begin}, ${end}] but the data section holds only ${dataBytes} bytes, so the file is truncated or corrupt`,
  );
  const count = elementCount(shape);
  check(
    count <= Number.MAX_SAFE_INTEGER,
    `${where} has shape ${formatShape(shape)}, more elements than any file can hold`,
  );
  const size = DTYPE_BYTES.get(dtype);
  check(
    size === undefined || count * size === end - begin,
    () =>
      `${where} is ${dtype} with shape ${formatShape(shape)}, which takes ${count * (size ?? 0)} bytes, but its data_offsets [${begin}, ${end}] span ${end - begin}`,
  );
  return { dtype, shape: [...shape], dataOffsets: [begin, end] };
}

function readMetadata(value: unknown): Record<string, string> {
  if (!isRecord(value)) return {};
  return Object.fromEntries(
    Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}

/**
 * Reads and checks the header of a `.safetensors` file: an 8-byte little-endian header length N,
 * N bytes of UTF-8 JSON `{name: {dtype, shape, data_offsets}, "__metadata__"?: {...}}`, then the
 * data section the offsets point into. Every tensor's offsets must lie inside the data section
 * and, for dtypes of whole bytes, span exactly `numel × dtype size` bytes. Gaps, overlaps and
 * trailing bytes are tolerated, and so are dtypes Gatescope cannot decode: only
 * {@link parseSafetensors} refuses those, and only for the tensors it decodes.
 *
 * @param fileName names the file in messages; defaults to "the safetensors file".
 * @throws ModelInputError naming the file (and tensor) for anything malformed.
 */
export function readSafetensorsHeader(bytes: Uint8Array, fileName?: string): SafetensorsHeader {
  const file = fileName ?? 'the safetensors file';
  const length = readHeaderLength(bytes, file);
  const json = readHeaderJson(bytes, length, file);
  const dataStart = 8 + length;
  const dataBytes = bytes.byteLength - dataStart;
  const tensors = Object.entries(json)
    .filter(([name]) => name !== '__metadata__')
    .map(([name, entry]) => [name, readTensorInfo(name, entry, dataBytes, file)] as const);
  // fromEntries defines own properties, so a tensor called "__proto__" cannot reach the prototype.
  return { tensors: Object.fromEntries(tensors), metadata: readMetadata(json.__metadata__), dataStart };
}

function decodeTensor(name: string, info: SafetensorsTensorInfo, data: DataView, file: string): PlainTensor {
  const { dtype, shape, dataOffsets } = info;
  check(
    isSupportedDtype(dtype),
    `tensor ${name} in ${file} has dtype ${dtype}, which Gatescope cannot read; the supported dtypes are ${SUPPORTED_DTYPES.join(', ')}`,
  );
  const read = READERS[dtype];
  const size = DTYPE_BYTES.get(dtype) ?? 4;
  const values = new Float32Array(elementCount(shape));
  for (let index = 0; index < values.length; index++) values[index] = read(data, dataOffsets[0] + index * size);
  return { shape: [...shape], data: values };
}

/**
 * Reads a `.safetensors` file (as `safetensors.torch.save_file(model.state_dict(), path)` writes
 * it) into a state_dict of float32 tensors. F32, F16, BF16 and F64 are read, little-endian, at
 * any byte offset; F16 and BF16 are widened exactly, F64 rounded to the nearest float32.
 *
 * @param fileName names the file in messages; defaults to "the safetensors file".
 * @param names which tensors to decode (default: all). The others are only checked structurally,
 *   so a whole model's file may hold dtypes Gatescope cannot read (such as BatchNorm's I64
 *   `num_batches_tracked`) outside the module that is wanted.
 * @returns tensors by name; the arrays are fresh copies the caller owns.
 * @throws ModelInputError naming the file and the tensor for anything malformed or unsupported.
 */
export function parseSafetensors(bytes: Uint8Array, fileName?: string, names?: Iterable<string>): StateDict {
  const file = fileName ?? 'the safetensors file';
  const header = readSafetensorsHeader(bytes, file);
  const data = new DataView(bytes.buffer, bytes.byteOffset + header.dataStart, bytes.byteLength - header.dataStart);
  const wanted = names === undefined ? Object.keys(header.tensors) : [...names];
  const entries = wanted.map((name) => {
    const info = Object.hasOwn(header.tensors, name) ? header.tensors[name] : undefined;
    check(info !== undefined, `${file} has no tensor named ${name}`);
    return [name, decodeTensor(name, info, data, file)] as const;
  });
  return Object.fromEntries(entries);
}

/**
 * Writes a state_dict as a `.safetensors` file, the way the reference implementation does: every
 * tensor as little-endian F32, sorted by name, the header padded with spaces to a multiple of 8
 * bytes so the data section starts aligned.
 *
 * @param metadata written as `__metadata__` (e.g. `{format: 'pt'}`); omitted when absent.
 * @throws ModelInputError when a tensor's data length disagrees with its shape, or a tensor is
 *   named `__metadata__`.
 */
export function serializeSafetensors(dict: StateDict, metadata?: Record<string, string>): Uint8Array {
  const names = Object.keys(dict).sort();
  // Built by hand because JSON.stringify would move integer-like names ("0", "12") to the front.
  const entries = metadata === undefined ? [] : [`"__metadata__":${JSON.stringify(metadata)}`];
  let offset = 0;
  for (const name of names) {
    const tensor = dict[name] as PlainTensor;
    check(name !== '__metadata__', 'a tensor cannot be named __metadata__, which safetensors reserves for metadata');
    check(
      tensor.data.length === elementCount(tensor.shape),
      `tensor ${name} has shape ${formatShape(tensor.shape)} but ${tensor.data.length} values`,
    );
    const end = offset + tensor.data.length * 4;
    entries.push(
      `${JSON.stringify(name)}:${JSON.stringify({ dtype: 'F32', shape: tensor.shape, data_offsets: [offset, end] })}`,
    );
    offset = end;
  }
  const json = new TextEncoder().encode(`{${entries.join(',')}}`);
  const headerLength = Math.ceil(json.length / 8) * 8;
  const bytes = new Uint8Array(8 + headerLength + offset);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, headerLength, true);
  bytes.set(json, 8);
  bytes.fill(0x20, 8 + json.length, 8 + headerLength);
  let position = 8 + headerLength;
  for (const name of names) {
    for (const value of (dict[name] as PlainTensor).data) {
      view.setFloat32(position, value, true);
      position += 4;
    }
  }
  return bytes;
}
