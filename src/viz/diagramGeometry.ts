import { path } from 'd3-path';

// The geometry both cell diagrams (LSTM and GRU) are built from, in viewBox units: the two modes,
// strips of cells with a label beside them, operator nodes, layer boxes and arrows along rounded
// polylines. Pure functions; each layout file only decides where things go. The landscape
// drawings' sizes are in wideDiagramGeometry, the phone's in narrowDiagramGeometry; the width of
// the thin cells every drawing gives a vector at the course's sizes is here.

/** 'teaching': up to 8 values a vector, one large cell with its number each. 'compact': the course's size. */
export type DiagramMode = 'teaching' | 'compact';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where a text label goes: its anchor point and which side of the text that point is. */
export interface LabelAnchor {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

/** A vector drawn as a strip of cells, one row of them; `cells[k]` is entry k. */
export interface StripGeometry extends Rect {
  columns: number;
  rows: number;
  cells: Rect[];
  label: LabelAnchor;
  /** Only for [h, x]: the x between the h cells and the x cells. */
  dividerX?: number;
  /** Decimals of the number drawn in each teaching cell; 0 draws only its colour. Default 2. */
  decimals?: 0 | 1 | 2;
  /**
   * Set where the vector is drawn as its cells of another strip (the landscape LSTM's h_{t−1} and
   * x_t are the halves of [h_{t−1}, x_t]): only its label is drawn, naming those cells.
   */
  partOf?: string;
}

/** × and + are circles; tanh and 1 − (the GRU's 1 − z) are pills. */
export type NodeOperation = 'multiply' | 'add' | 'tanh' | 'oneMinus';

/** A pointwise operation. */
export interface NodeGeometry {
  operation: NodeOperation;
  x: number;
  y: number;
  /** Half width and half height: equal for circles. */
  radiusX: number;
  radiusY: number;
}

/**
 * A fully connected layer, then its activation: W·[h_{t−1}, x_t] + b through σ or tanh, or (the
 * GRU's W_hn h + b_hn) no activation at all.
 */
export interface BoxGeometry extends Rect {
  activation: 'sigmoid' | 'tanh' | 'linear';
}

/** An arrow along a polyline; `path` rounds its corners. */
export interface ArrowGeometry {
  points: [number, number][];
  path: string;
}

/** Font sizes in viewBox units: numbers inside cells, math labels, operators. */
export interface DiagramFontSize {
  value: number;
  label: number;
  operator: number;
}

/** The largest teaching size. */
const TEACHING_MAX_SIZE = 8;

/** At the course's sizes no thin cell is wider than this, nor, to stay visible, narrower than… */
const THIN_MAX_CELL = 12;
const THIN_MIN_CELL = 1.5;

const CORNER = 12;

/** The mode for a cell's sizes: teaching while every vector fits a few large cells. */
export function diagramModeFor(hiddenSize: number, inputSize: number): DiagramMode {
  return hiddenSize <= TEACHING_MAX_SIZE && inputSize <= TEACHING_MAX_SIZE ? 'teaching' : 'compact';
}

/**
 * The width of each of `count` thin cells sharing `span` units in one row: how every drawing
 * shows a vector at the course's sizes (a vector wrapped into rows would read as a matrix). The
 * cells compress rather than wrap; they only stop growing at 12 units and shrinking at 1.5.
 */
export function thinCellWidth(span: number, count: number): number {
  return Math.min(THIN_MAX_CELL, Math.max(THIN_MIN_CELL, span / Math.max(1, count)));
}

/** A polyline with rounded corners, as an SVG path string. */
export function arrow(...points: [number, number][]): ArrowGeometry {
  const drawn = path();
  const [first, ...rest] = points;
  if (!first) return { points, path: '' };
  drawn.moveTo(...first);
  rest.forEach((point, index) => {
    const next = rest[index + 1];
    if (next) drawn.arcTo(point[0], point[1], next[0], next[1], CORNER);
    else drawn.lineTo(...point);
  });
  return { points, path: drawn.toString() };
}

/** The point a fraction `t` (0…1) of the way along a polyline, by length. */
export function pointAlong(points: readonly [number, number][], t: number): [number, number] {
  const segments = points.slice(1).map((point, index) => {
    const from = points[index]!;
    return { from, to: point, length: Math.hypot(point[0] - from[0], point[1] - from[1]) };
  });
  const total = segments.reduce((sum, segment) => sum + segment.length, 0);
  let remaining = Math.min(1, Math.max(0, t)) * total;
  for (const segment of segments) {
    if (remaining <= segment.length && segment.length > 0) {
      const f = remaining / segment.length;
      return [
        segment.from[0] + f * (segment.to[0] - segment.from[0]),
        segment.from[1] + f * (segment.to[1] - segment.from[1]),
      ];
    }
    remaining -= segment.length;
  }
  return points[points.length - 1] ?? [0, 0];
}

/** Midpoints of a rectangle's edges, where arrows start and end. */
export const top = (rect: Rect): [number, number] => [rect.x + rect.width / 2, rect.y];
export const bottom = (rect: Rect): [number, number] => [rect.x + rect.width / 2, rect.y + rect.height];
export const left = (rect: Rect): [number, number] => [rect.x, rect.y + rect.height / 2];
export const right = (rect: Rect): [number, number] => [rect.x + rect.width, rect.y + rect.height / 2];

/** The same four points of a node's outline. */
export const nodeLeft = (node: NodeGeometry): [number, number] => [node.x - node.radiusX, node.y];
export const nodeRight = (node: NodeGeometry): [number, number] => [node.x + node.radiusX, node.y];
export const nodeTop = (node: NodeGeometry): [number, number] => [node.x, node.y - node.radiusY];
export const nodeBottom = (node: NodeGeometry): [number, number] => [node.x, node.y + node.radiusY];
