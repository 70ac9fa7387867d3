import type { CellNotation } from '../../model';
import type { UnreadKey } from '../connectSettingsToPage';
import type { CellExplorerSettings, WeightEdit } from './cellExplorerStore';

/**
 * How one explorer writes its settings into a link: `{prefix}size=3x4&{prefix}x=0.8,-0.5,1.2
 * &{prefix}h=…&{prefix}c=…&{prefix}preset=random&{prefix}seed=1&{prefix}bias=f2,i-1
 * &{prefix}w=f.2.1:2.5&{prefix}stage=2&{prefix}unit=0`. Short keys keep a course-size link
 * readable; the prefix keeps two explorers' settings apart in one link.
 */
export interface CellExplorerLink<Gate extends string> {
  /** '' for the LSTM explorer (its links came first), 'g' for the GRU's. */
  prefix: string;
  /** The cell's notation: each gate is written with its letter (f, i, g, o or r, z, n). */
  notation: CellNotation<Gate, string>;
}

const FIELDS = ['size', 'x', 'h', 'c', 'preset', 'seed', 'bias', 'w', 'stage', 'unit'] as const;

/** The field of the link each setting is read from. */
const FIELD_OF: Readonly<Record<keyof CellExplorerSettings<string>, (typeof FIELDS)[number]>> = {
  inputSize: 'size',
  hiddenSize: 'size',
  input: 'x',
  previousHidden: 'h',
  previousCell: 'c',
  preset: 'preset',
  seed: 'seed',
  biasShifts: 'bias',
  weightEdits: 'w',
  stage: 'stage',
  focusedUnit: 'unit',
};

/**
 * Hand edits a link may carry. Each rebuilds a copy of a weight matrix, and a student edits a
 * handful by clicking; ten thousand pasted ones would hold the page for seconds.
 */
export const MAX_LINK_WEIGHT_EDITS = 256;

/** Four decimals: finer than any slider step, short enough for a link. */
const round = (value: number) => String(Math.round(value * 1e4) / 1e4);

function numbers(text: string | null): number[] | undefined {
  if (text === null || text === '') return undefined;
  const values = text.split(',').map(Number);
  return values.every(Number.isFinite) ? values : undefined;
}

function wholeNumber(text: string | null): number | undefined {
  return text !== null && /^\d{1,10}$/.test(text) ? Number(text) : undefined;
}

function gateByLetter<Gate extends string>(link: CellExplorerLink<Gate>): Map<string, Gate> {
  return new Map(link.notation.gates.map((gate) => [link.notation.gate[gate].letter, gate]));
}

/** `search` with the settings written in and every other parameter (such as `lang`) kept. */
export function searchWithCellSettings<Gate extends string>(
  link: CellExplorerLink<Gate>,
  search: string,
  settings: CellExplorerSettings<Gate>,
): string {
  const params = new URLSearchParams(search);
  const letter = (gate: Gate) => link.notation.gate[gate].letter;
  const shifts = link.notation.gates
    .filter((gate) => settings.biasShifts[gate] !== 0)
    .map((gate) => `${letter(gate)}${round(settings.biasShifts[gate])}`)
    .join(',');
  const edits = settings.weightEdits
    .map((edit) => `${letter(edit.gate)}.${edit.unit}.${edit.column}:${round(edit.value)}`)
    .join(';');
  const values: Record<(typeof FIELDS)[number], string> = {
    size: `${settings.inputSize}x${settings.hiddenSize}`,
    x: settings.input.map(round).join(','),
    h: settings.previousHidden.map(round).join(','),
    c: settings.previousCell.map(round).join(','),
    preset: settings.preset,
    seed: String(settings.seed),
    bias: shifts,
    w: edits,
    stage: String(settings.stage),
    unit: String(settings.focusedUnit),
  };
  for (const field of FIELDS) {
    if (values[field] === '') params.delete(link.prefix + field);
    else params.set(link.prefix + field, values[field]);
  }
  return `?${params.toString()}`;
}

/** `unread` is told when a part is malformed or beyond {@link MAX_LINK_WEIGHT_EDITS}. */
function parseEdits<Gate extends string>(
  letters: Map<string, Gate>,
  text: string | null,
  unread: () => void,
): WeightEdit<Gate>[] | undefined {
  if (text === null) return undefined;
  if (text === '') return [];
  const edits: WeightEdit<Gate>[] = [];
  for (const part of text.split(';', MAX_LINK_WEIGHT_EDITS + 1)) {
    const match = /^([a-z])\.(\d{1,4})\.(\d{1,4}):(-?[\d.]+(?:e-?\d+)?)$/.exec(part);
    const gate = match && letters.get(match[1]!);
    if (!match || !gate || edits.length === MAX_LINK_WEIGHT_EDITS) unread();
    else edits.push({ gate, unit: Number(match[2]), column: Number(match[3]), value: Number(match[4]) });
  }
  return edits;
}

/** `unread` is told when a part names no gate or no number (an empty part, `bias=`, is no shift). */
function parseShifts<Gate extends string>(
  letters: Map<string, Gate>,
  text: string | null,
  unread: () => void,
): Record<Gate, number> | undefined {
  if (text === null) return undefined;
  const shifts = Object.fromEntries([...letters.values()].map((gate) => [gate, 0])) as Record<Gate, number>;
  for (const part of text.split(',')) {
    const gate = letters.get(part.charAt(0));
    const value = Number(part.slice(1));
    if (gate && part.length > 1 && Number.isFinite(value)) shifts[gate] = value;
    else if (part !== '') unread();
  }
  return shifts;
}

/**
 * What a link says of an explorer's settings, unchecked beyond its syntax: the store's
 * `restoreSettings` clamps and drops what does not fit. Malformed parts are left out, so a
 * hostile or truncated link restores what it can and nothing else; `unread` hears of a list
 * (bias, w) read only in part.
 */
export function cellSettingsFromSearch<Gate extends string>(
  link: CellExplorerLink<Gate>,
  search: string,
  unread?: UnreadKey,
): Partial<CellExplorerSettings<Gate>> {
  const params = new URLSearchParams(search);
  const get = (field: (typeof FIELDS)[number]) => params.get(link.prefix + field);
  const letters = gateByLetter(link);
  const settings: Partial<CellExplorerSettings<Gate>> = {};
  const size = /^(\d{1,3})x(\d{1,3})$/.exec(get('size') ?? '');
  if (size) {
    settings.inputSize = Number(size[1]);
    settings.hiddenSize = Number(size[2]);
  }
  const assign = <K extends keyof CellExplorerSettings<Gate>>(
    key: K,
    value: CellExplorerSettings<Gate>[K] | undefined,
  ) => {
    if (value !== undefined) settings[key] = value;
  };
  assign('input', numbers(get('x')));
  assign('previousHidden', numbers(get('h')));
  assign('previousCell', numbers(get('c')));
  const preset = get('preset');
  assign('preset', preset === 'random' || preset === 'keepsMemory' ? preset : undefined);
  assign('seed', wholeNumber(get('seed')));
  assign(
    'biasShifts',
    parseShifts(letters, get('bias'), () => unread?.(link.prefix + 'bias')),
  );
  assign(
    'weightEdits',
    parseEdits(letters, get('w'), () => unread?.(link.prefix + 'w')),
  );
  assign('stage', wholeNumber(get('stage')));
  assign('focusedUnit', wholeNumber(get('unit')));
  return settings;
}

/** The query key of each of an explorer's settings, for `SettingsLink.keys`. */
export function cellLinkKeys<Gate extends string>(
  link: CellExplorerLink<Gate>,
): Record<keyof CellExplorerSettings<Gate>, string> {
  const keys = Object.entries(FIELD_OF).map(([setting, field]) => [setting, link.prefix + field]);
  return Object.fromEntries(keys) as Record<keyof CellExplorerSettings<Gate>, string>;
}

/** True when the link carries any of this explorer's settings at all. */
export function hasCellSettings(link: CellExplorerLink<string>, search: string): boolean {
  const params = new URLSearchParams(search);
  return FIELDS.some((field) => params.has(link.prefix + field));
}
