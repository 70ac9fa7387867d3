import { expect } from 'vitest';
import type {
  ArrowGeometry,
  DiagramMode,
  LabelAnchor,
  NodeGeometry,
  Rect,
  StripGeometry,
} from '../../src/viz/diagramGeometry';
import { NARROW_FONT } from '../../src/viz/narrowDiagramGeometry';

// Geometry checks shared by the phone layouts' tests: every part as a rectangle, every label as
// the rectangle its text takes (from the layouts' width estimates), every arrow as its segments.

export type Point = [number, number];

export const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

export const nodeRect = (node: NodeGeometry): Rect => ({
  x: node.x - node.radiusX,
  y: node.y - node.radiusY,
  width: 2 * node.radiusX,
  height: 2 * node.radiusY,
});

/** Whether `point` lies on `rect`'s outline. */
export function onEdge([x, y]: Point, rect: Rect) {
  const near = (a: number, b: number) => Math.abs(a - b) < 1e-6;
  const withinX = x >= rect.x - 1e-6 && x <= rect.x + rect.width + 1e-6;
  const withinY = y >= rect.y - 1e-6 && y <= rect.y + rect.height + 1e-6;
  return (
    (withinX && (near(y, rect.y) || near(y, rect.y + rect.height))) ||
    (withinY && (near(x, rect.x) || near(x, rect.x + rect.width)))
  );
}

/** Whether the segment from `a` to `b` (horizontal or vertical) enters the inside of `rect`. */
export function cuts(a: Point, b: Point, rect: Rect, inset = 0.5) {
  const [x1, x2] = [Math.min(a[0], b[0]), Math.max(a[0], b[0])];
  const [y1, y2] = [Math.min(a[1], b[1]), Math.max(a[1], b[1])];
  return (
    x2 > rect.x + inset && x1 < rect.x + rect.width - inset && y2 > rect.y + inset && y1 < rect.y + rect.height - inset
  );
}

/**
 * The rectangle a label of `ems` label-font ems takes: from its cap height to its subscripts' feet.
 * `font` is the label font (the phone drawing's by default).
 */
export function labelRect(label: LabelAnchor, ems: number, font: number = NARROW_FONT.label): Rect {
  const width = ems * font;
  const x = label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - width : label.x - width / 2;
  return { x, y: label.y - 0.75 * font, width, height: 1.05 * font };
}

export const segments = ({ points }: ArrowGeometry): [Point, Point][] =>
  points.slice(1).map((point, index) => [points[index]!, point]);

/**
 * Points where a horizontal segment of one arrow crosses a vertical segment of another inside
 * both (lines that share a stretch, like a bus and its branches, or meet end to side, do not cross).
 */
export function crossings(arrows: readonly (readonly [string, ArrowGeometry])[]): string[] {
  const found: string[] = [];
  const inside = (value: number, a: number, b: number) =>
    value > Math.min(a, b) + 1e-6 && value < Math.max(a, b) - 1e-6;
  for (const [nameA, a] of arrows)
    for (const [nameB, b] of arrows) {
      if (nameA === nameB) continue;
      for (const [p, q] of segments(a))
        for (const [r, s] of segments(b)) {
          const horizontal = p[1] === q[1] && p[0] !== q[0];
          const vertical = r[0] === s[0] && r[1] !== s[1];
          if (horizontal && vertical && inside(r[0], p[0], q[0]) && inside(p[1], r[1], s[1]))
            found.push(`${nameA} × ${nameB}`);
        }
    }
  return found;
}

/**
 * Every part of a cell diagram by the name its component gives it, as a rectangle; a node named
 * like a vector (the LSTM's tanh and tanh(C_t)) is `node:<name>`.
 */
export function partsOf(layout: {
  strips: Record<string, StripGeometry>;
  gateStrips: Record<string, StripGeometry>;
  boxes: Record<string, Rect>;
  nodes: Record<string, NodeGeometry>;
}): Map<string, Rect> {
  const all = new Map<string, Rect>();
  for (const [name, strip] of Object.entries(layout.strips)) all.set(name, strip);
  for (const [name, strip] of Object.entries(layout.gateStrips)) all.set(`gate:${name}`, strip);
  for (const [name, box] of Object.entries(layout.boxes)) all.set(`layer:${name}`, box);
  for (const [name, node] of Object.entries(layout.nodes))
    all.set(all.has(name) ? `node:${name}` : name, nodeRect(node));
  return all;
}

/** Every label of a cell diagram, by its part's name, as the rectangle its text takes. */
export function labelsOf(
  layout: { strips: Record<string, StripGeometry>; gateStrips: Record<string, StripGeometry> },
  vectorEms: Record<string, number>,
  font: number = NARROW_FONT.label,
): Map<string, Rect> {
  const all = new Map<string, Rect>();
  for (const [name, strip] of Object.entries(layout.strips))
    all.set(name, labelRect(strip.label, vectorEms[name]!, font));
  // Gate symbols (f_t, r_t, …) are about 1.1 ems.
  for (const [name, strip] of Object.entries(layout.gateStrips))
    all.set(`gate:${name}`, labelRect(strip.label, 1.3, font));
  return all;
}

/** Every teaching size (1–8 × 1–8), then compact and course sizes, as the layouts' tests run them. */
export const NARROW_TEST_SIZES: [number, number, DiagramMode | undefined][] = [
  ...Array.from(
    { length: 64 },
    (_, index) => [(index % 8) + 1, Math.floor(index / 8) + 1, undefined] as [number, number, undefined],
  ),
  [5, 5, 'compact'],
  [20, 10, undefined],
  [100, 50, undefined],
];

/** Every arrow of a cell diagram by name: its own arrows, and each layer's input and output. */
export function arrowsOf(layout: {
  arrows: Record<string, ArrowGeometry>;
  layerInputs: Record<string, ArrowGeometry>;
  layerOutputs: Record<string, ArrowGeometry>;
}): (readonly [string, ArrowGeometry])[] {
  return [
    ...Object.entries(layout.arrows),
    ...Object.entries(layout.layerInputs).map(([layer, geometry]) => [`into:${layer}`, geometry] as const),
    ...Object.entries(layout.layerOutputs).map(([layer, geometry]) => [`from:${layer}`, geometry] as const),
  ];
}

/** Every part lies inside the drawing of `width` × `height`, and no two parts overlap. */
export function expectPartsInsideAndApart(layout: { width: number; height: number }, parts: Map<string, Rect>): void {
  for (const [name, part] of parts) {
    expect(part.x, name).toBeGreaterThanOrEqual(0);
    expect(part.y, name).toBeGreaterThanOrEqual(0);
    expect(part.x + part.width, name).toBeLessThanOrEqual(layout.width);
    expect(part.y + part.height, name).toBeLessThanOrEqual(layout.height);
  }
  for (const [nameA, a] of parts)
    for (const [nameB, b] of parts) if (nameA < nameB) expect(overlaps(a, b), `${nameA} × ${nameB}`).toBe(false);
}

/** Every label lies inside the drawing's width, clear of every part, arrow and other label. */
export function expectLabelsClear(
  layout: { width: number },
  labels: Map<string, Rect>,
  parts: Map<string, Rect>,
  arrows: readonly (readonly [string, ArrowGeometry])[],
): void {
  for (const [name, label] of labels) {
    expect(label.x, name).toBeGreaterThanOrEqual(0);
    expect(label.x + label.width, name).toBeLessThanOrEqual(layout.width);
    for (const [partName, part] of parts) expect(overlaps(label, part), `${name} on ${partName}`).toBe(false);
    for (const [arrowName, geometry] of arrows)
      for (const [a, b] of segments(geometry)) expect(cuts(a, b, label, 0), `${name} under ${arrowName}`).toBe(false);
    for (const [otherName, other] of labels)
      if (name < otherName) expect(overlaps(label, other), `${name} × ${otherName}`).toBe(false);
  }
}
