import { describe, expect, it } from 'vitest';
import { comparisonLink } from '../../../src/store/compare/comparisonUrl';
import { lstmExplorerLink } from '../../../src/store/lstm/lstmExplorerUrl';
import {
  carriesTfjsFlags,
  conflictingKeys,
  inLinkOrder,
  noteUnreadLink,
  searchAsArrived,
  undecodableKeys,
  type LinkKeys,
} from '../../../src/store/link/unreadLink';

const KNOWN: LinkKeys = {
  links: [lstmExplorerLink, comparisonLink],
  plain: { view: (value) => value === 'lstm' || value === 'gru', lang: (value) => value === 'en' || value === 'zh' },
};

function unreadOf(arrived: string, opened = arrived): string[] {
  const keys: string[] = [];
  noteUnreadLink(arrived, opened, KNOWN, (key) => keys.push(key));
  return keys;
}

describe('the parts of a link the page could not read', () => {
  it('names the parts whose escapes do not decode, by their key as written when the key is broken too', () => {
    expect(undecodableKeys('?view=lstm&x=%E0%A4%A&%zz=1&ok=%41%C3%A9&tour=%')).toEqual(['x', '%zz', 'tour']);
    expect(undecodableKeys('?lang=zh&x=0.5,-1')).toEqual([]);
  });

  it('finds tfjs’s debug flags where tfjs-core does (it splits on ? too), and only there', () => {
    expect(carriesTfjsFlags('?tfjsflags=x')).toBe(true);
    expect(carriesTfjsFlags('?view=gru&a?tfjsflags=DEBUG:true')).toBe(true);
    expect(carriesTfjsFlags('?%74fjsflags=1')).toBe(true);
    expect(carriesTfjsFlags('?a=1?tfjsflags=x')).toBe(false);
    expect(carriesTfjsFlags('?notfjsflags=1&x=tfjsflags')).toBe(false);
  });

  it('names a known key given twice with different values, not one repeated alike', () => {
    expect(conflictingKeys('?x=1,2&x=3&seed=1&seed=1&utm=a&utm=b', ['x', 'seed'])).toEqual(['x']);
  });

  it('checks the plain keys, and keeps keys the app does not read silent whatever they hold', () => {
    expect(unreadOf('?view=%3Cscript%3E&lang=zh&utm_source=%3Cimg%20src%3Dx%3E&fbclid=1&fbclid=2')).toEqual(['view']);
    expect(unreadOf('?view=gru&lang=xx&vsseed=1&vsseed=2')).toEqual(['lang', 'vsseed']);
  });

  it('reads broken escapes and tfjs flags from the link as it arrived, the rest from the mended one', () => {
    expect(unreadOf('?junk=%E0%A4%A&tfjsflags=x&view=gru', '?junk=%25E0%25A4%25A&view=gru')).toEqual([
      'junk',
      'tfjsflags',
    ]);
  });

  it('orders the keys as the link gives them, unknown ones last', () => {
    expect(inLinkOrder(['size', 'tfjsflags', 'x'], '?x=1&view=lstm&size=9x9')).toEqual(['x', 'size', 'tfjsflags']);
  });

  it('takes the link as it arrived from the navigation, or the address where there is none', () => {
    const page = (entries: { name: string }[]) => ({
      location: { search: '?x=%25E0' } as Location,
      performance: { getEntriesByType: () => entries } as unknown as Performance,
    });
    expect(searchAsArrived(page([{ name: 'http://host/?x=%E0' }]))).toBe('?x=%E0');
    expect(searchAsArrived(page([]))).toBe('?x=%25E0');
  });

  it('reads a 100 kB link of broken, repeated and markup parts in well under a second', () => {
    const parts = Array.from({ length: 6000 }, (_, index) =>
      index % 3 === 0 ? `k${index}=%E0%A4%A` : index % 3 === 1 ? `x=${index}` : `<b${index}>=<img>`,
    );
    const search = `?${parts.join('&')}`;
    expect(search.length).toBeGreaterThan(60_000);
    const started = performance.now();
    const keys = unreadOf(search);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(keys).toContain('x');
    expect(keys).toHaveLength(2001);
  });
});
