import { LSTM_GATE_NAMES, type LstmGateName } from '../model/lstmGates';
import type { LstmExplorerSettings, WeightEdit } from './lstmExplorerStore';

/**
 * The explorer's settings in a link: `?size=3x4&x=0.8,-0.5,1.2&h=…&c=…&preset=random&seed=1
 * &bias=f2,i-1&w=f.2.1:2.5&stage=2&unit=0`. Short keys keep a course-size link readable.
 */
const KEYS = ['size', 'x', 'h', 'c', 'preset', 'seed', 'bias', 'w', 'stage', 'unit'] as const;

const GATE_LETTERS: Readonly<Record<LstmGateName, string>> = { forget: 'f', input: 'i', candidate: 'g', output: 'o' };
const GATE_BY_LETTER = new Map(LSTM_GATE_NAMES.map((gate) => [GATE_LETTERS[gate], gate]));

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

/** `search` with the settings written in and every other parameter (such as `lang`) kept. */
export function searchWithExplorerSettings(search: string, settings: LstmExplorerSettings): string {
  const params = new URLSearchParams(search);
  const shifts = LSTM_GATE_NAMES.filter((gate) => settings.biasShifts[gate] !== 0)
    .map((gate) => `${GATE_LETTERS[gate]}${round(settings.biasShifts[gate])}`)
    .join(',');
  const edits = settings.weightEdits
    .map((edit) => `${GATE_LETTERS[edit.gate]}.${edit.unit}.${edit.column}:${round(edit.value)}`)
    .join(';');
  const values: Record<(typeof KEYS)[number], string> = {
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
  for (const key of KEYS) {
    if (values[key] === '') params.delete(key);
    else params.set(key, values[key]);
  }
  return `?${params.toString()}`;
}

function parseEdits(text: string | null): WeightEdit[] | undefined {
  if (text === null) return undefined;
  if (text === '') return [];
  const edits: WeightEdit[] = [];
  for (const part of text.split(';')) {
    const match = /^([figo])\.(\d{1,4})\.(\d{1,4}):(-?[\d.]+(?:e-?\d+)?)$/.exec(part);
    const gate = match && GATE_BY_LETTER.get(match[1]!);
    if (!match || !gate) continue;
    edits.push({ gate, unit: Number(match[2]), column: Number(match[3]), value: Number(match[4]) });
  }
  return edits;
}

function parseShifts(text: string | null): Record<LstmGateName, number> | undefined {
  if (text === null) return undefined;
  const shifts: Record<LstmGateName, number> = { forget: 0, input: 0, candidate: 0, output: 0 };
  for (const part of text.split(',')) {
    const gate = GATE_BY_LETTER.get(part.charAt(0));
    const value = Number(part.slice(1));
    if (gate && part.length > 1 && Number.isFinite(value)) shifts[gate] = value;
  }
  return shifts;
}

/**
 * What a link says of the explorer's settings, unchecked beyond its syntax: the store's
 * `restoreSettings` clamps and drops what does not fit. Malformed parts are left out, so a
 * hostile or truncated link restores what it can and nothing else.
 */
export function explorerSettingsFromSearch(search: string): Partial<LstmExplorerSettings> {
  const params = new URLSearchParams(search);
  const settings: Partial<LstmExplorerSettings> = {};
  const size = /^(\d{1,3})x(\d{1,3})$/.exec(params.get('size') ?? '');
  if (size) {
    settings.inputSize = Number(size[1]);
    settings.hiddenSize = Number(size[2]);
  }
  const assign = <K extends keyof LstmExplorerSettings>(key: K, value: LstmExplorerSettings[K] | undefined) => {
    if (value !== undefined) settings[key] = value;
  };
  assign('input', numbers(params.get('x')));
  assign('previousHidden', numbers(params.get('h')));
  assign('previousCell', numbers(params.get('c')));
  const preset = params.get('preset');
  assign('preset', preset === 'random' || preset === 'keepsMemory' ? preset : undefined);
  assign('seed', wholeNumber(params.get('seed')));
  assign('biasShifts', parseShifts(params.get('bias')));
  assign('weightEdits', parseEdits(params.get('w')));
  assign('stage', wholeNumber(params.get('stage')));
  assign('focusedUnit', wholeNumber(params.get('unit')));
  return settings;
}

/** True when the link carries any explorer setting at all. */
export function hasExplorerSettings(search: string): boolean {
  const params = new URLSearchParams(search);
  return KEYS.some((key) => params.has(key));
}
