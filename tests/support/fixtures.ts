import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The PyTorch reference fixtures, shipped beside the repository in ../shared. */
export const FIXTURE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/fixtures/pytorch');

/** Names of every fixture case (`lstm_tiny`, …); fails loudly when the folder is missing. */
export function fixtureNames(): string[] {
  if (!existsSync(FIXTURE_DIR))
    throw new Error(`PyTorch fixtures not found at ${FIXTURE_DIR}; the repository expects ../shared beside it`);
  return readdirSync(FIXTURE_DIR)
    .filter((file) => file.endsWith('.expected.json'))
    .map((file) => file.slice(0, -'.expected.json'.length))
    .sort();
}

/** A fixture's request JSON, parsed. */
export function fixtureRequest(name: string): unknown {
  return JSON.parse(readFileSync(resolve(FIXTURE_DIR, `${name}.request.json`), 'utf8'));
}

/** A fixture's expected answer, parsed. */
export function fixtureExpected(name: string): ExpectedAnswer {
  return JSON.parse(readFileSync(resolve(FIXTURE_DIR, `${name}.expected.json`), 'utf8')) as ExpectedAnswer;
}

/** Reads a file named relative to the fixture folder, as the forward command does. */
export function readFixtureFile(path: string): Uint8Array {
  return readFileSync(resolve(FIXTURE_DIR, path));
}

export interface ExpectedTensor {
  shape: number[];
  data: number[];
}

export interface ExpectedAnswer {
  output?: ExpectedTensor;
  h_n: ExpectedTensor;
  c_n?: ExpectedTensor;
  trace: { layer: number; direction: number; t: number; gates: Record<string, ExpectedTensor> }[];
}

/** The fixtures' stated tolerance: |got − want| ≤ 2e-5 + 1e-4·|want|. */
export function withinTolerance(got: number, want: number): boolean {
  return Math.abs(got - want) <= 2e-5 + 1e-4 * Math.abs(want);
}

/** Describes the first value of `got` outside tolerance of `want`, or undefined when all match. */
export function firstMismatch(
  got: { shape: number[]; data: ArrayLike<number> } | undefined,
  want: ExpectedTensor,
): string | undefined {
  if (!got) return 'missing';
  if (got.shape.join() !== want.shape.join()) return `shape [${got.shape.join(', ')}] != [${want.shape.join(', ')}]`;
  for (let index = 0; index < want.data.length; index++) {
    const value = got.data[index]!;
    if (!withinTolerance(value, want.data[index]!)) return `[${index}] ${value} != ${want.data[index]}`;
  }
  return undefined;
}
