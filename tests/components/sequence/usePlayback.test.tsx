import { act, cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { usePlayback } from '../../../src/components/sequence/usePlayback';
import { sequenceStore, useSequenceStore } from '../../../src/store/sequence/sequenceStore';

/** Frames driven by hand: each call to `frame(ms)` runs the callbacks waiting, at time `ms`. */
let waiting: FrameRequestCallback[] = [];
function frame(now: number) {
  const callbacks = waiting;
  waiting = [];
  act(() => callbacks.forEach((callback) => callback(now)));
}

function Player() {
  usePlayback(useSequenceStore((state) => state.playing));
  return null;
}

beforeEach(() => {
  waiting = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => waiting.push(callback));
  vi.stubGlobal('cancelAnimationFrame', () => {
    waiting = [];
  });
  act(() => sequenceStore.getState().restoreSettings({ steps: 5, t: 0, speed: 60 }));
});

afterEach(() => {
  cleanup();
  act(() => sequenceStore.getState().pause());
  vi.unstubAllGlobals();
});

describe('playback', () => {
  it('at 60 steps/s takes one step on every 60 Hz frame, and stops on reaching the last step', () => {
    render(<Player />);
    act(() => sequenceStore.getState().play());
    const seen: number[] = [];
    for (let index = 0; index < 8; index++) {
      frame(index * (1000 / 60));
      seen.push(sequenceStore.getState().t);
    }
    // The first frame only starts the clock.
    expect(seen.slice(0, 5)).toEqual([0, 1, 2, 3, 4]);
    expect(sequenceStore.getState().playing).toBe(false);
    expect(seen.slice(5)).toEqual([4, 4, 4]);
  });

  it('at 4 steps/s waits 250 ms per step, and Play at the end starts over', () => {
    act(() => sequenceStore.getState().setSpeed(4));
    render(<Player />);
    act(() => sequenceStore.getState().goToStep(4));
    act(() => sequenceStore.getState().play());
    expect(sequenceStore.getState().t).toBe(0);
    frame(0);
    frame(200);
    expect(sequenceStore.getState().t).toBe(0);
    frame(250);
    expect(sequenceStore.getState().t).toBe(1);
    frame(400);
    frame(500);
    expect(sequenceStore.getState().t).toBe(2);
  });
});
