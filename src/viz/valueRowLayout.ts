import {
  concatStrip,
  diagramModeFor,
  metricsFor,
  strip,
  type DiagramFontSize,
  type DiagramMode,
  type StripGeometry,
} from './diagramGeometry';

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
 * divided at `dividerX`) wrapped as the cell diagrams wrap it: large numbered cells up to H = 8,
 * the compact grid beyond, so the same vector looks the same everywhere in the app.
 */
export function valueRowLayout(hiddenSize: number, parts: 1 | 2 = 1): ValueRowLayout {
  const mode = diagramModeFor(hiddenSize, 1);
  const metrics = metricsFor(mode, hiddenSize);
  const place = (centerX: number, centerY: number) => strip(metrics, hiddenSize, { centerX, centerY }, 'above');
  // Built once where it falls to learn its size, then again where it fits inside the padding.
  const probe = place(0, 0);
  let geometry: StripGeometry;
  if (parts === 1) geometry = place(PADDING + probe.width / 2, PADDING + probe.height / 2);
  else geometry = concatStrip(probe, probe, PADDING + concatStrip(probe, probe, 0, 0).width / 2, PADDING);
  return {
    mode,
    geometry,
    fontSize: metrics.fontSize,
    width: geometry.width + 2 * PADDING,
    height: geometry.height + 2 * PADDING,
  };
}
