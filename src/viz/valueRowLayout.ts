import { diagramModeFor, type DiagramFontSize, type DiagramMode, type StripGeometry } from './diagramGeometry';
import { concatRow, rowStrip, WIDE_FONT, wideCellsFor } from './wideDiagramGeometry';

/** A vector drawn on its own, outside a cell diagram: its strip and the drawing around it. */
export interface ValueRowLayout {
  mode: DiagramMode;
  geometry: StripGeometry;
  fontSize: DiagramFontSize;
  /** The drawing's size in viewBox units. */
  width: number;
  height: number;
}

/** Room around the strip, so its outline is not cut off. */
const PADDING = 4;

/**
 * A hidden-size vector (or, with `parts` 2, a forward and a reverse one side by side, forward first,
 * divided at `dividerX`) drawn as the landscape cell diagrams draw it: one row, numbered cells up
 * to H = 8, thin coloured cells beyond (never a grid), so the same vector looks the same
 * everywhere in the app.
 */
export function valueRowLayout(hiddenSize: number, parts: 1 | 2 = 1): ValueRowLayout {
  const mode = diagramModeFor(hiddenSize, 1);
  // A forward and a reverse vector share the width one would take: the pair stays as tall.
  const cells = wideCellsFor(mode, hiddenSize * parts);
  const at = { x: PADDING, y: PADDING };
  const geometry =
    parts === 1
      ? rowStrip(cells, cells.signed, hiddenSize, at, 'above')
      : concatRow(cells, hiddenSize, hiddenSize, at).concat;
  return {
    mode,
    geometry,
    fontSize: WIDE_FONT,
    width: geometry.width + 2 * PADDING,
    height: geometry.height + 2 * PADDING,
  };
}
