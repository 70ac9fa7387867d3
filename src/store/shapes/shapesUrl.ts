import type { RecurrentModule } from '../../model';
import type { SettingsLink } from '../connectSettingsToPage';
import type { ShapesSettings } from './shapesSettings';
import type { ShapesState } from './shapesStore';

// The shapes view's settings in a link: `?shmod=LSTM&shsize=50x100&shlayers=2&shbias=1&shbf=0
// &shdrop=0&shbi=0&shproj=0&shlen=10&shbatch=3` (`shbatch=none` for an unbatched input). Every key
// starts with `sh`, so none clashes with another view's, and all share one link.
const KEYS = {
  module: 'shmod',
  size: 'shsize',
  numLayers: 'shlayers',
  bias: 'shbias',
  batchFirst: 'shbf',
  dropout: 'shdrop',
  bidirectional: 'shbi',
  projSize: 'shproj',
  steps: 'shlen',
  batch: 'shbatch',
} as const;

const MODULES: readonly RecurrentModule[] = ['LSTM', 'GRU', 'LSTMCell', 'GRUCell'];
const FLAGS = ['bias', 'batchFirst', 'bidirectional'] as const;
const WHOLE = ['numLayers', 'projSize', 'steps'] as const;

const wholeNumberOf = (text: string | null) => (text !== null && /^\d{1,10}$/.test(text) ? Number(text) : undefined);
const flagOf = (text: string | null) => (text === '1' ? true : text === '0' ? false : undefined);

/** `search` with the shapes view's settings written in and every other parameter kept. */
export function searchWithShapesSettings(search: string, settings: ShapesSettings): string {
  const params = new URLSearchParams(search);
  params.set(KEYS.module, settings.module);
  params.set(KEYS.size, `${settings.inputSize}x${settings.hiddenSize}`);
  for (const field of WHOLE) params.set(KEYS[field], String(settings[field]));
  for (const flag of FLAGS) params.set(KEYS[flag], settings[flag] ? '1' : '0');
  params.set(KEYS.dropout, String(settings.dropout));
  params.set(KEYS.batch, settings.batched ? String(settings.batch) : 'none');
  return `?${params.toString()}`;
}

/**
 * What a link says of the shapes view's settings, unchecked beyond its syntax: the store's
 * `restoreSettings` clamps and drops what does not fit. A malformed value is left out (and so
 * named as unread).
 */
export function shapesSettingsFromSearch(search: string): Partial<ShapesSettings> {
  const params = new URLSearchParams(search);
  const settings: Partial<ShapesSettings> = {};
  const module = params.get(KEYS.module);
  if (MODULES.includes(module as RecurrentModule)) settings.module = module as RecurrentModule;
  const size = /^(\d{1,10})x(\d{1,10})$/.exec(params.get(KEYS.size) ?? '');
  if (size) {
    settings.inputSize = Number(size[1]);
    settings.hiddenSize = Number(size[2]);
  }
  for (const field of WHOLE) {
    const value = wholeNumberOf(params.get(KEYS[field]));
    if (value !== undefined) settings[field] = value;
  }
  for (const flag of FLAGS) {
    const value = flagOf(params.get(KEYS[flag]));
    if (value !== undefined) settings[flag] = value;
  }
  const dropout = params.get(KEYS.dropout);
  if (dropout !== null && /^\d*\.?\d+$/.test(dropout)) settings.dropout = Number(dropout);
  const batch = params.get(KEYS.batch);
  if (batch === 'none') settings.batched = false;
  else {
    const value = wholeNumberOf(batch);
    if (value !== undefined) Object.assign(settings, { batch: value, batched: true });
  }
  return settings;
}

/** True when the link carries any of the shapes view's settings. */
export function hasShapesSettings(search: string): boolean {
  const params = new URLSearchParams(search);
  return Object.values(KEYS).some((key) => params.has(key));
}

/** The shapes store's link, for {@link connectSettingsToPage}. */
export const shapesLink: SettingsLink<ShapesState, Partial<ShapesSettings>> = {
  keys: {
    module: KEYS.module,
    inputSize: KEYS.size,
    hiddenSize: KEYS.size,
    numLayers: KEYS.numLayers,
    bias: KEYS.bias,
    batchFirst: KEYS.batchFirst,
    dropout: KEYS.dropout,
    bidirectional: KEYS.bidirectional,
    projSize: KEYS.projSize,
    steps: KEYS.steps,
    batch: KEYS.batch,
    batched: KEYS.batch,
  },
  has: hasShapesSettings,
  read: shapesSettingsFromSearch,
  write: searchWithShapesSettings,
};
