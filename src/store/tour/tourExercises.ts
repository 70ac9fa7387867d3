import type { ShapeMistake } from '../../content/tour/tourTypes';
import type { ExerciseId } from '../../content/tour/tourOutline';
import {
  type CellKind,
  createRecurrentModel,
  defaultConfig,
  directionCount,
  gateCount,
  type LstmGates,
  parameterSpecs,
  randomWeights,
  type RecurrentConfig,
  stateRowCount,
} from '../../model';
import type { SequenceRun } from '../sequence/sequenceRun';

/** A tensor a shape exercise asks about: a parameter by PyTorch's name, or one of the outputs. */
export type ShapeQuestion =
  { kind: 'parameter'; name: string } | { kind: 'output'; name: 'out' } | { kind: 'state'; name: 'h_n' | 'c_n' };

/** A shape exercise's network: the module, its constructor, and (for outputs) the input's shape. */
export interface ShapeExerciseSpec {
  kind: 'shapes';
  module: CellKind;
  config: RecurrentConfig;
  /** The input's shape, as the exercise's code builds it (`torch.randn(...)`). */
  inputShape: readonly number[];
  questions: readonly ShapeQuestion[];
}

/** What the tour checks an exercise with: shapes from the model, a choice, or the live model. */
export type ExerciseSpec = ShapeExerciseSpec | { kind: 'choice' } | { kind: 'task' };

const courseLstm: RecurrentConfig = { ...defaultConfig(50, 100), numLayers: 2 };
const courseGru: RecurrentConfig = defaultConfig(10, 20);

/** How each exercise is checked. Keyed by id, so an exercise without a check does not compile. */
export const EXERCISE_SPECS: Readonly<Record<ExerciseId, ExerciseSpec>> = {
  sigmoidRange: { kind: 'choice' },
  whichGateForgets: { kind: 'choice' },
  makeItForget: { kind: 'task' },
  holdMemory: { kind: 'choice' },
  gruParameters: { kind: 'choice' },
  lstmWeightShapes: {
    kind: 'shapes',
    module: 'LSTM',
    config: courseLstm,
    inputShape: [10, 3, 50],
    questions: [
      { kind: 'parameter', name: 'weight_ih_l0' },
      { kind: 'parameter', name: 'weight_hh_l0' },
      { kind: 'parameter', name: 'weight_ih_l1' },
    ],
  },
  lstmOutputShapes: {
    kind: 'shapes',
    module: 'LSTM',
    config: courseLstm,
    inputShape: [10, 3, 50],
    questions: [
      { kind: 'output', name: 'out' },
      { kind: 'state', name: 'h_n' },
      { kind: 'state', name: 'c_n' },
    ],
  },
  gruOutputShapes: {
    kind: 'shapes',
    module: 'GRU',
    config: courseGru,
    inputShape: [3, 32, 10],
    questions: [
      { kind: 'output', name: 'out' },
      { kind: 'state', name: 'h_n' },
    ],
  },
  gruWeightShapes: {
    kind: 'shapes',
    module: 'GRU',
    config: courseGru,
    inputShape: [3, 32, 10],
    questions: [
      { kind: 'parameter', name: 'weight_ih_l0' },
      { kind: 'parameter', name: 'weight_hh_l0' },
    ],
  },
};

/**
 * The right shape of every question of `spec`: parameters from the model layer's own list of
 * PyTorch's parameters, outputs by running the model on an input of the exercise's shape. Needs
 * the model layer started (for outputs). Keyed by the question's name.
 * @throws ModelInputError when the model layer is not ready.
 */
export function expectedShapes(spec: ShapeExerciseSpec): Record<string, number[]> {
  const shapes: Record<string, number[]> = {};
  const parameters = parameterSpecs(spec.module, spec.config);
  for (const question of spec.questions) {
    if (question.kind !== 'parameter') continue;
    const found = parameters.find((parameter) => parameter.name === question.name);
    if (!found) throw new Error(`${spec.module} has no parameter ${question.name}`);
    shapes[question.name] = found.shape;
  }
  if (spec.questions.some((question) => question.kind !== 'parameter')) {
    const model = createRecurrentModel(spec.module, spec.config, randomWeights(spec.module, spec.config, 0));
    try {
      const size = spec.inputShape.reduce((product, axis) => product * axis, 1);
      const result = model.run({ shape: [...spec.inputShape], data: new Float32Array(size) });
      if (result.output) shapes.out = result.output.shape;
      shapes.h_n = result.hN.shape;
      if (result.cN) shapes.c_n = result.cN.shape;
    } finally {
      model.dispose();
    }
  }
  return shapes;
}

/** The numbers a shape feedback text may name: `{gates}`, `{hidden}`, `{input}`, …. */
export function shapeFacts(spec: ShapeExerciseSpec, name: string): Record<string, string> {
  const { config } = spec;
  const [steps, batch] = config.batchFirst ? [spec.inputShape[1], spec.inputShape[0]] : spec.inputShape;
  return {
    name,
    gates: String(gateCount(spec.module)),
    hidden: String(config.hiddenSize),
    input: String(config.inputSize),
    layers: String(config.numLayers),
    directions: String(directionCount(config)),
    steps: String(steps),
    batch: String(batch),
  };
}

const sameShape = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((value, index) => value === b[index]);

/**
 * Why `given` is not the shape of `question` (whose right shape is `expected`), as a teacher would
 * guess from the numbers: e.g. 100 × 100 for weight_hh_l0 of nn.LSTM(50, 100) is the four gates'
 * blocks left out. `undefined` when the answer is right.
 */
export function diagnoseShape(
  spec: ShapeExerciseSpec,
  question: ShapeQuestion,
  expected: readonly number[],
  given: readonly number[],
): ShapeMistake | undefined {
  if (sameShape(given, expected)) return undefined;
  if (given.length !== expected.length) return 'wrongRank';
  const { hiddenSize: hidden, inputSize: input, numLayers: layers } = spec.config;
  if (question.kind === 'parameter')
    return diagnoseParameter(spec, question.name, expected, given, { hidden, input, layers });
  const [first = 0, second = 0, last = 0] = given;
  // The first two axes of out are (steps, batch); those of h_n and c_n (layers × directions, batch).
  if (first === expected[1] && second === expected[0] && expected[0] !== expected[1])
    return question.kind === 'output' ? 'sequenceBatchSwapped' : 'stateLayersBatchSwapped';
  if (last === input && input !== expected[2]) return 'inputFeatures';
  const stateRows = stateRowCount(spec.config);
  const [steps = 0, batch = 0] = spec.config.batchFirst ? [spec.inputShape[1], spec.inputShape[0]] : spec.inputShape;
  if (question.kind === 'output') return first === stateRows && first !== steps ? 'outputHasLayers' : 'other';
  if (first === steps && steps !== stateRows) return 'stateHasTime';
  // (1, 3, 20) for h_n of nn.GRU(10, 20) on (3, 32, 10): x's first axis taken for the batch.
  if (second === steps && steps !== batch) return 'stateStepsForBatch';
  return first !== stateRows ? 'stateLayersWrong' : 'other';
}

function diagnoseParameter(
  spec: ShapeExerciseSpec,
  name: string,
  expected: readonly number[],
  given: readonly number[],
  sizes: { hidden: number; input: number; layers: number },
): ShapeMistake {
  const [rows = 0, columns = 0] = given;
  const [expectedRows = 0, expectedColumns = 0] = expected;
  const { hidden, input, layers } = sizes;
  const otherGateCount = gateCount(spec.module === 'LSTM' ? 'GRU' : 'LSTM');
  if (rows === expectedColumns && columns === expectedRows) return 'transposed';
  // Columns that are the other vector's size come first: 100 for weight_ih_l0 of nn.LSTM(50, 100,
  // num_layers=2) is h's size, not 50 × 2 layers.
  if (rows === expectedRows) {
    const readsInput = name.startsWith('weight_ih');
    const upperLayer = !name.endsWith('_l0') && !name.includes('_l0_');
    const layerInput = upperLayer ? hidden * directionCount(spec.config) : input;
    // 400 × 150 for nn.LSTM(50, 100): the course's one W over [h, x], not PyTorch's two matrices.
    if (columns === layerInput + hidden) return 'concatenatedInput';
    if (!readsInput && columns === input) return 'inputForHidden';
    if (readsInput && !upperLayer && columns === hidden) return 'hiddenForInput';
    if (readsInput && upperLayer && columns === input) return 'upperLayerReadsInput';
  }
  if (layers > 1 && (rows === expectedRows * layers || columns === expectedColumns * layers)) return 'layersMultiplied';
  if (rows === hidden && rows !== expectedRows) return 'gateBlocksMissing';
  if (rows === otherGateCount * hidden) return 'wrongGateCount';
  return 'other';
}

/** The forget gate counts as closed when every unit's f_t is below this. */
export const FORGET_CLOSED_BELOW = 0.1;

/** How far the "make it forget" task is: the largest f_t now, and whether every f_t is closed. */
export interface ForgetTaskProgress {
  largest: number;
  done: boolean;
}

/** Checks the "make it forget" task on the LSTM explorer's step; `undefined` until it has one. */
export function forgetTaskProgress(forget: ArrayLike<number> | undefined): ForgetTaskProgress | undefined {
  if (!forget || forget.length === 0) return undefined;
  const largest = Math.max(...Array.from(forget));
  return { largest, done: largest < FORGET_CLOSED_BELOW };
}

/** What a student's shape answer says: the sizes, or why it could not be read. */
export type ShapeReading =
  | { shape: number[] }
  | { problem: 'empty' }
  /** `part` is a number but no size: negative, zero, a decimal, or too large to count exactly. */
  | { problem: 'notASize'; part: string }
  /** `part` is what could not be read: letters or punctuation that are not part of a shape. */
  | { problem: 'unreadable'; part: string };

/** A Chinese keyboard's punctuation outside the full-width block, as the ASCII a shape uses. */
const CJK_PUNCTUATION: Readonly<Record<string, string>> = { '、': ',', '【': '[', '】': ']', '〔': '(', '〕': ')' };

/**
 * `text` with a Chinese keyboard's full-width characters (U+FF01–FF5E: digits, brackets, commas,
 * letters), ideographic and no-break spaces and 、 replaced by their ASCII forms, one character
 * for one, so an index into the result is an index into `text`.
 */
function asciiShapeText(text: string): string {
  return text.replace(/[\uFF01-\uFF5E\u3000\u00A0、【】〔〕]/g, (char) => {
    const code = char.charCodeAt(0);
    if (code >= 0xff01) return String.fromCharCode(code - 0xfee0);
    return CJK_PUNCTUATION[char] ?? ' ';
  });
}

/** A word that is a number, though not necessarily a size: -4, 400.5, .5, 99999999999999999999. */
const NUMBER = /^[-+−]?(\d+\.?\d*|\.\d+)$/;

/**
 * Reads a shape as a student writes it, on any keyboard: `400 × 100`, `(400, 100)`, `400x100`,
 * `[2, 3, 100]`, `2 3 100`, as PyTorch prints it (`torch.Size([2, 3, 100])`), and with a Chinese
 * keyboard's full-width digits, brackets, commas and spaces or 、 (`（400，100）`, `2、3、100`). When
 * it cannot, says why and quotes, as typed, the part it could not read.
 */
export function readShape(text: string): ShapeReading {
  const body = asciiShapeText(text)
    // PyTorch's `torch.Size(` (a Chinese keyboard types its dot as 。), blanked to keep the indices.
    .replace(/^\s*(torch\s*[.。]\s*)?size\b/i, (prefix) => ' '.repeat(prefix.length))
    // x or X between sizes is a times sign; inside a word ("six") it stays a letter.
    .replace(/(^|[\d\s)\]])[xX](?=$|[\d\s([])/g, '$1×');
  const sizes: number[] = [];
  for (const word of body.matchAll(/[^\s,×*()[\]]+/g)) {
    const typed = text.slice(word.index, word.index + word[0].length);
    const size = Number(word[0]);
    if (/^\d+$/.test(word[0]) && Number.isSafeInteger(size) && size >= 1) sizes.push(size);
    else if (NUMBER.test(word[0])) return { problem: 'notASize', part: typed };
    else {
      const unread = /\D+/.exec(word[0])!;
      return { problem: 'unreadable', part: typed.slice(unread.index, unread.index + unread[0].length) };
    }
  }
  return sizes.length > 0 ? { shape: sizes } : { problem: 'empty' };
}

/**
 * The order a choice exercise shows its `count` options in: a fixed shuffle per exercise, so the
 * right answer is not always where the text lists it (first), and the order is the same on every
 * visit and for every student in a class.
 */
export function choiceOrder(exercise: ExerciseId, count: number): number[] {
  // FNV-1a of the id seeds a small linear congruential generator for a Fisher–Yates shuffle.
  let seed = 0x811c9dc5;
  for (const char of exercise) seed = Math.imul(seed ^ char.charCodeAt(0), 0x01000193) >>> 0;
  const next = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  const order = Array.from({ length: count }, (_, index) => index);
  for (let index = count - 1; index > 0; index--) {
    const other = Math.floor(next() * (index + 1));
    [order[index], order[other]] = [order[other]!, order[index]!];
  }
  return order;
}

/** How many steps the "hold the memory" exercise asks about. */
export const HOLD_MEMORY_STEPS = 20;

/** What layer 0 of the sequence view does to its memory over the exercise's 20 steps (sequence b = 0). */
export interface MemoryHoldReadout {
  /** f and i averaged over the units and the 20 steps. */
  meanForget: number;
  meanInput: number;
  /** ‖C after 20 steps − C0‖ / ‖C0‖: 0 when C is held exactly. */
  relativeChange: number;
}

/**
 * Reads the "hold the memory" exercise's numbers off the sequence view's run: what f and i are,
 * and how far C has moved from C0 after {@link HOLD_MEMORY_STEPS} steps. `undefined` for a GRU, a
 * shorter sequence or a zero C0 (nothing to hold).
 */
export function memoryHoldReadout(run: SequenceRun | undefined): MemoryHoldReadout | undefined {
  const row = run?.steps[0];
  const c0 = run?.c0;
  if (!run || !row || !c0 || row.length < HOLD_MEMORY_STEPS) return undefined;
  const hidden = run.config.hiddenSize;
  const start = c0.data.subarray(0, hidden);
  let forget = 0;
  let input = 0;
  for (const step of row.slice(0, HOLD_MEMORY_STEPS)) {
    const gates = step.gates as LstmGates;
    for (let unit = 0; unit < hidden; unit++) {
      forget += gates.f.data[unit] ?? 0;
      input += gates.i.data[unit] ?? 0;
    }
  }
  const end = (row[HOLD_MEMORY_STEPS - 1]!.gates as LstmGates).c.data.subarray(0, hidden);
  const norm = (values: ArrayLike<number>) => Math.hypot(...Array.from(values));
  const startNorm = norm(start);
  if (startNorm === 0) return undefined;
  const count = hidden * HOLD_MEMORY_STEPS;
  return {
    meanForget: forget / count,
    meanInput: input / count,
    relativeChange: norm(Array.from(end, (value, unit) => value - (start[unit] ?? 0))) / startNorm,
  };
}
