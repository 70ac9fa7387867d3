import { describe, expect, it } from 'vitest';
import {
  contrastRatio,
  divergingColor,
  divergingRgb,
  ROLE_COLORS,
  scaleStops,
  selectorColor,
  textColorOn,
  valueColor,
} from '../../src/viz/colors';

const samples = (from: number, to: number, count = 101) =>
  Array.from({ length: count }, (_, index) => from + ((to - from) * index) / (count - 1));

describe('role colours', () => {
  const lstmRoles = ['forget', 'input', 'candidate', 'output', 'cell', 'hidden'] as const;
  const gruRoles = ['reset', 'update', 'candidate', 'hidden'] as const;
  const baseOf = (role: keyof typeof ROLE_COLORS) => ROLE_COLORS[role].base.toLowerCase();

  it('gives every gate and state of one cell its own colour', () => {
    expect(new Set(lstmRoles.map(baseOf)).size).toBe(lstmRoles.length);
    expect(new Set(gruRoles.map(baseOf)).size).toBe(gruRoles.length);
    expect(ROLE_COLORS.forget.base).toBe('#D55E00');
    expect(ROLE_COLORS.reset.base).toBe('#56B4E9');
  });

  it.each(Object.keys(ROLE_COLORS))('has a strong %s readable as text on white and on its own tint', (role) => {
    const color = ROLE_COLORS[role as keyof typeof ROLE_COLORS];
    expect(contrastRatio(color.strong, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    // σ and tanh in a layer's box are bold operators on the tint: large text, 3:1.
    expect(contrastRatio(color.strong, color.soft)).toBeGreaterThanOrEqual(3);
  });
});

describe('value scales', () => {
  it('clamps signed values beyond [−1, 1] and keeps 0 nearly white', () => {
    expect(divergingColor(5)).toBe(divergingColor(1));
    expect(divergingColor(-5)).toBe(divergingColor(-1));
    expect(divergingColor(-1)).not.toBe(divergingColor(1));
    expect(contrastRatio(divergingColor(0), '#ffffff')).toBeLessThan(1.2);
  });

  it('scales weights by their own extent', () => {
    expect(divergingColor(0.1, 0.1)).toBe(divergingColor(1));
    expect(divergingRgb(0.1, 0.1)).toEqual([127, 59, 8]);
  });

  it('runs selectors from dark (closed) to bright (open), clamped', () => {
    expect(contrastRatio(selectorColor(0), '#ffffff')).toBeGreaterThan(10);
    expect(contrastRatio(selectorColor(1), '#000000')).toBeGreaterThan(10);
    expect(selectorColor(1.5)).toBe(selectorColor(1));
    expect(valueColor('selector', 0.3)).toBe(selectorColor(0.3));
    expect(valueColor('signed', 0.3)).toBe(divergingColor(0.3));
  });

  it('shows NaN as neutral grey, not as a value', () => {
    expect(divergingColor(NaN)).toBe(selectorColor(NaN));
    expect(divergingColor(NaN)).not.toBe(divergingColor(0));
  });

  it('keeps the numbers in every cell readable (WCAG AA, 4.5:1)', () => {
    for (const value of samples(-1.2, 1.2)) {
      const background = divergingColor(value);
      expect(contrastRatio(background, textColorOn(background))).toBeGreaterThanOrEqual(4.5);
    }
    for (const value of samples(0, 1)) {
      const background = selectorColor(value);
      expect(contrastRatio(background, textColorOn(background))).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('gives a legend its stops from end to end', () => {
    const stops = scaleStops('signed', 5);
    expect(stops[0]).toEqual([0, divergingColor(-1)]);
    expect(stops[4]).toEqual([1, divergingColor(1)]);
  });
});
