import type { SettingsLink, UnreadKey } from '../connectSettingsToPage';
import type { SequenceState } from './sequenceStore';
import { gateLetter, GRU_NOTATION, LSTM_NOTATION } from '../../model';
import { type InputEdit, type SequenceGate, type SequenceSettings, type StateEdit } from './sequenceSettings';

// The sequence view's settings in a link, every key starting with `s` so none clashes with the
// explorers' (size, x, …; gsize, gx, …) or the comparison's (vs…):
// `?snet=lstm.1x8x2&sdir=1&sbf=0&slen=30&sbatch=1&sw=random&swseed=1&sbias=f4&sx=pulse&sxseed=1
// &sdraw=3.0.0:1.5;4.0.0:2&sfeat=0&s0=zeros&s0seed=1&s0e=h.0.0.2:0.5&st=5&scell=1.0&sb=0&sspeed=4`.

// Each gate letter of either cell (the notation's), to its gate. Before links took their letters
// from the notation the GRU's candidate was written g, the LSTM's letter for the same gate name;
// g still reads as the candidate, so those links restore as they did.
const GATE_BY_LETTER = new Map<string, SequenceGate>([
  ...LSTM_NOTATION.gates.map((gate) => [LSTM_NOTATION.gate[gate].letter, gate] as const),
  ...GRU_NOTATION.gates.map((gate) => [GRU_NOTATION.gate[gate].letter, gate] as const),
]);

const KEYS = [
  'snet',
  'sdir',
  'sbf',
  'slen',
  'sbatch',
  'sw',
  'swseed',
  'sbias',
  'sx',
  'sxseed',
  'sdraw',
  'sfeat',
  's0',
  's0seed',
  's0e',
  'st',
  'scell',
  'sb',
  'sspeed',
] as const;

/** Four decimals: finer than any slider step, short enough for a link. */
const round = (value: number) => String(Math.round(value * 1e4) / 1e4);

function wholeNumber(text: string | null): number | undefined {
  return text !== null && /^\d{1,10}$/.test(text) ? Number(text) : undefined;
}

function flag(text: string | null): boolean | undefined {
  return text === '1' ? true : text === '0' ? false : undefined;
}

/** `search` with the sequence view's settings written in and every other parameter kept. */
export function searchWithSequenceSettings(search: string, settings: SequenceSettings): string {
  const params = new URLSearchParams(search);
  const shifts = (Object.entries(settings.biasShifts) as [SequenceGate, number][])
    .filter(([, value]) => value !== 0)
    .map(([gate, value]) => `${gateLetter(settings.kind, gate)}${round(value)}`)
    .join(',');
  const values: Record<(typeof KEYS)[number], string> = {
    snet: `${settings.kind.toLowerCase()}.${settings.inputSize}x${settings.hiddenSize}x${settings.numLayers}`,
    sdir: settings.bidirectional ? '1' : '0',
    sbf: settings.batchFirst ? '1' : '0',
    slen: String(settings.steps),
    sbatch: String(settings.batch),
    sw: settings.weightPreset,
    swseed: String(settings.weightSeed),
    sbias: shifts,
    sx: settings.inputPreset,
    sxseed: String(settings.inputSeed),
    sdraw: settings.inputEdits.map((edit) => `${edit.t}.${edit.batch}.${edit.feature}:${round(edit.value)}`).join(';'),
    sfeat: String(settings.drawnFeature),
    s0: settings.initialState,
    s0seed: String(settings.stateSeed),
    s0e: settings.stateEdits
      .map((edit) => `${edit.state}.${edit.row}.${edit.batch}.${edit.unit}:${round(edit.value)}`)
      .join(';'),
    st: String(settings.t),
    scell: `${settings.layer}.${settings.direction}`,
    sb: String(settings.shownBatch),
    sspeed: String(settings.speed),
  };
  for (const key of KEYS) {
    if (values[key] === '') params.delete(key);
    else params.set(key, values[key]);
  }
  return `?${params.toString()}`;
}

/** `a.b.c:value` parts of a list, as numbers; malformed parts are left out and told to `unread`. */
function parts(
  text: string | null,
  indices: number,
  unread: () => void,
): { indices: number[]; value: number; head: string }[] {
  if (!text) return [];
  const found = [];
  for (const part of text.split(';')) {
    const match = /^([a-z]?)\.?([\d.]+):(-?[\d.]+(?:e-?\d+)?)$/.exec(part);
    const numbers = match ? match[2]!.split('.').map(Number) : [];
    const value = match ? Number(match[3]) : NaN;
    if (!match || numbers.length !== indices || !numbers.every(Number.isInteger) || !Number.isFinite(value)) {
      if (part !== '') unread();
      continue;
    }
    found.push({ head: match[1]!, indices: numbers, value });
  }
  return found;
}

/**
 * What a link says of the sequence view's settings, unchecked beyond its syntax: the store's
 * `restoreSettings` clamps and drops what does not fit, so a hostile or truncated link restores
 * what it can and nothing else. `unread` hears of a list (sbias, sdraw, s0e) read only in part.
 */
export function sequenceSettingsFromSearch(search: string, unread?: UnreadKey): Partial<SequenceSettings> {
  const params = new URLSearchParams(search);
  const settings: Partial<SequenceSettings> = {};
  const net = /^(lstm|gru)\.(\d{1,3})x(\d{1,3})x(\d{1,2})$/.exec(params.get('snet') ?? '');
  if (net) {
    settings.kind = net[1] === 'lstm' ? 'LSTM' : 'GRU';
    settings.inputSize = Number(net[2]);
    settings.hiddenSize = Number(net[3]);
    settings.numLayers = Number(net[4]);
  }
  const assign = <K extends keyof SequenceSettings>(key: K, value: SequenceSettings[K] | undefined) => {
    if (value !== undefined) settings[key] = value;
  };
  assign('bidirectional', flag(params.get('sdir')));
  assign('batchFirst', flag(params.get('sbf')));
  assign('steps', wholeNumber(params.get('slen')));
  assign('batch', wholeNumber(params.get('sbatch')));
  assign('weightPreset', (params.get('sw') ?? undefined) as SequenceSettings['weightPreset'] | undefined);
  assign('weightSeed', wholeNumber(params.get('swseed')));
  assign('inputPreset', (params.get('sx') ?? undefined) as SequenceSettings['inputPreset'] | undefined);
  assign('inputSeed', wholeNumber(params.get('sxseed')));
  assign('drawnFeature', wholeNumber(params.get('sfeat')));
  assign('initialState', (params.get('s0') ?? undefined) as SequenceSettings['initialState'] | undefined);
  assign('stateSeed', wholeNumber(params.get('s0seed')));
  assign('t', wholeNumber(params.get('st')));
  assign('shownBatch', wholeNumber(params.get('sb')));
  assign('speed', wholeNumber(params.get('sspeed')));
  const cell = /^(\d{1,2})\.(\d)$/.exec(params.get('scell') ?? '');
  if (cell) {
    settings.layer = Number(cell[1]);
    settings.direction = Number(cell[2]);
  }
  const bias = params.get('sbias');
  if (bias !== null) {
    const shifts: Partial<Record<SequenceGate, number>> = {};
    for (const gate of GATE_BY_LETTER.values()) shifts[gate] = 0;
    for (const part of bias.split(',')) {
      const gate = GATE_BY_LETTER.get(part.charAt(0));
      const value = Number(part.slice(1));
      if (gate && part.length > 1 && Number.isFinite(value)) shifts[gate] = value;
      else if (part !== '') unread?.('sbias');
    }
    settings.biasShifts = shifts;
  }
  if (params.has('sdraw') || params.has('snet')) {
    settings.inputEdits = parts(params.get('sdraw'), 3, () => unread?.('sdraw')).map(
      ({ indices: [t, batch, feature], value }): InputEdit => ({
        t: t!,
        batch: batch!,
        feature: feature!,
        value,
      }),
    );
  }
  if (params.has('s0e') || params.has('snet')) {
    const edits = parts(params.get('s0e'), 3, () => unread?.('s0e'));
    if (edits.some(({ head }) => head !== 'h' && head !== 'c')) unread?.('s0e');
    settings.stateEdits = edits
      .filter(({ head }) => head === 'h' || head === 'c')
      .map(({ head, indices: [row, batch, unit], value }): StateEdit => ({
        state: head as 'h' | 'c',
        row: row!,
        batch: batch!,
        unit: unit!,
        value,
      }));
  }
  return settings;
}

/** True when the link carries any of the sequence view's settings. */
export function hasSequenceSettings(search: string): boolean {
  const params = new URLSearchParams(search);
  return KEYS.some((key) => params.has(key));
}

/** The sequence store's link, for {@link connectSettingsToPage}. */
export const sequenceLink: SettingsLink<SequenceState, Partial<SequenceSettings>> = {
  keys: {
    kind: 'snet',
    inputSize: 'snet',
    hiddenSize: 'snet',
    numLayers: 'snet',
    bidirectional: 'sdir',
    batchFirst: 'sbf',
    steps: 'slen',
    batch: 'sbatch',
    weightPreset: 'sw',
    weightSeed: 'swseed',
    biasShifts: 'sbias',
    inputPreset: 'sx',
    inputSeed: 'sxseed',
    inputEdits: 'sdraw',
    drawnFeature: 'sfeat',
    initialState: 's0',
    stateSeed: 's0seed',
    stateEdits: 's0e',
    t: 'st',
    layer: 'scell',
    direction: 'scell',
    shownBatch: 'sb',
    speed: 'sspeed',
  },
  has: hasSequenceSettings,
  read: sequenceSettingsFromSearch,
  write: searchWithSequenceSettings,
};
