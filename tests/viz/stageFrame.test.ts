import { describe, expect, it } from 'vitest';
import { stageFrame, unionOf } from '../../src/viz/stageFrame';

const drawing = { width: 1070, height: 404 };
const contains = (outer: { x: number; y: number; width: number; height: number }, inner: typeof outer) =>
  outer.x <= inner.x &&
  outer.y <= inner.y &&
  outer.x + outer.width >= inner.x + inner.width &&
  outer.y + outer.height >= inner.y + inner.height;

describe('stageFrame', () => {
  it('frames nothing when no part is drawn, so the whole drawing shows', () => {
    expect(unionOf([])).toBeUndefined();
    expect(stageFrame([], drawing)).toBeUndefined();
  });

  it('holds every part with room around it, inside the drawing', () => {
    const parts = [
      { x: 9, y: 12, width: 242, height: 72 },
      { x: 140, y: 242, width: 72, height: 40 },
      { x: 317, y: 12, width: 242, height: 65 },
    ];
    const frame = stageFrame(parts, drawing)!;
    for (const part of parts) expect(contains(frame, part)).toBe(true);
    expect(contains({ x: 0, y: 0, ...drawing }, frame)).toBe(true);
    // Room for arrowheads and strokes past the parts, except where the drawing ends.
    expect(frame.x + frame.width).toBeGreaterThanOrEqual(559 + 8);
    expect(frame.y + frame.height).toBeGreaterThanOrEqual(282 + 8);
  });

  it('widens a small frame about its centre so its neighbours say where it sits', () => {
    const gate = { x: 805, y: 162, width: 186, height: 66 };
    const frame = stageFrame([gate], drawing)!;
    expect(frame.width).toBeGreaterThanOrEqual(600);
    expect(frame.height).toBeGreaterThanOrEqual(230);
    // Pushed back inside the drawing's right edge rather than centred past it.
    expect(frame.x + frame.width).toBeLessThanOrEqual(drawing.width);
    expect(contains(frame, gate)).toBe(true);
  });

  it('keeps a tall frame narrow: widened, it would be drawn smaller beside the rule', () => {
    const column = { x: 698, y: 80, width: 351, height: 300 };
    const frame = stageFrame([column], drawing)!;
    expect(frame.width).toBeLessThan(400);
    expect(contains(frame, column)).toBe(true);
  });

  it('never frames more than the drawing, in whole units', () => {
    const frame = stageFrame([{ x: -20, y: -20, width: 2000, height: 900 }], drawing)!;
    expect(frame).toEqual({ x: 0, y: 0, width: 1070, height: 404 });
    const odd = stageFrame([{ x: 100.4, y: 50.6, width: 300.3, height: 120.2 }], drawing)!;
    for (const value of Object.values(odd)) expect(Number.isInteger(value)).toBe(true);
  });
});
