import type { ComparisonSettings } from './comparisonSettings';
import type { ComparisonState } from './comparisonStore';
import type { SettingsLink } from '../connectSettingsToPage';

// The LSTM-vs-GRU view's settings in a link: `?vssize=10x20&vsseed=1&vsx=1&vssteps=100&vsf=2.5
// &vsz=-1`. Every key starts with `vs`, so none can clash with the LSTM explorer's unprefixed
// keys (size, x, h, c, …) or the GRU explorer's (g…), and all three share one link.
const KEYS = {
  size: 'vssize',
  seed: 'vsseed',
  pulse: 'vsx',
  steps: 'vssteps',
  forget: 'vsf',
  update: 'vsz',
} as const;

/** Four decimals: finer than any slider step, short enough for a link. */
const round = (value: number) => String(Math.round(value * 1e4) / 1e4);

function numberOf(text: string | null): number | undefined {
  if (text === null || text.trim() === '') return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

function wholeNumberOf(text: string | null): number | undefined {
  return text !== null && /^\d{1,10}$/.test(text) ? Number(text) : undefined;
}

/** `search` with the comparison's settings written in and every other parameter (such as `lang`) kept. */
export function searchWithComparisonSettings(search: string, settings: ComparisonSettings): string {
  const params = new URLSearchParams(search);
  params.set(KEYS.size, `${settings.inputSize}x${settings.hiddenSize}`);
  params.set(KEYS.seed, String(settings.seed));
  params.set(KEYS.pulse, round(settings.pulse));
  params.set(KEYS.steps, String(settings.steps));
  params.set(KEYS.forget, round(settings.forgetBiasShift));
  params.set(KEYS.update, round(settings.updateBiasShift));
  return `?${params.toString()}`;
}

/**
 * What a link says of the comparison's settings, unchecked beyond its syntax: the store's
 * `restoreSettings` clamps and drops what does not fit. A malformed value is left out.
 */
export function comparisonSettingsFromSearch(search: string): Partial<ComparisonSettings> {
  const params = new URLSearchParams(search);
  const settings: Partial<ComparisonSettings> = {};
  const size = /^(\d{1,4})x(\d{1,4})$/.exec(params.get(KEYS.size) ?? '');
  if (size) {
    settings.inputSize = Number(size[1]);
    settings.hiddenSize = Number(size[2]);
  }
  const entries: [keyof ComparisonSettings, number | undefined][] = [
    ['seed', wholeNumberOf(params.get(KEYS.seed))],
    ['pulse', numberOf(params.get(KEYS.pulse))],
    ['steps', wholeNumberOf(params.get(KEYS.steps))],
    ['forgetBiasShift', numberOf(params.get(KEYS.forget))],
    ['updateBiasShift', numberOf(params.get(KEYS.update))],
  ];
  for (const [key, value] of entries) if (value !== undefined) settings[key] = value;
  return settings;
}

/** True when the link carries any of the comparison's settings at all. */
export function hasComparisonSettings(search: string): boolean {
  const params = new URLSearchParams(search);
  return Object.values(KEYS).some((key) => params.has(key));
}

/** The comparison store's link, for {@link connectSettingsToPage}. */
export const comparisonLink: SettingsLink<ComparisonState, Partial<ComparisonSettings>> = {
  keys: {
    inputSize: KEYS.size,
    hiddenSize: KEYS.size,
    seed: KEYS.seed,
    pulse: KEYS.pulse,
    steps: KEYS.steps,
    forgetBiasShift: KEYS.forget,
    updateBiasShift: KEYS.update,
  },
  has: hasComparisonSettings,
  read: comparisonSettingsFromSearch,
  write: searchWithComparisonSettings,
};
