import type { CellKind, RecurrentConfig } from '../../../src/model';
import { defaultConfig } from '../../../src/model/config';
import { configFromJson } from '../../../src/model/request';
export { snippetText } from '../../../src/components/shared/snippetText';

// Reads the code box's Python back into what it builds, as a student's interpreter would: the
// module and its constructor options, each `bias_ih_*[a:b] += v` under torch.no_grad(), x's shape,
// how h0 / c0 start and their item assignments, and what the call passes. Only the few forms the
// code box writes are understood; anything else throws, so a new form cannot slip past unread.

/** One in-place edit of a bias: `param[start:end] += delta`. */
export interface BiasEdit {
  param: string;
  start: number;
  end: number;
  delta: number;
}

/** How an initial state is made: zeros, or `(scale * torch.randn(shape)).clamp(-limit, limit)`. */
export interface SnippetState {
  shape: number[];
  start: 'zeros' | 'randn';
  scale: number;
  /** Infinity when the code does not clamp. */
  limit: number;
  edits: { index: [number, number, number]; value: number }[];
}

/** Everything the code box's lines build. */
export interface ReadSnippet {
  kind: CellKind;
  config: RecurrentConfig;
  /** The weight seed the comment names (the page's random weights are drawn from it). */
  weightSeed: number;
  biasEdits: BiasEdit[];
  input: { shape: number[]; source: 'randn' | 'shown' };
  h0?: SnippetState;
  c0?: SnippetState;
  /** What the call passes: nothing, `h0`, or `(h0, c0)`. */
  passed: string[];
}

const numbers = (list: string) => list.split(',').map((part) => Number(part.trim()));
const pythonValue = (value: string): number | boolean => {
  if (value === 'True' || value === 'False') return value === 'True';
  const number = Number(value);
  if (!Number.isFinite(number)) throw new Error(`not a literal: ${value}`);
  return number;
};

/** Reads `text` (English comments) into what it builds; throws on any line it does not know. */
export function readSnippet(text: readonly string[]): ReadSnippet {
  let kind: CellKind | undefined;
  let name = '';
  let config: RecurrentConfig | undefined;
  let weightSeed: number | undefined;
  const biasEdits: BiasEdit[] = [];
  let loopParams: string[] | undefined;
  let inNoGrad = false;
  let shownShape: number[] | undefined;
  let input: ReadSnippet['input'] | undefined;
  const states: Partial<Record<'h0' | 'c0', SnippetState>> = {};
  let passed: string[] | undefined;
  for (const line of text) {
    let match: RegExpMatchArray | null;
    if (line.startsWith('# ')) {
      const seed = line.match(/seed (\d+)/);
      if (seed) weightSeed ??= Number(seed[1]);
      const shape = line.match(/^# x: .*\(([\d, ]+)\)$/);
      if (shape) shownShape = numbers(shape[1]!);
      continue;
    }
    if (inNoGrad && line.startsWith('    ')) {
      if ((match = line.match(/^ {4}for bias in \(([\w., ]+)\):$/))) {
        loopParams = match[1]!.split(',').map((param) => param.trim());
      } else if ((match = line.match(/^ +([\w.]+)\[(\d+):(\d+)\] ([+-])= ([\d.]+)(?: {2}# \w)?$/))) {
        const [, target, start, end, sign, size] = match;
        const delta = (sign === '-' ? -1 : 1) * Number(size);
        const params = target === 'bias' ? loopParams : [target!];
        if (!params) throw new Error(`bias outside its loop: ${line}`);
        for (const param of params)
          biasEdits.push({ param: param.replace(`${name}.`, ''), start: Number(start), end: Number(end), delta });
      } else throw new Error(`unknown line in torch.no_grad(): ${line}`);
      continue;
    }
    inNoGrad = false;
    if ((match = line.match(/^(\w+) = nn\.(LSTM|GRU)\((\d+), (\d+)((?:, \w+=\w+)*)\)$/))) {
      name = match[1]!;
      kind = match[2] as CellKind;
      const keywords = Object.fromEntries(
        [...match[5]!.matchAll(/, (\w+)=(\w+)/g)].map(([, key, value]) => [key!, pythonValue(value!)]),
      );
      config = { ...defaultConfig(Number(match[3]), Number(match[4])), ...configFromJson(keywords) };
    } else if (line === 'with torch.no_grad():') {
      inNoGrad = true;
    } else if ((match = line.match(/^x = torch\.randn\(([\d, ]+)\)$/))) {
      input = { shape: numbers(match[1]!), source: 'randn' };
    } else if (line === 'x = ...') {
      if (!shownShape) throw new Error('x = ... without a comment giving its shape');
      input = { shape: shownShape, source: 'shown' };
    } else if ((match = line.match(/^([hc]0) = torch\.zeros\(([\d, ]+)\)$/))) {
      states[match[1] as 'h0' | 'c0'] = {
        shape: numbers(match[2]!),
        start: 'zeros',
        scale: 1,
        limit: Infinity,
        edits: [],
      };
    } else if (
      (match = line.match(
        /^([hc]0) = (?:\(([\d.]+) \* )?torch\.randn\(([\d, ]+)\)\)?(?:\.clamp\(-([\d.]+), ([\d.]+)\))?$/,
      ))
    ) {
      const [, state, scale, shape, low, high] = match;
      if (low !== high) throw new Error(`an uneven clamp: ${line}`);
      states[state as 'h0' | 'c0'] = {
        shape: numbers(shape!),
        start: 'randn',
        scale: scale ? Number(scale) : 1,
        limit: high ? Number(high) : Infinity,
        edits: [],
      };
    } else if ((match = line.match(/^([hc]0)\[(\d+), (\d+), (\d+)\] = (-?[\d.]+)$/))) {
      const state = states[match[1] as 'h0' | 'c0'];
      if (!state) throw new Error(`${match[1]} edited before it is made`);
      state.edits.push({ index: [Number(match[2]), Number(match[3]), Number(match[4])], value: Number(match[5]) });
    } else if ((match = line.match(/^out, (?:\(h_n, c_n\)|h_n) = (\w+)\(x(?:, (\(h0, c0\)|h0))?\)$/))) {
      if (match[1] !== name) throw new Error(`calls ${match[1]}, built ${name}`);
      passed = match[2] ? match[2].replace(/[()]/g, '').split(', ') : [];
    } else throw new Error(`unknown line: ${line}`);
  }
  if (!kind || !config || !input || !passed || weightSeed === undefined)
    throw new Error(`incomplete snippet:\n${text.join('\n')}`);
  return { kind, config, weightSeed, biasEdits, input, h0: states.h0, c0: states.c0, passed };
}
