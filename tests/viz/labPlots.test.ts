import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../src/viz/colors';
import {
  curvesLayout,
  flowLayout,
  LAB_MODEL_COLORS,
  LAB_MODEL_DASHES,
  powerLabel,
  smoothPoints,
  thinPoints,
} from '../../src/viz/labPlots';

const MARGIN = { top: 0, right: 0, bottom: 0, left: 0 };
/** The points of an SVG path made of M and L commands. */
const pointsOf = (path: string) =>
  [...path.matchAll(/[ML]([-\d.e]+),([-\d.e]+)/g)].map((match) => [Number(match[1]), Number(match[2])]);

describe('lab plot colours', () => {
  it('one colour per model, each readable on white (3:1 for lines) and distinct, with distinct dashes', () => {
    const colors = Object.values(LAB_MODEL_COLORS);
    expect(new Set(colors).size).toBe(3);
    for (const color of colors) expect(contrastRatio(color, '#ffffff')).toBeGreaterThanOrEqual(3);
    expect(new Set(Object.values(LAB_MODEL_DASHES)).size).toBe(3);
  });
});

describe('smoothPoints and thinPoints', () => {
  it('averages each run of `window` points at its last step', () => {
    const points = [1, 3, 5, 7].map((value, step) => ({ step, value }));
    expect(smoothPoints(points, 2)).toEqual([
      { step: 0, value: 1 },
      { step: 1, value: 2 },
      { step: 2, value: 4 },
      { step: 3, value: 6 },
    ]);
  });

  it('keeps at most `most` points, the first and the last among them', () => {
    const many = Array.from({ length: 1001 }, (_, at) => at);
    const thin = thinPoints(many, 11);
    expect(thin).toEqual([0, 100, 200, 300, 400, 500, 600, 700, 800, 900, 1000]);
    expect(thinPoints([1, 2], 5)).toEqual([1, 2]);
  });
});

describe('curvesLayout', () => {
  it('maps steps to x across the width and values to y, up being larger, clamped to the domain', () => {
    const layout = curvesLayout(
      [{ kind: 'RNN', points: [0, 0.5, 1, 2].map((value, step) => ({ step: step * 100, value })) }],
      { width: 300, height: 100, lastStep: 300, yDomain: [0, 1], yFormat: String, marks: [0.5] },
      MARGIN,
    );
    expect(pointsOf(layout.lines[0]!.path)).toEqual([
      [0, 100],
      [100, 50],
      [200, 0],
      [300, 0],
    ]);
    expect(layout.lines[0]!.points).toBe(4);
    expect(layout.xTicks.at(-1)).toMatchObject({ value: 300, at: 300 });
    expect(layout.yTicks.find((tick) => tick.value === 0.4)).toMatchObject({ at: 60, label: '0.4' });
    expect(layout.marks).toEqual([{ value: 0.5, at: 50, label: '0.5' }]);
  });

  it('draws an empty run as no line, with an axis to step 1', () => {
    const layout = curvesLayout([], { width: 100, height: 50, lastStep: 0, yDomain: [0, 1], yFormat: String });
    expect(layout.lines).toEqual([]);
    expect(layout.xTicks.at(-1)!.value).toBe(1);
  });
});

describe('flowLayout', () => {
  it('draws L points per model on a log axis spanning whole decades', () => {
    const values = [1e-6, 1e-4, 1e-2, 1];
    const layout = flowLayout(
      [
        { kind: 'RNN', values },
        { kind: 'LSTM', values: [0.1, 0.1, 0.1, 0.1] },
      ],
      { width: 300, height: 120, length: 4 },
      MARGIN,
    );
    expect(layout.lines.map((line) => line.points)).toEqual([4, 4]);
    const rnn = pointsOf(layout.lines[0]!.path);
    expect(rnn.map(([x]) => x)).toEqual([0, 100, 200, 300]);
    // Six decades over 120 px: each power of ten 20 px higher.
    expect(rnn.map(([, y]) => Math.round(y!))).toEqual([120, 80, 40, 0]);
    expect(layout.yTicks.map((tick) => tick.label)).toEqual(['1e-6', '1e-4', '0.01', '1']);
  });

  it('puts zeros at the bottom and widens a flat series to a decade', () => {
    const layout = flowLayout([{ kind: 'GRU', values: [0, 0.5, 0.5] }], { width: 100, height: 100, length: 3 }, MARGIN);
    const points = pointsOf(layout.lines[0]!.path);
    expect(points[0]![1]).toBe(100);
    expect(layout.yTicks[0]!.value).toBeCloseTo(0.1);
    expect(layout.yTicks.at(-1)!.value).toBeCloseTo(10);
  });

  it('labels powers of ten plainly near 1, in e-notation beyond', () => {
    expect([1e-8, 1e-3, 0.01, 1, 100, 1e5].map(powerLabel)).toEqual(['1e-8', '1e-3', '0.01', '1', '100', '1e5']);
  });
});
