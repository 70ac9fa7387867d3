import type { CellKind, GruGates, LstmGates } from './types';

// How each cell kind's gates are named and written, once. Everything that names a gate derives
// from here (the packed weight blocks, the explorers' sliders and diagrams, the formulas, the link
// keys, the sequence view's labels), and the trace's keys in types.ts are checked against it. The letters are PyTorch's
// (torch.nn's documentation and the trace's keys): the LSTM's candidate is g, which the course
// writes C̃; the walkthrough text says so.

/** The LSTM's four fully connected layers by name. */
export type LstmGateName = 'forget' | 'input' | 'candidate' | 'output';

/** The GRU's three fully connected layers by name. */
export type GruGateName = 'reset' | 'update' | 'candidate';

/** A gate of either cell. */
export type GateName = LstmGateName | GruGateName;

/** The LSTM gates' letters, which are also their keys in the trace (`LstmGates`): one it lacks does not compile. */
export type LstmGateLetter = Extract<'i' | 'f' | 'g' | 'o', keyof LstmGates>;

/** The GRU gates' letters, which are also their keys in the trace (`GruGates`): one it lacks does not compile. */
export type GruGateLetter = Extract<'r' | 'z' | 'n', keyof GruGates>;

/** How one gate is written and where PyTorch keeps it. */
export interface GateNotation<Letter extends string = string> {
  /**
   * PyTorch's letter: its value is `{letter}_t`, its weights `W_{letter}` and bias `b_{letter}`,
   * its key in the trace and in links.
   */
  letter: Letter;
  /** Its block in PyTorch's packed weights: rows k·H … (k+1)·H − 1 of weight_ih, weight_hh, bias_ih, bias_hh. */
  packedIndex: number;
  /** σ for a selector (values in (0, 1)), tanh for a candidate (values in (−1, 1)). */
  activation: 'sigmoid' | 'tanh';
}

/** One cell kind's notation: its gates in the order the walkthrough meets them, and how each is written. */
export interface CellNotation<Gate extends string, Letter extends string> {
  kind: CellKind;
  /** The walkthrough's order, which every list of gates on screen follows. */
  gates: readonly Gate[];
  gate: Readonly<Record<Gate, GateNotation<Letter>>>;
}

/** `nn.LSTM`'s gates: packed i, f, g, o; met in the walkthrough as f, i, g, o. */
export const LSTM_NOTATION: CellNotation<LstmGateName, LstmGateLetter> = {
  kind: 'LSTM',
  gates: ['forget', 'input', 'candidate', 'output'],
  gate: {
    input: { letter: 'i', packedIndex: 0, activation: 'sigmoid' },
    forget: { letter: 'f', packedIndex: 1, activation: 'sigmoid' },
    candidate: { letter: 'g', packedIndex: 2, activation: 'tanh' },
    output: { letter: 'o', packedIndex: 3, activation: 'sigmoid' },
  },
};

/** `nn.GRU`'s gates: packed and met in the walkthrough as r, z, n. */
export const GRU_NOTATION: CellNotation<GruGateName, GruGateLetter> = {
  kind: 'GRU',
  gates: ['reset', 'update', 'candidate'],
  gate: {
    reset: { letter: 'r', packedIndex: 0, activation: 'sigmoid' },
    update: { letter: 'z', packedIndex: 1, activation: 'sigmoid' },
    candidate: { letter: 'n', packedIndex: 2, activation: 'tanh' },
  },
};

/** Each cell kind's notation, for code that handles either. */
export const CELL_NOTATION = { LSTM: LSTM_NOTATION, GRU: GRU_NOTATION } as const;

/** The gates of a `kind` cell, in the walkthrough's order. */
export function gatesOf(kind: CellKind): readonly GateName[] {
  return CELL_NOTATION[kind].gates;
}

/** How `gate` of a `kind` cell is written; undefined when that cell has no such gate (an LSTM's reset gate). */
export function gateNotation(kind: CellKind, gate: GateName): GateNotation | undefined {
  return (CELL_NOTATION[kind].gate as Partial<Record<GateName, GateNotation>>)[gate];
}

/** The letter PyTorch writes `gate` of a `kind` cell with: f, i, g, o or r, z, n. */
export function gateLetter(kind: CellKind, gate: GateName): string {
  const notation = gateNotation(kind, gate);
  if (!notation) throw new RangeError(`internal: a ${kind} cell has no ${gate} gate`);
  return notation.letter;
}

/**
 * How a gate's symbols are written, in the plain `_`-subscript form the diagrams, sliders and
 * KaTeX all read: its value `f_t`, its weights `W_f` and its bias `b_f`.
 */
export function gateSymbols(gate: GateNotation): { value: string; weight: string; bias: string } {
  return { value: `${gate.letter}_t`, weight: `W_${gate.letter}`, bias: `b_${gate.letter}` };
}

/** Each gate's value symbol (`f_t`, `g_t`, `n_t`), by name: what diagrams write beside its values. */
export function valueSymbols<Gate extends string>(notation: CellNotation<Gate, string>): Record<Gate, string> {
  return Object.fromEntries(notation.gates.map((gate) => [gate, gateSymbols(notation.gate[gate]).value])) as Record<
    Gate,
    string
  >;
}

/** Each gate's packed block index, by name: where `withPackedWeight` and friends find it. */
export function packedIndices<Gate extends string>(notation: CellNotation<Gate, string>): Record<Gate, number> {
  return Object.fromEntries(notation.gates.map((gate) => [gate, notation.gate[gate].packedIndex])) as Record<
    Gate,
    number
  >;
}
