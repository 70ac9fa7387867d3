import type { SettingsLink } from '../connectSettingsToPage';
import type { LabSettings, LabState } from './labStore';

/**
 * The model's RECALL_MIN_LENGTH and RECALL_MAX_LENGTH, written here so that the first view, which
 * reads the lab's link, need not load the lab's model code (tests/store/lab checks they agree).
 */
export const LAB_MIN_LENGTH = 5;
export const LAB_MAX_LENGTH = 100;

// The lab's settings in a link: `?llen=50&lcarry=1`. Every key starts with `l` and none clashes
// with another view's (the sequence view's are `s…`, the shapes view's `sh…`), so all share one link.
const KEYS = { sequenceLength: 'llen', carryOpen: 'lcarry' } as const;

/** `search` with the lab's settings written in and every other parameter kept. */
export function searchWithLabSettings(search: string, settings: LabSettings): string {
  const params = new URLSearchParams(search);
  params.set(KEYS.sequenceLength, String(settings.sequenceLength));
  params.set(KEYS.carryOpen, settings.carryOpen ? '1' : '0');
  return `?${params.toString()}`;
}

/**
 * What a link says of the lab's settings. A malformed value, or a length out of range, is left out
 * (and so named as unread): the lab's store connects to the link only when its view loads, after the
 * first view has named what it could not read.
 */
export function labSettingsFromSearch(search: string): Partial<LabSettings> {
  const params = new URLSearchParams(search);
  const text = params.get(KEYS.sequenceLength);
  const length = text !== null && /^\d{1,4}$/.test(text) ? Number(text) : undefined;
  const carry = params.get(KEYS.carryOpen);
  return {
    ...(length !== undefined && length >= LAB_MIN_LENGTH && length <= LAB_MAX_LENGTH && { sequenceLength: length }),
    ...((carry === '1' || carry === '0') && { carryOpen: carry === '1' }),
  };
}

/** True when the link carries any of the lab's settings. */
export function hasLabSettings(search: string): boolean {
  const params = new URLSearchParams(search);
  return Object.values(KEYS).some((key) => params.has(key));
}

/** The lab store's link, for connectSettingsToPage. */
export const labLink: SettingsLink<LabState, Partial<LabSettings>> = {
  keys: KEYS,
  has: hasLabSettings,
  read: labSettingsFromSearch,
  write: searchWithLabSettings,
};
