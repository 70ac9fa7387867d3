import type { UnreadKey } from '../connectSettingsToPage';

// What counts as a part of a link the page "could not read", and so is named in the notice:
// - a key the app reads whose value it rejected, whole or in part: not a number, out of range
//   (clamped or replaced), the wrong shape or length, an unknown name (each store's link finds
//   these: connectSettingsToPage). A clamped value is the nearest allowed one rather than the
//   default, but the reader needs the same warning: the page does not show what the link said;
// - a part whose percent escapes do not decode (a link cut off mid-character: index.html
//   rewrites its % as %25 before anything reads it, so only the link as it arrived shows it);
// - a key the app reads given twice with different values (the page uses the first);
// - tfjs's own debug flags, which index.html removes: their parser throws on many values.
// Keys the app does not read stay silent: chat apps and campaign tools add their own (utm_*,
// fbclid, WeChat's from=singlemessage), and the page never used them.

/** tfjs-core's query key for its debug flags, removed by index.html before tfjs can read it. */
export const TFJS_FLAGS_PARAM = 'tfjsflags';

/**
 * The query the page was opened with, before index.html mended its broken escapes: the
 * navigation's own URL. `location.search` where the browser keeps no navigation entry.
 */
export function searchAsArrived(window: Pick<Window, 'location' | 'performance'>): string {
  const entry = window.performance?.getEntriesByType?.('navigation')[0];
  try {
    return entry ? new URL(entry.name).search : window.location.search;
  } catch {
    return window.location.search;
  }
}

/** The keys of the parts of `search` whose percent escapes do not decode, as written when the key itself does not. */
export function undecodableKeys(search: string): string[] {
  const keys = new Set<string>();
  for (const part of search.replace(/^\?/, '').split('&')) {
    if (!part.includes('%')) continue;
    try {
      decodeURIComponent(part.replace(/\+/g, ' '));
    } catch {
      const key = part.split('=', 1)[0]!;
      try {
        keys.add(decodeURIComponent(key.replace(/\+/g, ' ')));
      } catch {
        keys.add(key);
      }
    }
  }
  return [...keys];
}

/** True when tfjs-core would find its debug flags in `search` (it splits on ? as well as &). */
export function carriesTfjsFlags(search: string): boolean {
  return [...search.matchAll(/[?&]([^=?&]+)(?:=[^&]*)?/g)].some(([, name]) => {
    try {
      return decodeURIComponent(name!) === TFJS_FLAGS_PARAM;
    } catch {
      return false;
    }
  });
}

/** Which of `keys` `search` gives more than once with different values. */
export function conflictingKeys(search: string, keys: Iterable<string>): string[] {
  const params = new URLSearchParams(search);
  return [...keys].filter((key) => new Set(params.getAll(key)).size > 1);
}

/** `keys` in the order `search` first gives them; keys it does not give (as read) last. */
export function inLinkOrder(keys: Iterable<string>, search: string): string[] {
  const order = new Map<string, number>();
  for (const key of new URLSearchParams(search).keys()) if (!order.has(key)) order.set(key, order.size);
  const at = (key: string) => order.get(key) ?? order.size;
  return [...keys].sort((first, second) => at(first) - at(second));
}

/** Every key the app reads from a link, and how to tell a readable value of those outside a store's link. */
export interface LinkKeys {
  /** The stores' links (`SettingsLink.keys`). */
  links: readonly { keys: Readonly<Record<string, string>> }[];
  /** Keys read by a check of their own (view, lang, both, tour): true when the value is readable. */
  plain: Readonly<Record<string, (value: string) => boolean>>;
}

/**
 * Tells `unread` of every part of the link the stores' links do not check themselves: broken
 * escapes in `arrived` (the link as it came), tfjs's flags, and in `opened` (the mended link the
 * app read) unreadable plain keys and known keys given twice with different values.
 */
export function noteUnreadLink(arrived: string, opened: string, known: LinkKeys, unread: UnreadKey): void {
  for (const key of undecodableKeys(arrived)) unread(key);
  if (carriesTfjsFlags(arrived)) unread(TFJS_FLAGS_PARAM);
  const params = new URLSearchParams(opened);
  for (const [key, readable] of Object.entries(known.plain)) {
    const value = params.get(key);
    if (value !== null && !readable(value)) unread(key);
  }
  const keys = new Set([
    ...Object.keys(known.plain),
    ...known.links.flatMap((link) => Object.values<string>(link.keys)),
  ]);
  for (const key of conflictingKeys(opened, keys)) unread(key);
}
