import { rgb } from 'd3-color';
import { divergingColor, selectorColor, type ValueKind } from './colors';

/** Steps of the channel tables: as fine as the colour scales' own tables. */
const STEPS = 1024;

/** A scale as RGB bytes, STEPS + 1 entries and NaN's grey last, sampled through the scale's own colours. */
function channelTable(colorAt: (position: number) => string): Uint8Array {
  const table = new Uint8Array((STEPS + 2) * 3);
  for (let step = 0; step <= STEPS + 1; step++) {
    const { r, g, b } = rgb(colorAt(step > STEPS ? NaN : step / STEPS));
    table.set([r, g, b], step * 3);
  }
  return table;
}

// Every scrub-free recompute repaints six maps of up to 100 × 50 cells: a byte table per scale
// costs one multiply per cell instead of a colour string and a lookup.
const SELECTOR_CHANNELS = channelTable((position) => selectorColor(position));
const DIVERGING_CHANNELS = channelTable((position) => divergingColor(position * 2 - 1));

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
  const table = kind === 'selector' ? SELECTOR_CHANNELS : DIVERGING_CHANNELS;
  for (let t = 0; t < steps; t++) {
    for (let unit = 0; unit < units; unit++) {
      const value = values[t * units + unit] ?? NaN;
      const position = kind === 'selector' ? value : (value / extent + 1) / 2;
      const step = Number.isNaN(position) ? STEPS + 1 : Math.round(Math.min(1, Math.max(0, position)) * STEPS);
      const at = (unit * steps + t) * 4;
      pixels[at] = table[step * 3]!;
      pixels[at + 1] = table[step * 3 + 1]!;
      pixels[at + 2] = table[step * 3 + 2]!;
      pixels[at + 3] = 255;
    }
  }
  return pixels;
}
