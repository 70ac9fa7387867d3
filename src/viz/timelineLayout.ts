/**
 * Geometry of the unrolled network: one column per time step, one row per layer and direction
 * (the top layer on top, as data flows up from x), in SVG user units; the SVG scales to its box.
 */
export interface TimelineLayout {
  width: number;
  height: number;
  /** Left edge of the first column (row labels sit left of it). */
  left: number;
  columnWidth: number;
  /** Centre x of step t's column. */
  columnX: (t: number) => number;
  /** Top y of row `row` (row = layer · directions + direction). */
  rowTop: (row: number) => number;
  /** The C line's y in a row, above its glyphs. */
  cellLineY: (row: number) => number;
  /** The h path's y in a row, below its glyphs. */
  hiddenPathY: (row: number) => number;
  /** A glyph's box in a row at step t. */
  glyph: (row: number, t: number) => { x: number; y: number; width: number; height: number };
  /** The input strip's top y and height, below the bottom row. */
  input: { y: number; height: number };
  /** The out markers' y, above the top row. */
  outY: number;
}

const LABEL_WIDTH = 176;
const RIGHT = 24;
const ROW_HEIGHT = 104;
const GLYPH_HEIGHT = 46;
const OUT_HEIGHT = 34;
const INPUT_HEIGHT = 58;

/** A column wide enough for its glyph's bars, narrower as the sequence grows (the SVG scales). */
export function columnWidthFor(steps: number): number {
  return steps <= 10 ? 76 : steps <= 20 ? 60 : steps <= 30 ? 48 : 40;
}

/** The timeline for `steps` steps and `rows` rows (layers × directions). */
export function timelineLayout(steps: number, rows: number): TimelineLayout {
  const columnWidth = columnWidthFor(steps);
  const left = LABEL_WIDTH;
  const width = left + steps * columnWidth + RIGHT;
  const rowsTop = OUT_HEIGHT;
  const height = rowsTop + rows * ROW_HEIGHT + INPUT_HEIGHT;
  // Row 0 (layer 0, forward) is drawn lowest: the rows are listed top-down from the last.
  const rowTop = (row: number) => rowsTop + (rows - 1 - row) * ROW_HEIGHT;
  const glyphWidth = Math.min(columnWidth - 14, 40);
  return {
    width,
    height,
    left,
    columnWidth,
    columnX: (t) => left + (t + 0.5) * columnWidth,
    rowTop,
    cellLineY: (row) => rowTop(row) + 16,
    hiddenPathY: (row) => rowTop(row) + 86,
    glyph: (row, t) => ({
      x: left + (t + 0.5) * columnWidth - glyphWidth / 2,
      y: rowTop(row) + 30,
      width: glyphWidth,
      height: GLYPH_HEIGHT,
    }),
    input: { y: rowsTop + rows * ROW_HEIGHT + 6, height: INPUT_HEIGHT - 12 },
    outY: rowsTop - 14,
  };
}

/** Stroke width for a state of size `value` when the largest in view is `max`: 1 … 9 units. */
export function stateStrokeWidth(value: number, max: number): number {
  if (!(max > 0) || !Number.isFinite(value)) return 1;
  return 1 + 8 * Math.min(1, Math.abs(value) / max);
}
