import { describe, expect, it } from 'vitest';
import { GIVE_WAY_MS, giveWayToInput } from '../../../src/store/lab/giveWayToInput';

/** A pointer event as the page sends it (jsdom-free: only what the listener reads). */
const pointer = (type: string, buttons: number) => Object.assign(new Event(type), { buttons });

describe('the lab gives way to the reader’s input elsewhere', () => {
  it('asks the trainer to wait on a press, a drag or a key while it trains in another view; never for a hover', () => {
    const target = new EventTarget();
    const asked: number[] = [];
    let busy = true;
    const stop = giveWayToInput({ giveWay: (ms) => asked.push(ms) }, () => busy, target);
    target.dispatchEvent(pointer('pointermove', 0));
    expect(asked).toEqual([]);
    target.dispatchEvent(pointer('pointerdown', 1));
    expect(asked).toEqual([GIVE_WAY_MS]);
    // A drag sends an input every frame; the worker hears of it at most every 100 ms.
    for (let move = 0; move < 5; move++) target.dispatchEvent(pointer('pointermove', 1));
    expect(asked).toHaveLength(1);
    busy = false;
    const later = performance.now() + 200;
    while (performance.now() < later);
    target.dispatchEvent(new Event('keydown'));
    expect(asked).toHaveLength(1);
    busy = true;
    target.dispatchEvent(new Event('keydown'));
    expect(asked).toHaveLength(2);
    stop();
    const afterStop = performance.now() + 150;
    while (performance.now() < afterStop);
    target.dispatchEvent(new Event('input'));
    expect(asked).toHaveLength(2);
  });
});
