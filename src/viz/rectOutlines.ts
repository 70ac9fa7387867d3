import type { Rect } from './diagramGeometry';

/**
 * Rectangles grouped by `keyOf`, each group's outlines as the data of one SVG path, in the order
 * the keys first appear. A drawing that fills one path per group instead of one rectangle per
 * shape changes a few attributes when every shape moves, not one element per shape: Chromium
 * gives each changed SVG element a new computed style, whose garbage a drag pays for in
 * collections that drop frames.
 */
export function outlinesByKey<Shape extends Rect, Key>(
  rects: readonly Shape[],
  keyOf: (rect: Shape) => Key,
): { key: Key; d: string }[] {
  const byKey = new Map<Key, string[]>();
  for (const rect of rects) {
    const key = keyOf(rect);
    let parts = byKey.get(key);
    if (!parts) byKey.set(key, (parts = []));
    const { x, y, width, height } = rect;
    parts.push(`M${x} ${y}h${width}v${height}h${-width}z`);
  }
  return Array.from(byKey, ([key, parts]) => ({ key, d: parts.join('') }));
}
