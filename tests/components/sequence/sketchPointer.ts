import { fireEvent } from '@testing-library/react';
import { vi } from 'vitest';
import { SKETCH_FRAME } from '../../../src/components/sequence/InputSketch';

/** Where the sketch sits on the fake screen: offset and twice its viewBox size, so the scaling is exercised. */
export const SKETCH_BOX = { left: 10, top: 20, width: SKETCH_FRAME.width * 2, height: SKETCH_FRAME.height * 2 };

/**
 * jsdom has neither PointerEvent nor pointer capture. A MouseEvent carrying a pointerId stands in,
 * so clientX / clientY reach React's handlers. Returns the function that undoes it.
 */
export function installPointerEvents(): () => void {
  class FakePointerEvent extends MouseEvent {
    readonly pointerId: number;
    constructor(type: string, init: PointerEventInit = {}) {
      super(type, init);
      this.pointerId = init.pointerId ?? 1;
    }
  }
  const original = Object.getOwnPropertyDescriptor(window, 'PointerEvent');
  Object.defineProperty(window, 'PointerEvent', { configurable: true, writable: true, value: FakePointerEvent });
  const capture = { setPointerCapture: vi.fn(), releasePointerCapture: vi.fn() };
  Object.assign(Element.prototype, capture);
  return () => {
    if (original) Object.defineProperty(window, 'PointerEvent', original);
    else delete (window as { PointerEvent?: unknown }).PointerEvent;
    for (const name of Object.keys(capture)) delete (Element.prototype as unknown as Record<string, unknown>)[name];
  };
}

/** Gives the sketch a box on screen: jsdom has no layout. */
export function placeSketch(sketch: Element): void {
  vi.spyOn(sketch, 'getBoundingClientRect').mockReturnValue({
    ...SKETCH_BOX,
    x: SKETCH_BOX.left,
    y: SKETCH_BOX.top,
    right: SKETCH_BOX.left + SKETCH_BOX.width,
    bottom: SKETCH_BOX.top + SKETCH_BOX.height,
    toJSON: () => ({}),
  });
}

/** Screen coordinates of the middle of step `t` (of `steps`) at height `value` on the sketch's ±3 scale. */
export function sketchPoint(t: number, steps: number, value: number): { clientX: number; clientY: number } {
  const { width, height, margin } = SKETCH_FRAME;
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  const x = margin.left + ((t + 0.5) * plotWidth) / steps;
  const y = margin.top + ((3 - value) / 6) * plotHeight;
  return {
    clientX: SKETCH_BOX.left + (x / width) * SKETCH_BOX.width,
    clientY: SKETCH_BOX.top + (y / height) * SKETCH_BOX.height,
  };
}

/** A drag across the sketch through `points` ([t, value] pairs): down at the first, a move to each other, up. */
export function dragAcross(sketch: Element, steps: number, points: [t: number, value: number][]): void {
  const [first, ...rest] = points;
  fireEvent.pointerDown(sketch, { pointerId: 1, button: 0, ...sketchPoint(first![0], steps, first![1]) });
  for (const [t, value] of rest) fireEvent.pointerMove(sketch, { pointerId: 1, ...sketchPoint(t, steps, value) });
  fireEvent.pointerUp(sketch, { pointerId: 1 });
}
