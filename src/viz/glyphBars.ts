import type { DiagramRole } from './colors';
import { outlinesByKey } from './rectOutlines';
import type { GlyphBar } from './timelineData';

/** A glyph bar's rectangle in the timeline's coordinates. */
export interface BarRect {
  role: DiagramRole;
  x: number;
  y: number;
  width: number;
  height: number;
}

const GAP = 2;
/** A bar never vanishes: a mean of 0 still shows as a hairline, so the gate is seen to be there. */
const MIN_HEIGHT = 0.5;

/**
 * The bars of a glyph drawn in `box`, one per gate, side by side with 2-unit gaps: each bar's
 * height is its gate's mean over the units. A selector (f, i, o; r, z) grows from the bottom over
 * (0, 1); the candidate (g; n) grows up or down from the middle over (−1, 1).
 */
export function glyphBarRects(
  box: { x: number; y: number; width: number; height: number },
  bars: readonly GlyphBar[],
): BarRect[] {
  const barWidth = (box.width - GAP * (bars.length + 1)) / bars.length;
  const middle = box.y + box.height / 2;
  return bars.map((bar, index) => {
    const signed = bar.role === 'candidate';
    const extent = signed ? (Math.abs(bar.mean) * (box.height - 4)) / 2 : bar.mean * (box.height - 4);
    return {
      role: bar.role,
      x: box.x + GAP + index * (barWidth + GAP),
      y: signed ? (bar.mean >= 0 ? middle - extent : middle) : box.y + box.height - 2 - extent,
      width: barWidth,
      height: Math.max(extent, MIN_HEIGHT),
    };
  });
}

/**
 * The outline of every rectangle of each role, as one SVG path per role (in the order the roles
 * first appear): the timeline fills one path per gate rather than one rectangle per bar, so a
 * slider that moves every bar changes a few attributes instead of a hundred elements.
 */
export function barPaths(rects: readonly BarRect[]): { role: DiagramRole; d: string }[] {
  return outlinesByKey(rects, (rect) => rect.role).map(({ key, d }) => ({ role: key, d }));
}
