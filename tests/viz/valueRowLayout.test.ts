import { describe, expect, it } from 'vitest';
import { valueRowLayout } from '../../src/viz/valueRowLayout';

const inside = (layout: ReturnType<typeof valueRowLayout>) =>
  layout.geometry.cells.every(
    (cell) =>
      cell.x >= 0 && cell.y >= 0 && cell.x + cell.width <= layout.width && cell.y + cell.height <= layout.height,
  );

describe('valueRowLayout', () => {
  it('draws up to 8 values as numbered teaching cells and more as the compact grid, like the diagrams', () => {
    expect(valueRowLayout(8).mode).toBe('teaching');
    expect(valueRowLayout(9).mode).toBe('compact');
    // The course's H = 100 wraps as 5 rows of 20.
    const course = valueRowLayout(100);
    expect([course.geometry.rows, course.geometry.columns]).toEqual([5, 20]);
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
