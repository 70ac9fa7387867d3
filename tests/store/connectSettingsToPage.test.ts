import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StoreApi } from 'zustand/vanilla';
import { MAX_LINK_WEIGHT_EDITS } from '../../src/store/cell/cellExplorerUrl';
import { createComparisonStore } from '../../src/store/compare/comparisonStore';
import { comparisonLink } from '../../src/store/compare/comparisonUrl';
import {
  connectSettingsToPage,
  keptAsGiven,
  URL_WRITE_PAUSE_MS,
  type SettingsLink,
} from '../../src/store/connectSettingsToPage';
import { createGruConventionStore, gruConventionLink } from '../../src/store/gru/gruConventionStore';
import { createGruExplorerStore } from '../../src/store/gru/gruExplorerStore';
import { gruExplorerLink } from '../../src/store/gru/gruExplorerUrl';
import { createLstmExplorerStore } from '../../src/store/lstm/lstmExplorerStore';
import { lstmExplorerLink } from '../../src/store/lstm/lstmExplorerUrl';
import { createSequenceStore } from '../../src/store/sequence/sequenceStore';
import { sequenceLink } from '../../src/store/sequence/sequenceUrl';

afterEach(() => vi.useRealTimers());

function fakePage(search: string) {
  const page = {
    location: { pathname: '/app/', search, hash: '' },
    history: {
      state: null,
      replaceState: vi.fn((_state: unknown, _title: string, url: string) => {
        page.location.search = url.slice('/app/'.length);
      }),
    },
  };
  return page;
}

describe('connectSettingsToPage', () => {
  it('restores from the link, then writes the last value once the changes pause, never during a drag', () => {
    vi.useFakeTimers();
    const store = createGruConventionStore();
    const page = fakePage('?lang=zh&gform=textbook');
    const stop = connectSettingsToPage(store, gruConventionLink, page);
    expect(store.getState().convention).toBe('textbook');
    const writes = page.history.replaceState.mock.calls.length;
    const conventions = ['pytorch', 'resetBefore'] as const;
    for (let frame = 0; frame < 60; frame++) {
      store.getState().chooseConvention(conventions[frame % 2]!);
      vi.advanceTimersByTime(16);
    }
    expect(page.history.replaceState.mock.calls.length).toBe(writes);
    vi.advanceTimersByTime(URL_WRITE_PAUSE_MS);
    expect(page.history.replaceState.mock.calls.length).toBe(writes + 1);
    expect(page.location.search).toBe('?lang=zh&gform=resetBefore');
    stop();
    store.getState().chooseConvention('textbook');
    vi.advanceTimersByTime(URL_WRITE_PAUSE_MS);
    expect(page.location.search).toBe('?lang=zh&gform=resetBefore');
  });

  it('writes a pending change at once when the page is left', () => {
    vi.useFakeTimers();
    const store = createGruConventionStore();
    const leaving = new Set<() => void>();
    const page = {
      ...fakePage('?gform=textbook'),
      addEventListener: (_type: 'pagehide', listener: () => void) => leaving.add(listener),
      removeEventListener: (_type: 'pagehide', listener: () => void) => leaving.delete(listener),
    };
    const stop = connectSettingsToPage(store, gruConventionLink, page);
    store.getState().chooseConvention('resetBefore');
    for (const leave of leaving) leave();
    expect(page.location.search).toBe('?gform=resetBefore');
    stop();
    expect(leaving.size).toBe(0);
  });
});

describe('what a link could not say', () => {
  function unreadKeys<State extends { restoreSettings: (settings: Settings) => void }, Settings>(
    store: StoreApi<State>,
    link: SettingsLink<State, Settings>,
    search: string,
  ): string[] {
    const keys = new Set<string>();
    connectSettingsToPage(store, link, fakePage(search), (key) => keys.add(key))();
    return [...keys];
  }

  it('names nothing for a link read whole, however it is written', () => {
    expect(unreadKeys(createLstmExplorerStore(), lstmExplorerLink, '?size=3x4&x=0.5,-1,2.00&bias=i-1,f2,&w=')).toEqual(
      [],
    );
    expect(unreadKeys(createSequenceStore(), sequenceLink, '?snet=gru.1x8x1&sbias=z2&slen=20&sdraw=1.0.0:1')).toEqual(
      [],
    );
    expect(unreadKeys(createComparisonStore(), comparisonLink, '?vssize=3x4&vsf=2.5&utm_source=x')).toEqual([]);
  });

  it('names each key whose value was malformed, out of range, too long or read only in part', () => {
    const store = createLstmExplorerStore();
    const search = '?x=1e308,2,3&h=NaN&seed=9999999999&stage=-0&unit=7&size=3x4&bias=f2,q3&preset=<b>&w=f.0.0:1;junk';
    expect(unreadKeys(store, lstmExplorerLink, search).sort()).toEqual(
      ['bias', 'h', 'preset', 'seed', 'stage', 'unit', 'w', 'x'].sort(),
    );
    // What it could read it kept: the clamped x, the forget shift, the one good edit.
    expect(store.getState()).toMatchObject({ input: [3, 2, 3], stage: 0, weightEdits: [{ gate: 'forget' }] });
    expect(store.getState().biasShifts.forget).toBe(2);
  });

  it('names what the store replaced to fit the rest of the link', () => {
    expect(unreadKeys(createGruExplorerStore(), gruExplorerLink, '?gsize=2x2&gx=1,1,1&gunit=1&gc=0.5').sort()).toEqual([
      'gc',
      'gx',
    ]);
    const sequence = '?snet=gru.1x8x1&s0e=c.0.0.0:1&sdraw=99.0.0:1;zz&st=40&slen=30&sbias=f1,q2';
    expect(unreadKeys(createSequenceStore(), sequenceLink, sequence).sort()).toEqual(['s0e', 'sbias', 'sdraw', 'st']);
    expect(unreadKeys(createComparisonStore(), comparisonLink, '?vssize=3x5&vssteps=55.5&vsx=Infinity').sort()).toEqual(
      ['vssize', 'vssteps', 'vsx'],
    );
  });

  it(`reads at most ${MAX_LINK_WEIGHT_EDITS} hand edits, so ten thousand cannot hold the page`, () => {
    const store = createLstmExplorerStore();
    const edits = Array.from({ length: 10_000 }, (_, index) => `f.${index % 4}.${index % 7}:0.5`).join(';');
    const started = performance.now();
    expect(unreadKeys(store, lstmExplorerLink, `?size=3x4&w=${edits}`)).toEqual(['w']);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(store.getState().weightEdits).toHaveLength(MAX_LINK_WEIGHT_EDITS);
  });

  it('needs no one to tell: without a listener the link is read as before', () => {
    const store = createLstmExplorerStore();
    connectSettingsToPage(store, lstmExplorerLink, fakePage('?x=9,9,9&size=3x4'))();
    expect(store.getState().input).toEqual([3, 3, 3]);
  });
});

describe('keptAsGiven', () => {
  it('compares numbers exactly, lists by length and item, and records by their given entries', () => {
    expect(keptAsGiven([0.5, -0], [0.5, 0])).toBe(true);
    expect(keptAsGiven([1, 2], [1, 2, 0])).toBe(false);
    expect(keptAsGiven({ forget: 2, input: 0 }, { forget: 2 })).toBe(true);
    expect(keptAsGiven({ forget: 2 }, { forget: 1.5 })).toBe(false);
    expect(keptAsGiven('random', 'keepsMemory')).toBe(false);
  });
});
