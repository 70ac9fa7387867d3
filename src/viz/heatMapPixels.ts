import { rgb } from 'd3-color';
import { divergingColor, selectorColor, type ValueKind } from './colors';

const channelsByColor = new Map<string, readonly [number, number, number]>();

// The colour scales return one of about two thousand table entries, so parsing each once is enough.
function channelsOf(css: string): readonly [number, number, number] {
  let channels = channelsByColor.get(css);
  if (!channels) {
    const { r, g, b } = rgb(css);
    channels = [r, g, b];
    channelsByColor.set(css, channels);
  }
  return channels;
}

/**
 * RGBA pixels (for `ImageData`) of a heat map with one pixel per cell: x is the time step, y the
 * unit, unit 0 on top. `values` is laid out [t][unit] as {@link gateOverTime} returns it.
 * Selectors use the (0, 1) scale; signed values the diverging scale over ±`extent`. NaN is grey.
 */
export function heatMapPixels(
  values: ArrayLike<number>,
  steps: number,
  units: number,
  kind: ValueKind,
  extent = 1,
): Uint8ClampedArray<ArrayBuffer> {
  const pixels = new Uint8ClampedArray(steps * units * 4);
  for (let t = 0; t < steps; t++) {
    for (let unit = 0; unit < units; unit++) {
      const value = values[t * units + unit] ?? NaN;
      const [red, green, blue] = channelsOf(kind === 'selector' ? selectorColor(value) : divergingColor(value, extent));
      pixels.set([red, green, blue, 255], (unit * steps + t) * 4);
    }
  }
  return pixels;
}
