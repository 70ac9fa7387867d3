import { afterEach, describe, expect, it, vi } from 'vitest';
import { connectSettingsToPage, URL_WRITE_INTERVAL_MS } from '../../src/store/connectSettingsToPage';
import { createGruConventionStore, gruConventionLink } from '../../src/store/gru/gruConventionStore';

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
  it('restores from the link, then writes every change at most every interval, the last one always', () => {
    vi.useFakeTimers();
    const store = createGruConventionStore();
    const page = fakePage('?lang=zh&gform=textbook');
    const stop = connectSettingsToPage(store, gruConventionLink, page);
    expect(store.getState().convention).toBe('textbook');
    const writes = page.history.replaceState.mock.calls.length;
    store.getState().chooseConvention('resetBefore');
    store.getState().chooseConvention('pytorch');
    store.getState().chooseConvention('resetBefore');
    expect(page.history.replaceState.mock.calls.length).toBe(writes);
    vi.advanceTimersByTime(URL_WRITE_INTERVAL_MS);
    expect(page.history.replaceState.mock.calls.length).toBe(writes + 1);
    expect(page.location.search).toBe('?lang=zh&gform=resetBefore');
    stop();
    store.getState().chooseConvention('textbook');
    vi.advanceTimersByTime(URL_WRITE_INTERVAL_MS);
    expect(page.location.search).toBe('?lang=zh&gform=resetBefore');
  });
});
