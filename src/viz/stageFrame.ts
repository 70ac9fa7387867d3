import type { Rect } from './diagramGeometry';

// Presenter mode's camera: the part of a cell diagram one walkthrough stage is about, framed so a
// projector at 1280×720 draws its numbers at 24 px or more. The whole LSTM cell at the teaching
// size is about 1,070 × 400 units with 17-unit numbers; at 24 px that is 1,510 px wide, wider than
// the screen, while any one stage's parts fit in about 600 × 400 units. Pure functions.

/** Room around the framed parts, in viewBox units: arrowheads and strokes reach a little past them. */
const FRAME_PADDING = 10;

/**
 * The smallest frame, in units: a stage of a few parts (the output gate alone) would otherwise
 * fill the screen with four numbers, and lose every neighbour that says where it sits in the cell.
 */
const FRAME_MIN = { width: 600, height: 230 };

/**
 * A frame taller than this is drawn beside the rule (DiagramFrame's tall shape) and keeps its
 * width: widened to {@link FRAME_MIN}'s, it would be drawn smaller.
 */
const TALL_FRAME = 300;

/** The smallest rectangle holding every one of `rects`; undefined for none. */
export function unionOf(rects: readonly Rect[]): Rect | undefined {
  if (rects.length === 0) return undefined;
  const left = Math.min(...rects.map((rect) => rect.x));
  const top = Math.min(...rects.map((rect) => rect.y));
  const right = Math.max(...rects.map((rect) => rect.x + rect.width));
  const bottom = Math.max(...rects.map((rect) => rect.y + rect.height));
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** `length` units placed to cover `[start, start + span]` centred, kept inside `[0, limit]` where it fits. */
function place(start: number, span: number, length: number, limit: number): number {
  const centred = start + span / 2 - length / 2;
  if (length >= limit) return (limit - length) / 2;
  return Math.min(Math.max(0, centred), limit - length);
}

/**
 * The viewBox that frames `parts` (the stage's lit vectors, gates, layers and operators, in the
 * drawing's units) inside a drawing `drawing.width` × `drawing.height`: their union, padded, grown
 * about its centre to at least {@link FRAME_MIN} (never beyond the drawing), and shifted to stay
 * inside the drawing. Whole units, so a link or a figure reads the same frame. Undefined for no
 * parts: the caller shows the whole drawing.
 */
export function stageFrame(parts: readonly Rect[], drawing: { width: number; height: number }): Rect | undefined {
  const union = unionOf(parts);
  if (!union) return undefined;
  const padded = {
    x: union.x - FRAME_PADDING,
    y: union.y - FRAME_PADDING,
    width: union.width + 2 * FRAME_PADDING,
    height: union.height + 2 * FRAME_PADDING,
  };
  const minWidth = padded.height > TALL_FRAME ? 0 : FRAME_MIN.width;
  const width = Math.min(drawing.width, Math.max(padded.width, minWidth));
  const height = Math.min(drawing.height, Math.max(padded.height, FRAME_MIN.height));
  const x = place(padded.x, padded.width, width, drawing.width);
  const y = place(padded.y, padded.height, height, drawing.height);
  const left = Math.floor(x);
  const top = Math.floor(y);
  return { x: left, y: top, width: Math.ceil(x + width) - left, height: Math.ceil(y + height) - top };
}
