import {
  thinCellWidth,
  type BoxGeometry,
  type DiagramFontSize,
  type DiagramMode,
  type LabelAnchor,
  type NodeGeometry,
  type NodeOperation,
  type StripGeometry,
} from './diagramGeometry';

// What the landscape drawings of both cell diagrams are built from, in viewBox units. Dense on
// purpose: on a 1280×720 projector the drawing shares the screen with the sliders and the stage's
// rule, and its numbers must still come out at 14 px, so every gap is as short as keeps parts and
// labels apart and every cell as narrow as keeps its number inside. Every vector is one row of
// cells at every size: numbered cells while teaching, thin coloured cells at the course's sizes
// (a vector wrapped into rows would read as a matrix). Pure functions; the layout files place.

/** Font sizes in viewBox units. The pills' words are set at 0.8 labels: never smaller than the numbers. */
export const WIDE_FONT: DiagramFontSize = { value: 17, label: 22, operator: 26 };

/** The drawing's margin. */
export const MARGIN = 10;
/** The shortest arrow between two parts. */
export const GAP = 16;
/** Room above a strip for its label. */
export const LABEL_ROOM = 30;
/** Between a label and the strip it names, beside or above it. */
export const LABEL_OFFSET = 8;
export const NODE_RADIUS = 18;
/** The tanh pill (and the GRU's 1 − pill): wide enough for its word in 0.8-label type. */
export const PILL = { radiusX: 27, radiusY: 15 };
export const BOX = { width: 72, height: 40 };
/** Between the h cells and the x cells of [h, x]. */
export const CONCAT_GAP = 10;
/** How far into a strip an arrow enters or leaves it, at least, when it cannot use the middle. */
export const INSET = 24;

/**
 * Widths of the widest numbers in ems of the value font, measured in DejaVu Sans Bold (the widest
 * face the app meets; the Chinese pages' Noto Sans CJK is narrower): "−0.30" for a signed value,
 * "0.56" for a selector in (0, 1), which is never negative.
 */
const SIGNED_EMS = 3.31;
const SELECTOR_EMS = 2.47;
/** Room either side of a number, inside the cell's white outline. */
const CELL_PADDING = 4;

/** The cells of one diagram: a width for signed values and one for selectors, one height. */
export interface WideCells {
  signed: number;
  selector: number;
  height: number;
  /** Decimals drawn in each cell; 0 draws only its colour (the course's sizes). */
  decimals: 0 | 2;
}

/** Thin cells share about this width per vector at the course's sizes. */
const COMPACT_STRIP = 300;

/**
 * The cells of `mode`: while teaching, each as narrow as its widest number allows; at the course's
 * sizes thin enough that a vector of `longest` values stays one row about 300 units long.
 */
export function wideCellsFor(mode: DiagramMode, longest: number): WideCells {
  if (mode === 'teaching') {
    const width = (ems: number) => Math.round(ems * WIDE_FONT.value + CELL_PADDING);
    return { signed: width(SIGNED_EMS), selector: width(SELECTOR_EMS), height: 36, decimals: 2 };
  }
  const width = thinCellWidth(COMPACT_STRIP, longest);
  return { signed: width, selector: width, height: 24, decimals: 0 };
}

/** The width a label of `ems` label-font ems takes (estimates for its math, generous). */
export const labelWidth = (ems: number) => ems * WIDE_FONT.label;

/** The room a strip `width` wide with a label of `ems` above it takes along its row. */
export const slot = (width: number, ems: number) => Math.max(width, labelWidth(ems) + 6);

export type WideLabelSide = 'above' | 'left' | 'below';

/** Where a strip's label goes: above its left end, left of it, or centred below it. */
export function labelOf(strip: { x: number; y: number; width: number; height: number }, side: WideLabelSide) {
  const anchors: Record<WideLabelSide, LabelAnchor> = {
    above: { x: strip.x, y: strip.y - LABEL_OFFSET, anchor: 'start' },
    left: { x: strip.x - LABEL_OFFSET - 2, y: strip.y + strip.height / 2 + WIDE_FONT.label * 0.35, anchor: 'end' },
    below: { x: strip.x + strip.width / 2, y: strip.y + strip.height + WIDE_FONT.label + 2, anchor: 'middle' },
  };
  return anchors[side];
}

/** A vector of `length` cells `cellWidth` wide, in one row with its top-left at (`x`, `y`). */
export function rowStrip(
  cells: WideCells,
  cellWidth: number,
  length: number,
  at: { x: number; y: number },
  side: WideLabelSide,
): StripGeometry {
  const rect = { x: at.x, y: at.y, width: length * cellWidth, height: cells.height };
  return {
    ...rect,
    columns: length,
    rows: 1,
    cells: Array.from({ length }, (_, index) => ({
      x: at.x + index * cellWidth,
      y: at.y,
      width: cellWidth,
      height: cells.height,
    })),
    label: labelOf(rect, side),
    decimals: cells.decimals,
  };
}

/** [h, x] as one strip with its top-left at `at`: the h cells, a gap, then the x cells. */
export function concatRow(cells: WideCells, hiddenSize: number, inputSize: number, at: { x: number; y: number }) {
  const hidden = rowStrip(cells, cells.signed, hiddenSize, at, 'left');
  const input = rowStrip(cells, cells.signed, inputSize, { x: hidden.x + hidden.width + CONCAT_GAP, y: at.y }, 'left');
  const rect = { ...at, width: hidden.width + CONCAT_GAP + input.width, height: cells.height };
  const concat: StripGeometry = {
    ...rect,
    columns: hiddenSize + inputSize,
    rows: 1,
    cells: [...hidden.cells, ...input.cells],
    label: labelOf(rect, 'left'),
    dividerX: hidden.x + hidden.width + CONCAT_GAP / 2,
    decimals: cells.decimals,
  };
  return { concat, hidden, input };
}

/** Width of [h, x] for these sizes. */
export const concatWidth = (cells: WideCells, hiddenSize: number, inputSize: number) =>
  (hiddenSize + inputSize) * cells.signed + CONCAT_GAP;

/** A round × or + node. */
export function circleNode(operation: NodeOperation, x: number, y: number): NodeGeometry {
  return { operation, x, y, radiusX: NODE_RADIUS, radiusY: NODE_RADIUS };
}

/** A tanh or 1 − pill. */
export function pillNode(operation: NodeOperation, x: number, y: number): NodeGeometry {
  return { operation, x, y, ...PILL };
}

/** A layer's box centred on `centerX` with its top at `y`. */
export function layerBox(centerX: number, y: number, activation: BoxGeometry['activation']): BoxGeometry {
  return { x: centerX - BOX.width / 2, y, ...BOX, activation };
}

/** Horizontal centre of a rectangle. */
export const centerX = (rect: { x: number; width: number }) => rect.x + rect.width / 2;
/** Vertical centre of a rectangle. */
export const centerY = (rect: { y: number; height: number }) => rect.y + rect.height / 2;
