import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import katex from 'katex';
import { whenIdleFor } from '../../../src/components/shared/afterFirstPaint';
import { typeset, warmUpTypesetting } from '../../../src/components/shared/typesetFormula';
import { useWarmUpWhenIdle } from '../../../src/components/shared/useWarmUpWhenIdle';
import { WARM_UP_RUNS, type WarmUp, warmUpNudge } from '../../../src/store/warmUp';
import { createStore, type StoreApi, useStore } from 'zustand';

// The warm-up must wait for the view's first numbers and for an idle page, run each time in an
// idle callback of its own (none may hold up a click), and happen once per view.

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

function View({ ready, warmUp }: { ready: boolean; warmUp: WarmUp }) {
  useWarmUpWhenIdle(ready, warmUp);
  return null;
}

/** A view of one number from a store that rehearses: it moves the number, and puts it back. */
function RehearsingView({ store, rendered }: { store: StoreApi<{ value: number }>; rendered: number[] }) {
  const value = useStore(store, (state) => state.value);
  rendered.push(value);
  useWarmUpWhenIdle(true, (run) => {
    const before = store.getState();
    store.setState({ value: before.value + warmUpNudge(run) });
    return () => store.setState(before, true);
  });
  return <output>{value.toFixed(2)}</output>;
}

describe('useWarmUpWhenIdle', () => {
  it('waits for the numbers, then runs each warm-up in its own idle callback, once', async () => {
    vi.useFakeTimers();
    const runs: number[] = [];
    const warmUp = (run: number) => {
      runs.push(run);
      return undefined;
    };
    const { rerender } = render(<View ready={false} warmUp={warmUp} />);
    await vi.runAllTimersAsync();
    expect(runs).toEqual([]);

    rerender(<View ready warmUp={warmUp} />);
    expect(runs).toEqual([]);
    // One idle callback: one run, not all of them.
    await vi.advanceTimersToNextTimerAsync();
    expect(runs).toEqual([0]);
    await vi.runAllTimersAsync();
    expect(runs).toEqual(Array.from({ length: WARM_UP_RUNS }, (_, run) => run));

    // Numbers that change later (a drag) start nothing more.
    rerender(<View ready={false} warmUp={warmUp} />);
    rerender(<View ready warmUp={warmUp} />);
    await vi.runAllTimersAsync();
    expect(runs).toHaveLength(WARM_UP_RUNS);
  });
});

describe('useWarmUpWhenIdle with a store that rehearses', () => {
  it('renders the moved number and its own again within each idle callback, so the page never shows the moved one', async () => {
    vi.useFakeTimers();
    const store = createStore<{ value: number }>()(() => ({ value: 0.5 }));
    const rendered: number[] = [];
    const shown: string[] = [];
    const { container } = render(<RehearsingView store={store} rendered={rendered} />);
    const output = container.querySelector('output')!;
    rendered.length = 0;
    for (let run = 0; run < WARM_UP_RUNS; run++) {
      await vi.advanceTimersToNextTimerAsync();
      shown.push(output.textContent!);
    }
    // Each run: a render of the moved number, then of the number the student set.
    expect(rendered).toEqual(Array.from({ length: WARM_UP_RUNS }, (_, run) => [0.5 + warmUpNudge(run), 0.5]).flat());
    expect(shown).toEqual(Array(WARM_UP_RUNS).fill('0.50'));
    expect(store.getState().value).toBe(0.5);
  });
});

describe('warmUpTypesetting', () => {
  it('sets a formula again with other digits at idle, once per source, and leaves what it shows alone', async () => {
    vi.useFakeTimers();
    const tex = 'f_t = \\sigma(0.731)';
    const shown = typeset(tex, false);
    const renderToString = vi.spyOn(katex, 'renderToString');
    warmUpTypesetting(tex, false);
    warmUpTypesetting(tex, false);
    expect(renderToString).not.toHaveBeenCalled();
    await vi.runAllTimersAsync();
    const sources = renderToString.mock.calls.map(([source]) => source);
    expect(sources).toHaveLength(WARM_UP_RUNS);
    expect(sources[0]).toBe('f_t = \\sigma(1.842)');
    expect(typeset(tex, false)).toBe(shown);
    expect(document.body.innerHTML).toBe('');
    renderToString.mockRestore();
  });
});

describe('whenIdleFor', () => {
  it('skips idle periods shorter than asked, as between the frames of a drag, and runs in a long one', () => {
    const pending: IdleRequestCallback[] = [];
    vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => pending.push(callback));
    const idle = (ms: number) => pending.shift()!({ didTimeout: false, timeRemaining: () => ms });
    let ran = 0;
    whenIdleFor(12, () => ran++);
    idle(9);
    idle(11.9);
    expect(ran).toBe(0);
    idle(40);
    expect(ran).toBe(1);
    expect(pending).toHaveLength(0);
  });

  it('without requestIdleCallback waits on a timer, and drops the task if the document has gone by then', () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestIdleCallback', undefined);
    try {
      let ran = 0;
      whenIdleFor(12, () => ran++);
      vi.advanceTimersByTime(250);
      expect(ran).toBe(1);
      // A page torn down before the timer fires (a test's jsdom at the end of its file).
      whenIdleFor(12, () => ran++);
      vi.stubGlobal('document', undefined);
      vi.advanceTimersByTime(250);
      expect(ran).toBe(1);
    } finally {
      vi.unstubAllGlobals();
      vi.useRealTimers();
    }
  });
});
