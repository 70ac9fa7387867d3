import { scaleLinear, scaleLog } from 'd3-scale';
import { line } from 'd3-shape';
import type { LabKind, LabPoint } from '../model';
import { ROLE_COLORS } from './colors';

// The training lab's plots as plain geometry: each function takes the run's numbers and a size in
// pixels and returns path strings and ticks; the components only place them.

/**
 * One colour per lab model, from the diagrams' Okabe & Ito palette (readable on white, distinct
 * under colour-vision deficiencies): the RNN vermillion, the LSTM blue, the GRU bluish green.
 * Each also has its own dash, so the curves differ without colour too.
 */
export const LAB_MODEL_COLORS: Readonly<Record<LabKind, string>> = {
  RNN: ROLE_COLORS.forget.strong,
  LSTM: ROLE_COLORS.input.strong,
  GRU: ROLE_COLORS.candidate.strong,
};

/** The dash of each model's line (SVG `stroke-dasharray`; none for the RNN). */
export const LAB_MODEL_DASHES: Readonly<Record<LabKind, string | undefined>> = {
  RNN: undefined,
  LSTM: '6 3',
  GRU: '2 2',
};

/** Inner margins of a plot, px: room for the tick labels left and below. */
export interface PlotMargin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export const PLOT_MARGIN: PlotMargin = { top: 8, right: 10, bottom: 30, left: 44 };

/** A tick: its value, its position in px and its label. */
export interface PlotTick {
  value: number;
  at: number;
  label: string;
}

/** One model's line in a plot. */
export interface PlotLine {
  kind: LabKind;
  path: string;
  /** How many points the path joins. */
  points: number;
}

/** A plot's lines and axes, in px inside a `width` × `height` box. */
export interface PlotLayout {
  lines: PlotLine[];
  xTicks: PlotTick[];
  yTicks: PlotTick[];
  /** The plotting area: x from `left` to `right`, y from `top` to `bottom`. */
  area: { left: number; right: number; top: number; bottom: number };
  /** Where the values asked for as `marks` lie on the y axis (a chance level); none unless asked. */
  marks: PlotTick[];
}

/**
 * The mean of each run of `window` consecutive points, at the run's last step: the loss of one
 * batch is noisy, its running mean shows the trend. Fewer than `window` points: their mean so far.
 */
export function smoothPoints(points: readonly LabPoint[], window: number): LabPoint[] {
  const smoothed: LabPoint[] = [];
  let sum = 0;
  points.forEach((point, at) => {
    sum += point.value;
    if (at >= window) sum -= points[at - window]!.value;
    smoothed.push({ step: point.step, value: sum / Math.min(at + 1, window) });
  });
  return smoothed;
}

/** At most `most` points of `points`, evenly picked, first and last kept: a long run stays cheap to draw. */
export function thinPoints<T>(points: readonly T[], most: number): T[] {
  if (points.length <= most) return [...points];
  const every = (points.length - 1) / (most - 1);
  return Array.from({ length: most }, (_, at) => points[Math.round(at * every)]!);
}

const pathOf = (points: readonly [number, number][]) => line()(points as [number, number][]) ?? '';

const areaOf = (width: number, height: number, margin: PlotMargin) => ({
  left: margin.left,
  right: Math.max(margin.left + 1, width - margin.right),
  top: margin.top,
  bottom: Math.max(margin.top + 1, height - margin.bottom),
});

/**
 * Curves over training steps (losses or accuracies) of every model, x from step 0 to `lastStep`
 * (at least 1), y over `yDomain` (values outside are clamped to its ends).
 */
export function curvesLayout(
  curves: readonly { kind: LabKind; points: readonly LabPoint[] }[],
  options: {
    width: number;
    height: number;
    lastStep: number;
    yDomain: [number, number];
    yFormat: (value: number) => string;
    /** Values to mark across the plot, e.g. the chance level. */
    marks?: readonly number[];
  },
  margin: PlotMargin = PLOT_MARGIN,
): PlotLayout {
  const area = areaOf(options.width, options.height, margin);
  const x = scaleLinear()
    .domain([0, Math.max(1, options.lastStep)])
    .range([area.left, area.right]);
  const y = scaleLinear().domain(options.yDomain).range([area.bottom, area.top]).clamp(true);
  return {
    area,
    lines: curves.map(({ kind, points }) => {
      const shown = thinPoints(points, 400);
      return { kind, points: shown.length, path: pathOf(shown.map((point) => [x(point.step), y(point.value)])) };
    }),
    xTicks: x.ticks(5).map((value) => ({ value, at: x(value), label: String(value) })),
    yTicks: y.ticks(4).map((value) => ({ value, at: y(value), label: options.yFormat(value) })),
    marks: (options.marks ?? []).map((value) => ({ value, at: y(value), label: options.yFormat(value) })),
  };
}

/** `10^k` as the y axis labels it: 1, 0.1, 1e-3 … */
export function powerLabel(value: number): string {
  const exponent = Math.round(Math.log10(value));
  return exponent >= -2 && exponent <= 2 ? String(10 ** exponent) : `1e${exponent}`;
}

/**
 * Values over time steps t = 0 … L−1 of every model on a log y axis: ‖∂loss/∂hₜ‖ or a product of
 * gates. The y domain spans every positive value, widened to whole powers of ten (at least one
 * decade); values at or below 0 are drawn at the bottom.
 */
export function flowLayout(
  series: readonly { kind: LabKind; values: readonly number[] }[],
  options: { width: number; height: number; length: number; floor?: number },
  margin: PlotMargin = PLOT_MARGIN,
): PlotLayout {
  const area = areaOf(options.width, options.height, margin);
  const positive = series.flatMap(({ values }) => values.filter((value) => value > 0 && Number.isFinite(value)));
  const floor = options.floor ?? 1e-12;
  const low = Math.max(floor, positive.length ? Math.min(...positive) : 1e-3);
  const high = Math.max(low * 10, positive.length ? Math.max(...positive) : 1);
  const domain: [number, number] = [10 ** Math.floor(Math.log10(low)), 10 ** Math.ceil(Math.log10(high))];
  const x = scaleLinear()
    .domain([0, Math.max(1, options.length - 1)])
    .range([area.left, area.right]);
  const y = scaleLog().domain(domain).range([area.bottom, area.top]).clamp(true);
  const decades = Math.round(Math.log10(domain[1] / domain[0]));
  const stride = Math.max(1, Math.ceil(decades / 5));
  const yTicks: PlotTick[] = [];
  for (let exponent = Math.log10(domain[0]); exponent <= Math.log10(domain[1]) + 1e-9; exponent += stride) {
    const value = 10 ** Math.round(exponent);
    yTicks.push({ value, at: y(value), label: powerLabel(value) });
  }
  return {
    area,
    lines: series.map(({ kind, values }) => ({
      kind,
      points: values.length,
      path: pathOf(values.map((value, t) => [x(t), y(value > 0 ? value : domain[0])])),
    })),
    xTicks: x
      .ticks(5)
      .filter(Number.isInteger)
      .map((value) => ({ value, at: x(value), label: String(value) })),
    yTicks,
    marks: [],
  };
}
