import { color, hsl, rgb } from 'd3-color';
import { scaleDiverging, scaleSequential } from 'd3-scale';
import { interpolateCividis, interpolatePuOr } from 'd3-scale-chromatic';
import type { GruGateName, LstmGateName } from '../model';

/** What a vector's values mean, which picks its colour scale. */
export type ValueKind =
  /** A gate's selector vector in (0, 1): how much of each unit passes. */
  | 'selector'
  /** Anything signed: inputs, the candidate, C, h, products. Drawn on [−1, 1], clamped beyond. */
  | 'signed';

/** Everything the diagrams colour by role rather than by value; the GRU's n is the LSTM's candidate. */
export type DiagramRole = LstmGateName | GruGateName | 'cell' | 'hidden';

/** One role's colour: `base` for fills and thick lines, `strong` for thin strokes and text on white. */
export interface RoleColor {
  base: string;
  /** Same hue, darkened until it reaches 4.5:1 against white (WCAG AA for text). */
  strong: string;
  /** A pale tint of `base` for backgrounds (highlighted boxes, focused units). */
  soft: string;
}

// Okabe & Ito's palette, built to stay distinct under every common colour-vision deficiency.
// Its yellow (#F0E442) is left out: it vanishes on white and the selector scale ends in yellow.
const OKABE_ITO: Readonly<Record<DiagramRole, string>> = {
  forget: '#D55E00', // vermillion
  input: '#0072B2', // blue
  candidate: '#009E73', // bluish green
  output: '#CC79A7', // reddish purple
  cell: '#E69F00', // orange: the C line
  hidden: '#000000', // black: sky blue darkens into the input gate's blue once it is readable on white
  // The GRU never shows an LSTM gate beside its own, so it may share hues; within it all differ.
  reset: '#56B4E9', // sky blue: the one hue the LSTM leaves free
  update: '#D55E00', // vermillion, as the forget gate: in PyTorch z is the share of h kept, as f is of C
};

const WHITE = '#ffffff';

/** The diagrams' ink: h, operators, plain arrows and labels. */
export const INK = '#15202b';
/** Arrows waiting for the flow, and inputs that are only passed along (x, [h, x]). */
export const MUTED = '#8a96a3';

/** WCAG relative luminance of a CSS colour, 0 (black) … 1 (white). */
export function relativeLuminance(css: string): number {
  const { r, g, b } = rgb(css);
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG contrast ratio between two CSS colours, 1 … 21. */
export function contrastRatio(first: string, second: string): number {
  const [light, dark] = [relativeLuminance(first), relativeLuminance(second)].sort((a, b) => b - a) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

function strongVersion(base: string): string {
  const shade = hsl(base);
  while (contrastRatio(shade.formatHex(), WHITE) < 4.5 && shade.l > 0) shade.l = Math.max(0, shade.l - 0.01);
  return shade.formatHex();
}

function softVersion(base: string): string {
  const tint = rgb(base);
  const mix = (channel: number) => Math.round(channel * 0.14 + 255 * 0.86);
  return rgb(mix(tint.r), mix(tint.g), mix(tint.b)).formatHex();
}

/** One colour per gate and per state, used for every box, line and label that names it. */
export const ROLE_COLORS: Readonly<Record<DiagramRole, RoleColor>> = Object.fromEntries(
  Object.entries(OKABE_ITO).map(([role, base]) => [
    role,
    { base, strong: strongVersion(base), soft: softVersion(base) },
  ]),
) as Record<DiagramRole, RoleColor>;

// Purple–orange (ColorBrewer PuOr) is safe for deuteranopia, protanopia and tritanopia and has a
// near-white middle, so 0 reads as "nothing". Negative is purple, positive is orange.
const diverging = scaleDiverging(interpolatePuOr).domain([-1, 0, 1]).clamp(true);

// Cividis was designed for colour-vision deficiency; dark (closed, 0) to bright yellow (open, 1)
// is the light-through-a-gate picture. It shares no hue with PuOr, so a selector never looks
// like a signed value.
const sequential = scaleSequential(interpolateCividis).domain([0, 1]).clamp(true);

/**
 * Every slider move recolours every cell, so the scales are sampled once into tables: 1,024 steps
 * are finer than the eye can tell apart, and a lookup is a hundred times cheaper than interpolating
 * and formatting a colour each time.
 */
const TABLE_STEPS = 1024;
const DIVERGING_TABLE = Array.from({ length: TABLE_STEPS + 1 }, (_, step) =>
  rgb(diverging((step / TABLE_STEPS) * 2 - 1)).formatHex(),
);
const SELECTOR_TABLE = Array.from({ length: TABLE_STEPS + 1 }, (_, step) =>
  rgb(sequential(step / TABLE_STEPS)).formatHex(),
);
const TEXT_COLORS = new Map<string, '#000000' | '#ffffff'>();

/** The table's colour at `position` in [0, 1], clamped. */
function lookUp(table: readonly string[], position: number): string {
  const step = Math.round(Math.min(1, Math.max(0, position)) * TABLE_STEPS);
  return table[step]!;
}

const NEUTRAL = '#cfd4da';

/**
 * Colour of a signed value on [−extent, extent] (default [−1, 1]); values beyond are clamped, NaN
 * is neutral grey. Weights use their block's own extent: PyTorch draws them within ±1/√hidden_size.
 */
export function divergingColor(value: number, extent = 1): string {
  return Number.isNaN(value) ? NEUTRAL : lookUp(DIVERGING_TABLE, (value / extent + 1) / 2);
}

/** {@link divergingColor} as 0–255 channels, for painting pixels. */
export function divergingRgb(value: number, extent = 1): [red: number, green: number, blue: number] {
  const { r, g, b } = rgb(divergingColor(value, extent));
  return [r, g, b];
}

/** Colour of a selector value on [0, 1]; values beyond are clamped, NaN is neutral grey. */
export function selectorColor(value: number): string {
  return Number.isNaN(value) ? NEUTRAL : lookUp(SELECTOR_TABLE, value);
}

/** Colour of `value` on the scale of `kind`. */
export function valueColor(kind: ValueKind, value: number): string {
  return kind === 'selector' ? selectorColor(value) : divergingColor(value);
}

/** Black or white, whichever is more readable on `background` (a CSS colour). */
export function textColorOn(background: string): '#000000' | '#ffffff' {
  let text = TEXT_COLORS.get(background);
  if (text === undefined) {
    const parsed = color(background);
    const hex = parsed?.formatHex();
    text = !hex || contrastRatio(hex, '#000000') >= contrastRatio(hex, WHITE) ? '#000000' : '#ffffff';
    TEXT_COLORS.set(background, text);
  }
  return text;
}

/** `count` evenly spaced stops of `kind`'s scale, for a legend's gradient: [offset 0…1, colour]. */
export function scaleStops(kind: ValueKind, count = 9): [offset: number, color: string][] {
  return Array.from({ length: count }, (_, index) => {
    const offset = index / (count - 1);
    return [offset, kind === 'selector' ? selectorColor(offset) : divergingColor(offset * 2 - 1)];
  });
}
