import { path } from 'd3-path';

// The geometry both cell diagrams (LSTM and GRU) are built from, in viewBox units: the two modes,
// strips of cells with a label beside them, operator nodes, layer boxes and arrows along rounded
// polylines. Pure functions; each layout file only decides where things go. The landscape
// drawings' sizes are in wideDiagramGeometry, the phone's in narrowDiagramGeometry; the cell sizes
// here are those of a vector drawn on its own (valueRowLayout) and of the phone's course sizes.

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

/** A vector drawn as a strip of cells (the course's sizes as a grid); `cells[k]` is entry k. */
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

export interface ModeMetrics {
  cellWidth: number;
  cellHeight: number;
  /** Columns for a vector of n values. */
  columnsFor: (length: number) => number;
  fontSize: DiagramFontSize;
}

/** The largest teaching size. */
const TEACHING_MAX_SIZE = 8;
const COMPACT_COLUMNS = 20;

const CONCAT_GAP = 20;
const CORNER = 12;

/** The mode for a cell's sizes: teaching while every vector fits a few large cells. */
export function diagramModeFor(hiddenSize: number, inputSize: number): DiagramMode {
  return hiddenSize <= TEACHING_MAX_SIZE && inputSize <= TEACHING_MAX_SIZE ? 'teaching' : 'compact';
}

/** Cell size, wrapping and fonts of `mode` for a cell of `hiddenSize` units. */
export function metricsFor(mode: DiagramMode, hiddenSize: number): ModeMetrics {
  if (mode === 'teaching') {
    return {
      cellWidth: 56,
      cellHeight: 44,
      // One row, whatever the length: a vector wrapped into rows would read as a matrix.
      columnsFor: (length) => length,
      fontSize: { value: 17, label: 22, operator: 26 },
    };
  }
  // Every vector gets the hidden vectors' row count, so h and x line up inside [h, x].
  const rows = Math.ceil(hiddenSize / COMPACT_COLUMNS);
  return {
    cellWidth: 10,
    cellHeight: 10,
    columnsFor: (length) => Math.ceil(length / rows),
    fontSize: { value: 0, label: 22, operator: 26 },
  };
}

function cellsOf(x: number, y: number, length: number, columns: number, cellWidth: number, cellHeight: number) {
  return Array.from({ length }, (_, index) => ({
    x: x + (index % columns) * cellWidth,
    y: y + Math.floor(index / columns) * cellHeight,
    width: cellWidth,
    height: cellHeight,
  }));
}

export type LabelSide = 'above' | 'below' | 'left';

/** A vector of `length` values centred on `at`, its label on `side`. */
export function strip(
  metrics: ModeMetrics,
  length: number,
  at: { centerX: number; centerY: number },
  side: LabelSide,
): StripGeometry {
  const columns = metrics.columnsFor(length);
  const rows = Math.ceil(length / columns);
  const width = columns * metrics.cellWidth;
  const height = rows * metrics.cellHeight;
  const x = at.centerX - width / 2;
  const y = at.centerY - height / 2;
  const labels: Record<LabelSide, LabelAnchor> = {
    above: { x, y: y - 10, anchor: 'start' },
    below: { x: at.centerX, y: y + height + metrics.fontSize.label + 6, anchor: 'middle' },
    left: { x: x - 12, y: at.centerY + metrics.fontSize.label * 0.35, anchor: 'end' },
  };
  return {
    x,
    y,
    width,
    height,
    columns,
    rows,
    cells: cellsOf(x, y, length, columns, metrics.cellWidth, metrics.cellHeight),
    label: labels[side],
  };
}

/** [h, x] as one strip: the h cells wrapped like every hidden vector, a gap, then the x cells. */
export function concatStrip(previousHidden: StripGeometry, input: StripGeometry, centerX: number, top: number) {
  const width = previousHidden.width + CONCAT_GAP + input.width;
  const height = Math.max(previousHidden.height, input.height);
  const x = centerX - width / 2;
  const shift = (cells: Rect[], from: Rect, toX: number) =>
    cells.map((cell) => ({ ...cell, x: cell.x - from.x + toX, y: cell.y - from.y + top }));
  const xStart = x + previousHidden.width + CONCAT_GAP;
  const geometry: StripGeometry = {
    x,
    y: top,
    width,
    height,
    columns: previousHidden.columns + input.columns,
    rows: Math.max(previousHidden.rows, input.rows),
    cells: [...shift(previousHidden.cells, previousHidden, x), ...shift(input.cells, input, xStart)],
    label: { x, y: top - 10, anchor: 'start' },
    dividerX: x + previousHidden.width + CONCAT_GAP / 2,
  };
  return geometry;
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
