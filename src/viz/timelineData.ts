import type { DiagramRole } from './colors';
import type { LstmGates, TraceStep } from '../model';

/** One gate's bar in a timeline glyph. */
export interface GlyphBar {
  role: DiagramRole;
  /** The trace's name for it: f, i, g, o or r, z, n. */
  symbol: string;
  /** The mean over the units: in (0, 1) for a gate, (−1, 1) for the candidate. */
  mean: number;
}

/** What the timeline draws for one cell at one step. */
export interface TimelineCell {
  bars: GlyphBar[];
  /** Size of C after the step (LSTM only). */
  cell?: number;
  /** Size of h after the step. */
  hidden: number;
}

/** Which bars a glyph has, in order: each gate's role and its letter, the trace's key for it. */
export interface GlyphBarSpec {
  role: DiagramRole;
  symbol: string;
}

/** Mean of batch element `batch` of a `(B, H)` value. */
function meanOf(data: Float32Array, batch: number, size: number): number {
  let sum = 0;
  for (let unit = batch * size; unit < (batch + 1) * size; unit++) sum += data[unit]!;
  return sum / size;
}

/** Root mean square of batch element `batch`: a state's size, whatever hidden_size is. */
function rmsOf(data: Float32Array, batch: number, size: number): number {
  let sum = 0;
  for (let unit = batch * size; unit < (batch + 1) * size; unit++) sum += data[unit]! ** 2;
  return Math.sqrt(sum / size);
}

/**
 * Every glyph of the timeline for batch element `batch`, by [row][t]: each gate's mean (the
 * gates `bars` lists, in the cell's notation) and the
 * size of C and h after the step (their RMS over the units), or, when `footprint` is given
 * (the pulse preset), how far C and h sit from the run without the pulse.
 */
export function timelineCells(
  steps: TraceStep[][],
  bars: readonly GlyphBarSpec[],
  batch: number,
  batchSize: number,
  footprint?: { hidden: Float32Array; cell?: Float32Array },
): TimelineCell[][] {
  return steps.map((row, rowIndex) =>
    row.map((step, t) => {
      const size = step.gates.h.data.length / batchSize;
      const lstm = 'c' in step.gates;
      const gates = step.gates as unknown as Record<string, { data: Float32Array }>;
      const glyphBars = bars.map(({ role, symbol }) => ({
        role,
        symbol,
        mean: meanOf(gates[symbol]!.data, batch, size),
      }));
      const at = (rowIndex * row.length + t) * batchSize + batch;
      const hidden = footprint ? footprint.hidden[at]! : rmsOf(step.gates.h.data, batch, size);
      if (!lstm) return { bars: glyphBars, hidden };
      const cellData = (step.gates as LstmGates).c.data;
      const cell = footprint?.cell ? footprint.cell[at]! : rmsOf(cellData, batch, size);
      return { bars: glyphBars, cell, hidden };
    }),
  );
}

/**
 * The largest C and h of one row, so a row's line widths compare its own steps: each layer's C
 * and h keep their own scale, and a pulse fading in layer 0 is not drowned by layer 1 (which
 * gathers what layer 0 passes up and can grow larger).
 */
export function largestStates(row: readonly TimelineCell[]): { cell: number; hidden: number } {
  let cell = 0;
  let hidden = 0;
  for (const glyph of row) {
    cell = Math.max(cell, glyph.cell ?? 0);
    hidden = Math.max(hidden, glyph.hidden);
  }
  return { cell, hidden };
}
