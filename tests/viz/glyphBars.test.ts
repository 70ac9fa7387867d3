import { describe, expect, it } from 'vitest';
import { barPaths, glyphBarRects } from '../../src/viz/glyphBars';
import type { GlyphBar } from '../../src/viz/timelineData';

const box = { x: 100, y: 50, width: 40, height: 44 };
const lstmBars = (f: number, i: number, g: number, o: number): GlyphBar[] => [
  { role: 'forget', symbol: 'f', mean: f },
  { role: 'input', symbol: 'i', mean: i },
  { role: 'candidate', symbol: 'g', mean: g },
  { role: 'output', symbol: 'o', mean: o },
];

describe('glyphBarRects', () => {
  it('grows a gate from the bottom by its mean and the candidate up or down from the middle', () => {
    const [f, i, g, o] = glyphBarRects(box, lstmBars(1, 0.5, -0.5, 0));
    // 40 units wide: four bars of 7.5 with five gaps of 2, all inside the box.
    expect([f!.x, i!.x, g!.x, o!.x]).toEqual([102, 111.5, 121, 130.5]);
    expect(f!.width).toBe(7.5);
    // A gate at 1 fills the box but for 2 units at each end; 0.5 is half that.
    expect([f!.y, f!.height]).toEqual([52, 40]);
    expect([i!.y, i!.height]).toEqual([72, 20]);
    // The candidate at −0.5 hangs from the middle (y 72) down a quarter of the box.
    expect([g!.y, g!.height]).toEqual([72, 10]);
    expect(glyphBarRects(box, lstmBars(0, 0, 0.5, 0))[2]).toMatchObject({ y: 62, height: 10 });
    // A gate at 0 is still drawn, as a hairline at the bottom.
    expect([o!.y, o!.height]).toEqual([92, 0.5]);
  });

  it('fits three GRU bars in the same box', () => {
    const rects = glyphBarRects(box, [
      { role: 'reset', symbol: 'r', mean: 0.2 },
      { role: 'update', symbol: 'z', mean: 0.9 },
      { role: 'candidate', symbol: 'n', mean: 0.3 },
    ]);
    expect(rects).toHaveLength(3);
    const last = rects[2]!;
    expect(last.x + last.width).toBeCloseTo(box.x + box.width - 2, 10);
  });
});

describe('barPaths', () => {
  /** The rectangles a path's `M x y h w v h h −w z` outlines draw. */
  const rectsOf = (d: string) =>
    Array.from(d.matchAll(/M(\S+) (\S+)h(\S+)v(\S+)h(\S+)z/g), ([, x, y, width, height, back]) => {
      expect(Number(back)).toBe(-Number(width));
      return { x: Number(x), y: Number(y), width: Number(width), height: Number(height) };
    });

  it('draws every bar of one gate in one path, exactly where its rectangle is', () => {
    const first = glyphBarRects(box, lstmBars(0.9, 0.1, -0.7, 0.45));
    const second = glyphBarRects({ ...box, x: 180 }, lstmBars(0.3, 0.8, 0.25, 0.6));
    const paths = barPaths([...first, ...second]);
    expect(paths.map((path) => path.role)).toEqual(['forget', 'input', 'candidate', 'output']);
    paths.forEach((path, gate) => {
      expect(rectsOf(path.d)).toEqual(
        [first[gate]!, second[gate]!].map(({ x, y, width, height }) => ({ x, y, width, height })),
      );
    });
  });
});
