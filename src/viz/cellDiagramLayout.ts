import { path } from 'd3-path';
import type { LstmGateName } from '../model/lstmGates';

// Where everything of the LSTM cell diagram sits, in viewBox units. Pure geometry: the component
// draws it, a test pins it. The picture follows the course's (Olah's) drawing: the C line across
// the top, [h_{t−1}, x_t] entering below and fanning out to the four layers, the pointwise × and
// + on the C line, tanh(C_t) and the output gate's × on the right.

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

/** A vector drawn as a strip (or wrapped grid) of cells; `cells[k]` is entry k. */
export interface StripGeometry extends Rect {
  columns: number;
  rows: number;
  cells: Rect[];
  label: LabelAnchor;
  /** Only for [h, x]: the x between the h cells and the x cells. */
  dividerX?: number;
}

/** A pointwise operation: a circle for × and +, a pill for tanh. */
export interface NodeGeometry {
  operation: 'multiply' | 'add' | 'tanh';
  x: number;
  y: number;
  /** Half width and half height: equal for circles. */
  radiusX: number;
  radiusY: number;
}

/** A fully connected layer: W·[h_{t−1}, x_t] + b, then its activation. */
export interface BoxGeometry extends Rect {
  activation: 'sigmoid' | 'tanh';
}

/** An arrow along a polyline; `path` rounds its corners. */
export interface ArrowGeometry {
  points: [number, number][];
  path: string;
}

/** The vectors drawn outside the gates, named as in LstmCellExplanation. */
export type DiagramVector =
  'previousCell' | 'previousHidden' | 'input' | 'concat' | 'kept' | 'written' | 'cell' | 'cellTanh' | 'hidden';

export type DiagramNode = 'forgetMultiply' | 'add' | 'inputMultiply' | 'cellTanh' | 'outputMultiply';

export type DiagramArrow =
  | 'previousHiddenToConcat'
  | 'inputToConcat'
  | 'previousCellToForget'
  | 'forgetToMultiply'
  | 'multiplyToKept'
  | 'keptToAdd'
  | 'inputGateToMultiply'
  | 'candidateToMultiply'
  | 'multiplyToWritten'
  | 'writtenToAdd'
  | 'addToCell'
  | 'cellOut'
  | 'cellToTanh'
  | 'tanhToCellTanh'
  | 'cellTanhToMultiply'
  | 'outputToMultiply'
  | 'multiplyToHidden'
  | 'hiddenOut';

export interface CellDiagramLayout {
  mode: DiagramMode;
  width: number;
  height: number;
  /** Font sizes in viewBox units: numbers inside cells, math labels, operators. */
  fontSize: { value: number; label: number; operator: number };
  strips: Record<DiagramVector, StripGeometry>;
  gateStrips: Record<LstmGateName, StripGeometry>;
  boxes: Record<LstmGateName, BoxGeometry>;
  nodes: Record<DiagramNode, NodeGeometry>;
  arrows: Record<DiagramArrow, ArrowGeometry>;
  /** From [h, x] to each layer, along the shared bus. */
  layerInputs: Record<LstmGateName, ArrowGeometry>;
  /** From each layer up to its gate's strip. */
  layerOutputs: Record<LstmGateName, ArrowGeometry>;
  /** The point where the C line branches down to tanh. */
  cellBranch: { x: number; y: number };
}

interface ModeMetrics {
  cellWidth: number;
  cellHeight: number;
  /** Columns for a vector of n values. */
  columnsFor: (length: number) => number;
  fontSize: CellDiagramLayout['fontSize'];
}

/** The largest teaching size, and the widest row before a vector wraps. */
const TEACHING_MAX_SIZE = 8;
const TEACHING_MAX_COLUMNS = 4;
const COMPACT_COLUMNS = 20;

/** The mode for a cell's sizes: teaching while every vector fits a few large cells. */
export function diagramModeFor(hiddenSize: number, inputSize: number): DiagramMode {
  return hiddenSize <= TEACHING_MAX_SIZE && inputSize <= TEACHING_MAX_SIZE ? 'teaching' : 'compact';
}

function metricsFor(mode: DiagramMode, hiddenSize: number): ModeMetrics {
  if (mode === 'teaching') {
    return {
      cellWidth: 56,
      cellHeight: 44,
      // Balanced rows: 5 values wrap as 3 + 2, never 4 + 1.
      columnsFor: (length) => Math.ceil(length / Math.ceil(length / TEACHING_MAX_COLUMNS)),
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

const MARGIN = 32;
const LABEL_SPACE = 32;
const GATE_GAP = 84;
const ARROW_GAP = 28;
const NODE_RADIUS = 18;
const TANH_NODE = { radiusX: 28, radiusY: 18 };
const BOX = { width: 88, height: 56 };
const MIN_COLUMN_WIDTH = 150;
const CONCAT_GAP = 20;
const CORNER = 12;

function cellsOf(x: number, y: number, length: number, columns: number, cellWidth: number, cellHeight: number) {
  return Array.from({ length }, (_, index) => ({
    x: x + (index % columns) * cellWidth,
    y: y + Math.floor(index / columns) * cellHeight,
    width: cellWidth,
    height: cellHeight,
  }));
}

type LabelSide = 'above' | 'below' | 'left';

function strip(
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
function concatStrip(previousHidden: StripGeometry, input: StripGeometry, centerX: number, top: number) {
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

const top = (rect: Rect): [number, number] => [rect.x + rect.width / 2, rect.y];
const bottom = (rect: Rect): [number, number] => [rect.x + rect.width / 2, rect.y + rect.height];
const left = (rect: Rect): [number, number] => [rect.x, rect.y + rect.height / 2];
const right = (rect: Rect): [number, number] => [rect.x + rect.width, rect.y + rect.height / 2];

/**
 * The whole diagram for an LSTM cell of `hiddenSize` units and `inputSize` inputs. `mode` defaults
 * to {@link diagramModeFor}; the viewBox is `0 0 width height` and scales to its container.
 */
export function cellDiagramLayout(
  hiddenSize: number,
  inputSize: number,
  mode: DiagramMode = diagramModeFor(hiddenSize, inputSize),
): CellDiagramLayout {
  const metrics = metricsFor(mode, hiddenSize);
  const hiddenColumns = metrics.columnsFor(hiddenSize);
  const stripWidth = hiddenColumns * metrics.cellWidth;
  const stripHeight = Math.ceil(hiddenSize / hiddenColumns) * metrics.cellHeight;
  const columnWidth = Math.max(stripWidth, MIN_COLUMN_WIDTH);
  const pitch = columnWidth + GATE_GAP;
  const half = stripHeight / 2;

  // Columns: C_{t−1} on the left, then one per gate; p between input and candidate, where i ⊙ g
  // is formed and joins the C line; outX right of the output gate, where h_t is formed.
  const forgetX = MARGIN + stripWidth + ARROW_GAP + NODE_RADIUS;
  const gateX: Record<LstmGateName, number> = {
    forget: forgetX,
    input: forgetX + pitch,
    candidate: forgetX + 2 * pitch,
    output: forgetX + 3 * pitch,
  };
  const writeX = (gateX.input + gateX.candidate) / 2;
  const outX = gateX.output + columnWidth / 2 + GATE_GAP / 2;

  // Rows, top to bottom.
  const cellY = MARGIN / 2 + LABEL_SPACE + half;
  const tanhY = cellY + half + ARROW_GAP + TANH_NODE.radiusY;
  const middleY = tanhY + TANH_NODE.radiusY + ARROW_GAP + half;
  const gateY = middleY + half + ARROW_GAP + LABEL_SPACE + half;
  const boxTop = gateY + half + ARROW_GAP + 8;
  const busY = boxTop + BOX.height + ARROW_GAP;
  const concatTop = busY + ARROW_GAP + LABEL_SPACE;

  const hiddenStrip = (centerX: number, centerY: number, side: LabelSide) =>
    strip(metrics, hiddenSize, { centerX, centerY }, side);

  const previousCell = hiddenStrip(MARGIN + stripWidth / 2, cellY, 'above');
  const kept = hiddenStrip((gateX.forget + writeX) / 2, cellY, 'above');
  const cell = hiddenStrip((writeX + outX) / 2, cellY, 'above');
  const written = hiddenStrip(writeX, middleY, 'left');
  const cellTanh = hiddenStrip(outX, middleY, 'left');
  const gateStrips = Object.fromEntries(
    Object.entries(gateX).map(([gate, x]) => [gate, hiddenStrip(x, gateY, 'above')]),
  ) as Record<LstmGateName, StripGeometry>;

  // [h, x] is centred under the bus; h_{t−1} and x_t sit right under their own cells of it.
  const previousHiddenAlone = hiddenStrip(0, 0, 'below');
  const inputAlone = strip(metrics, inputSize, { centerX: 0, centerY: 0 }, 'below');
  const concat = concatStrip(previousHiddenAlone, inputAlone, writeX, concatTop);
  const inputsY = concat.y + concat.height + ARROW_GAP * 2;
  const previousHidden = hiddenStrip(concat.x + previousHiddenAlone.width / 2, inputsY + half, 'below');
  const input = strip(
    metrics,
    inputSize,
    { centerX: concat.dividerX! + CONCAT_GAP / 2 + inputAlone.width / 2, centerY: inputsY + inputAlone.height / 2 },
    'below',
  );
  const hidden = hiddenStrip(outX, concat.y + half, 'below');

  const boxes = Object.fromEntries(
    Object.entries(gateX).map(([gate, x]) => [
      gate,
      {
        x: x - BOX.width / 2,
        y: boxTop,
        ...BOX,
        activation: gate === 'candidate' ? 'tanh' : 'sigmoid',
      } satisfies BoxGeometry,
    ]),
  ) as Record<LstmGateName, BoxGeometry>;

  const circle = (operation: NodeGeometry['operation'], x: number, y: number): NodeGeometry => ({
    operation,
    x,
    y,
    radiusX: NODE_RADIUS,
    radiusY: NODE_RADIUS,
  });
  const nodes: Record<DiagramNode, NodeGeometry> = {
    forgetMultiply: circle('multiply', gateX.forget, cellY),
    add: circle('add', writeX, cellY),
    inputMultiply: circle('multiply', writeX, gateY),
    cellTanh: { operation: 'tanh', x: outX, y: tanhY, ...TANH_NODE },
    outputMultiply: circle('multiply', outX, gateY),
  };
  const nodeLeft = (node: NodeGeometry): [number, number] => [node.x - node.radiusX, node.y];
  const nodeRight = (node: NodeGeometry): [number, number] => [node.x + node.radiusX, node.y];
  const nodeTop = (node: NodeGeometry): [number, number] => [node.x, node.y - node.radiusY];
  const nodeBottom = (node: NodeGeometry): [number, number] => [node.x, node.y + node.radiusY];

  const width = outX + Math.max(columnWidth, stripWidth) / 2 + ARROW_GAP * 2 + MARGIN;
  const labelBelow = metrics.fontSize.label + 16;
  const height = Math.max(previousHidden.y + previousHidden.height, input.y + input.height) + labelBelow + MARGIN / 2;

  const busStart: [number, number] = [writeX, busY];
  const layerInputs = Object.fromEntries(
    Object.entries(boxes).map(([gate, box]) => [
      gate,
      arrow(top(concat), busStart, [box.x + box.width / 2, busY], bottom(box)),
    ]),
  ) as Record<LstmGateName, ArrowGeometry>;
  const layerOutputs = Object.fromEntries(
    Object.entries(boxes).map(([gate, box]) => [gate, arrow(top(box), bottom(gateStrips[gate as LstmGateName]))]),
  ) as Record<LstmGateName, ArrowGeometry>;

  const cellBranch = { x: outX, y: cellY };
  const arrows: Record<DiagramArrow, ArrowGeometry> = {
    previousHiddenToConcat: arrow(top(previousHidden), [top(previousHidden)[0], concat.y + concat.height]),
    inputToConcat: arrow(top(input), [top(input)[0], concat.y + concat.height]),
    previousCellToForget: arrow(right(previousCell), nodeLeft(nodes.forgetMultiply)),
    forgetToMultiply: arrow(top(gateStrips.forget), nodeBottom(nodes.forgetMultiply)),
    multiplyToKept: arrow(nodeRight(nodes.forgetMultiply), left(kept)),
    keptToAdd: arrow(right(kept), nodeLeft(nodes.add)),
    inputGateToMultiply: arrow(right(gateStrips.input), nodeLeft(nodes.inputMultiply)),
    candidateToMultiply: arrow(left(gateStrips.candidate), nodeRight(nodes.inputMultiply)),
    multiplyToWritten: arrow(nodeTop(nodes.inputMultiply), bottom(written)),
    writtenToAdd: arrow(top(written), nodeBottom(nodes.add)),
    addToCell: arrow(nodeRight(nodes.add), left(cell)),
    cellOut: arrow(right(cell), [width - MARGIN / 2, cellY]),
    cellToTanh: arrow([cellBranch.x, cellBranch.y], nodeTop(nodes.cellTanh)),
    tanhToCellTanh: arrow(nodeBottom(nodes.cellTanh), top(cellTanh)),
    cellTanhToMultiply: arrow(bottom(cellTanh), nodeTop(nodes.outputMultiply)),
    outputToMultiply: arrow(right(gateStrips.output), nodeLeft(nodes.outputMultiply)),
    multiplyToHidden: arrow(nodeBottom(nodes.outputMultiply), top(hidden)),
    hiddenOut: arrow(right(hidden), [width - MARGIN / 2, hidden.y + hidden.height / 2]),
  };

  return {
    mode,
    width,
    height,
    fontSize: metrics.fontSize,
    strips: { previousCell, previousHidden, input, concat, kept, written, cell, cellTanh, hidden },
    gateStrips,
    boxes,
    nodes,
    arrows,
    layerInputs,
    layerOutputs,
    cellBranch,
  };
}
