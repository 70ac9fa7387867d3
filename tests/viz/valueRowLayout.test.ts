import { describe, expect, it } from 'vitest';
import { valueRowLayout } from '../../src/viz/valueRowLayout';

const inside = (layout: ReturnType<typeof valueRowLayout>) =>
  layout.geometry.cells.every(
    (cell) =>
      cell.x >= 0 && cell.y >= 0 && cell.x + cell.width <= layout.width && cell.y + cell.height <= layout.height,
  );

describe('valueRowLayout', () => {
  it('draws up to 8 values as numbered teaching cells and more as thin cells of colour, like the diagrams', () => {
    expect(valueRowLayout(8).mode).toBe('teaching');
    expect(valueRowLayout(8).geometry.decimals).toBe(2);
    expect(valueRowLayout(9).mode).toBe('compact');
    expect(valueRowLayout(9).geometry.decimals).toBe(0);
  });

  // The issue: "a long vector scrolls or compresses, never wraps into a grid" (a grid reads as a matrix).
  it.each([4, 8, 20, 100])('keeps a vector of %i values, and a forward and reverse pair, on one row', (size) => {
    for (const parts of [1, 2] as const) {
      const { geometry } = valueRowLayout(size, parts);
      expect(geometry.rows).toBe(1);
      expect(geometry.cells).toHaveLength(size * parts);
      expect(new Set(geometry.cells.map((cell) => cell.y)).size).toBe(1);
      const lefts = geometry.cells.map((cell) => cell.x);
      expect([...lefts].sort((a, b) => a - b)).toEqual(lefts);
    }
  });

  it("compresses the course's H = 100 into thin cells about as wide as a teaching row, not 100 numbered ones", () => {
    const course = valueRowLayout(100);
    const teaching = valueRowLayout(8);
    expect(course.width).toBeLessThanOrEqual(teaching.width);
    expect(course.geometry.cells[0]!.width).toBeLessThan(teaching.geometry.cells[0]!.width / 10);
  });

  it('keeps every cell inside the drawing', () => {
    for (const size of [1, 4, 8, 9, 100])
      for (const parts of [1, 2] as const) expect(inside(valueRowLayout(size, parts))).toBe(true);
  });

  it('puts a forward and a reverse vector side by side, forward first, divided between them', () => {
    const { geometry } = valueRowLayout(4, 2);
    expect(geometry.cells).toHaveLength(8);
    const forwardRight = Math.max(...geometry.cells.slice(0, 4).map((cell) => cell.x + cell.width));
    const reverseLeft = Math.min(...geometry.cells.slice(4).map((cell) => cell.x));
    expect(geometry.dividerX).toBeGreaterThan(forwardRight);
    expect(geometry.dividerX).toBeLessThan(reverseLeft);
  });
});
