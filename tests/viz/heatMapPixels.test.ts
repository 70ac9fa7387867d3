import { rgb } from 'd3-color';
import { describe, expect, it } from 'vitest';
import { divergingColor, selectorColor } from '../../src/viz/colors';
import { heatMapPixels } from '../../src/viz/heatMapPixels';

const pixel = (pixels: Uint8ClampedArray, x: number, y: number, width: number) =>
  Array.from(pixels.subarray((y * width + x) * 4, (y * width + x) * 4 + 4));
const channels = (css: string) => {
  const { r, g, b } = rgb(css);
  return [r, g, b, 255];
};

describe('heatMapPixels', () => {
  // 3 steps × 2 units, [t][unit]: the value at (t, unit) is t / 2 − unit / 4.
  const values = Float32Array.from([0, -0.25, 0.5, 0.25, 1, 0.75]);

  it('puts time along x and units down y', () => {
    const pixels = heatMapPixels(values, 3, 2, 'selector');
    expect(pixels).toHaveLength(3 * 2 * 4);
    expect(pixel(pixels, 2, 0, 3)).toEqual(channels(selectorColor(1)));
    expect(pixel(pixels, 1, 1, 3)).toEqual(channels(selectorColor(0.25)));
    expect(pixel(pixels, 0, 1, 3)).toEqual(channels(selectorColor(-0.25)));
  });

  it('colours signed values on ±extent, and NaN in neutral grey', () => {
    const pixels = heatMapPixels(Float32Array.from([2, NaN]), 1, 2, 'signed', 4);
    expect(pixel(pixels, 0, 0, 1)).toEqual(channels(divergingColor(0.5)));
    expect(pixel(pixels, 0, 1, 1)).toEqual(channels(divergingColor(NaN)));
  });
});
