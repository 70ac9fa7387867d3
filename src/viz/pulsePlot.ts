import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { ROLE_COLORS } from './colors';

/** The pulse plot's lines: the LSTM's C and h, and the GRU's h. */
export type PulseSeries = 'lstmCell' | 'lstmHidden' | 'gruHidden';

/** The lines in the order drawn and listed. */
export const PULSE_SERIES: readonly PulseSeries[] = ['lstmCell', 'lstmHidden', 'gruHidden'];

/**
 * How each line looks: C in the cell state's orange, as in the cell diagrams; the two h lines in
 * the hidden state's black and the input gate's blue. Each also has its own dash pattern, so
 * they stay apart without colour.
 */
export const PULSE_SERIES_STYLE: Readonly<Record<PulseSeries, { color: string; dash: string }>> = {
  lstmCell: { color: ROLE_COLORS.cell.strong, dash: '' },
  lstmHidden: { color: ROLE_COLORS.hidden.strong, dash: '8 5' },
  gruHidden: { color: ROLE_COLORS.input.strong, dash: '14 4 3 4' },
};

/** The plot's outer size and the margins its axes and labels live in, in SVG units. */
export interface PlotFrame {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

/** One tick of an axis: its value and where it sits along the axis. */
export interface Tick {
  value: number;
  position: number;
}

/** Everything the pulse plot draws, as plain numbers and path strings. */
export interface PulsePlotLayout {
  /** t = 0 … lastStep onto the plot's width. */
  x: ScaleLinear<number, number>;
  /** Footprint 0 … yMax onto the plot's height, 0 at the bottom. */
  y: ScaleLinear<number, number>;
  xTicks: Tick[];
  yTicks: Tick[];
  /** An SVG path per series, in the order given; '' for a series with no values. */
  paths: string[];
  /** The inner plotting area. */
  plot: { left: number; top: number; right: number; bottom: number };
}

/**
 * The y axis's top: 1 (the pulse's footprint at t = 0), or the largest value rounded up to the
 * next tenth when a curve rises above it, so no line leaves the plot.
 */
export function footprintCeiling(series: readonly ArrayLike<number>[]): number {
  let largest = 1;
  for (const values of series) for (let t = 0; t < values.length; t++) largest = Math.max(largest, values[t]!);
  return Math.ceil(largest * 10 - 1e-9) / 10;
}

/** The SVG path through `values[t]` at (x(t), y(values[t])); '' for no values. */
export function footprintPath(
  values: ArrayLike<number>,
  x: ScaleLinear<number, number>,
  y: ScaleLinear<number, number>,
): string {
  const points = Array.from(values, (value, t) => [t, value] as const);
  return (
    line<readonly [number, number]>()
      .x(([t]) => x(t))
      .y(([, value]) => y(value))(points) ?? ''
  );
}

/**
 * Scales, ticks and one line per series for footprints over t = 0 … `lastStep` in `frame`, with
 * about `xTickCount` round ticks along t (fewer for a narrow plot).
 * Pure: the same input always gives the same strings, so React renders it and tests compare it.
 */
export function pulsePlotLayout(
  series: readonly ArrayLike<number>[],
  lastStep: number,
  frame: PlotFrame,
  xTickCount = 8,
): PulsePlotLayout {
  const plot = {
    left: frame.margin.left,
    top: frame.margin.top,
    right: frame.width - frame.margin.right,
    bottom: frame.height - frame.margin.bottom,
  };
  const x = scaleLinear().domain([0, lastStep]).range([plot.left, plot.right]);
  const y = scaleLinear()
    .domain([0, footprintCeiling(series)])
    .range([plot.bottom, plot.top]);
  const ticks = (scale: ScaleLinear<number, number>, count: number) =>
    scale.ticks(count).map((value) => ({ value, position: scale(value) }));
  return {
    x,
    y,
    xTicks: ticks(x, xTickCount),
    yTicks: ticks(y, 5),
    paths: series.map((values) => footprintPath(values, x, y)),
    plot,
  };
}
