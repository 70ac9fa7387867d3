/**
 * Geometry of the unrolled network: one column per time step, one row per layer and direction
 * (the top layer on top, as data flows up from x), in SVG user units. The row labels live in a
 * gutter of their own (`LABEL_WIDTH` units, same rows), so the columns can scroll under a fixed
 * gutter; `timelineScale` picks how many pixels a unit gets.
 */
export interface TimelineLayout {
  /** Width of the columns' drawing, without the label gutter. */
  width: number;
  height: number;
  /** Left edge of the first column. */
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
  /** The baseline of the time steps' numbers, under the input strip. */
  tickY: number;
}

/** Width of the row labels' gutter, in the same units as the drawing: room for "← reverse". */
export const LABEL_WIDTH = 136;
/**
 * Font size of the row labels and the step numbers, in units (SequenceTimeline.css sets it): 14.3 px
 * at the smallest scale, so a projector's back row reads them where the columns scroll.
 */
export const TIMELINE_FONT_SIZE = 23;
/** The smallest scale (px per unit): below it the columns scroll instead of shrinking. */
export const MIN_TIMELINE_SCALE = 0.62;
/** The largest scale: a short sequence on a projector is drawn large, not blown up to fill any width. */
export const MAX_TIMELINE_SCALE = 1.25;

const LEFT = 8;
const RIGHT = 16;
const ROW_HEIGHT = 104;
const GLYPH_HEIGHT = 46;
const OUT_HEIGHT = 34;
const INPUT_HEIGHT = 58;
const TICK_HEIGHT = 30;

/** A column wide enough for its glyph's bars, narrower as the sequence grows. */
export function columnWidthFor(steps: number): number {
  return steps <= 10 ? 76 : steps <= 20 ? 60 : steps <= 30 ? 48 : 40;
}

/** The timeline for `steps` steps and `rows` rows (layers × directions). */
export function timelineLayout(steps: number, rows: number): TimelineLayout {
  const columnWidth = columnWidthFor(steps);
  const left = LEFT;
  const width = left + steps * columnWidth + RIGHT;
  const rowsTop = OUT_HEIGHT;
  const inputTop = rowsTop + rows * ROW_HEIGHT;
  const height = inputTop + INPUT_HEIGHT + TICK_HEIGHT;
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
    input: { y: inputTop + 6, height: INPUT_HEIGHT - 12 },
    outY: rowsTop - 14,
    tickY: inputTop + INPUT_HEIGHT + TICK_HEIGHT - 8,
  };
}

/**
 * Pixels per unit for a timeline in a box `available` px wide: the whole timeline (gutter and
 * columns) when that keeps it at `MIN_TIMELINE_SCALE` or more, never above `MAX_TIMELINE_SCALE`;
 * otherwise the smallest scale, and the columns scroll.
 */
export function timelineScale(available: number, layout: Pick<TimelineLayout, 'width'>): number {
  if (!(available > 0)) return MIN_TIMELINE_SCALE;
  const fit = available / (LABEL_WIDTH + layout.width);
  return Math.min(MAX_TIMELINE_SCALE, Math.max(MIN_TIMELINE_SCALE, fit));
}

/**
 * Every how many steps a number is written under the columns, so neighbouring numbers keep
 * `minGap` px apart when a column is `columnPx` px wide: 1, 2, 5, 10, 20, …
 */
export function tickEvery(columnPx: number, minGap = 26): number {
  for (const every of [1, 2, 5, 10, 20, 50, 100]) if (every * columnPx >= minGap) return every;
  return 100;
}

/**
 * The scroll offset (px) that brings step t's column whole into a scrolled box showing
 * [scrollLeft, scrollLeft + viewWidth) of columns drawn at `scale` px per unit; `scrollLeft`
 * itself when the column is already in view. A column that has to be brought in gets one more
 * column of context on the side it came from, so playback shows where it is heading.
 */
export function scrollToShowStep(
  layout: Pick<TimelineLayout, 'columnX' | 'columnWidth' | 'width'>,
  scale: number,
  t: number,
  scrollLeft: number,
  viewWidth: number,
): number {
  const half = (layout.columnWidth * scale) / 2;
  const centre = layout.columnX(t) * scale;
  const from = centre - half;
  const to = centre + half;
  const maximum = Math.max(0, layout.width * scale - viewWidth);
  const context = layout.columnWidth * scale;
  let next = scrollLeft;
  if (from < scrollLeft) next = from - context;
  else if (to > scrollLeft + viewWidth) next = to + context - viewWidth;
  return Math.min(maximum, Math.max(0, next));
}

/** Stroke width for a state of size `value` when the largest in view is `max`: 1 … 9 units. */
export function stateStrokeWidth(value: number, max: number): number {
  if (!(max > 0) || !Number.isFinite(value)) return 1;
  return 1 + 8 * Math.min(1, Math.abs(value) / max);
}
