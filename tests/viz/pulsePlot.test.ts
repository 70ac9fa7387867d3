import { describe, expect, it } from 'vitest';
import { footprintCeiling, footprintPath, pulsePlotLayout, type PlotFrame } from '../../src/viz/pulsePlot';

// 100 × 50 inside margins of 10: the plot runs x 10 … 110, y 60 (value 0) … 10 (the top).
const frame: PlotFrame = { width: 120, height: 70, margin: { top: 10, right: 10, bottom: 10, left: 10 } };

describe('pulsePlotLayout', () => {
  it('maps t onto the width and the footprint onto the height, 0 at the bottom', () => {
    const layout = pulsePlotLayout([[1, 0.5, 0]], 2, frame);
    expect(layout.plot).toEqual({ left: 10, top: 10, right: 110, bottom: 60 });
    expect([layout.x(0), layout.x(2)]).toEqual([10, 110]);
    expect([layout.y(0), layout.y(1)]).toEqual([60, 10]);
    expect(layout.paths).toEqual(['M10,10L60,35L110,60']);
  });

  it('draws each series in order and leaves an empty one empty', () => {
    const layout = pulsePlotLayout([[1, 1, 1], [], [1, 0, 1]], 2, frame);
    expect(layout.paths).toEqual(['M10,10L60,10L110,10', '', 'M10,10L60,60L110,10']);
  });

  it('stretches the y axis when a curve rises above 1', () => {
    const layout = pulsePlotLayout([[1, 1.23, 0.5]], 2, frame);
    expect(layout.y.domain()).toEqual([0, 1.3]);
    expect(layout.yTicks.at(-1)!.value).toBeLessThanOrEqual(1.3);
    expect(layout.yTicks[0]).toEqual({ value: 0, position: 60 });
  });

  it('puts round ticks along t', () => {
    const layout = pulsePlotLayout([[1]], 100, frame);
    expect(layout.xTicks.map((tick) => tick.value)).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
    expect(layout.xTicks[5]!.position).toBe(60);
  });
});

describe('footprintCeiling and footprintPath', () => {
  it('keeps 1 unless a value is larger, then rounds up to a tenth', () => {
    expect(footprintCeiling([[1, 0.2], [0.9]])).toBe(1);
    expect(footprintCeiling([[1, 1.2]])).toBe(1.2);
    expect(footprintCeiling([Float32Array.from([1, 1.01])])).toBe(1.1);
    expect(footprintCeiling([])).toBe(1);
  });

  it('is empty for no values', () => {
    const layout = pulsePlotLayout([], 10, frame);
    expect(footprintPath([], layout.x, layout.y)).toBe('');
  });
});
