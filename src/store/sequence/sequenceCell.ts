import { cellSeedOf, directionCount, gatesOf, layerInputSize, stateRow, type LstmGates } from '../../model';
import type { CellExplorerSettings } from '../cell/cellExplorerStore';
import { EXPLORER_LIMITS } from '../explorerLimits';
import type { SequenceRun } from './sequenceRun';
import type { SequenceGate, SequenceSettings } from './sequenceSettings';

/** One cell of the unrolled network: which layer and direction ran it, at which step, for which batch element. */
export interface SequenceCellAt {
  layer: number;
  direction: number;
  t: number;
  batch: number;
}

/** What a cell explorer needs to replay one cell of the sequence exactly. */
export interface SequenceCellSnapshot {
  /** Which explorer: the LSTM's or the GRU's. */
  view: 'lstm' | 'gru';
  settings: Partial<CellExplorerSettings<SequenceGate>>;
  /** True when a value lies outside the explorer's slider range and will be clamped there. */
  clamped: boolean;
}

/** Batch element `batch` of a `(B, size)` state. */
function rowOf(data: Float32Array, batch: number, size: number): number[] {
  return Array.from(data.subarray(batch * size, (batch + 1) * size));
}

/**
 * The settings that make a cell explorer show exactly the step (`at`) the sequence ran: that
 * cell's weights (same preset, its own seed from {@link cellSeedOf}, the same bias shifts), the
 * input it read (x_t for layer 0, the layer below's h at t above it, both directions side by
 * side), and the state it started from (its h and C one step earlier in its own direction, or
 * h0 / c0 at its first step; the reverse direction's earlier step is t + 1).
 */
export function sequenceCellSnapshot(
  settings: SequenceSettings,
  run: SequenceRun,
  at: SequenceCellAt,
): SequenceCellSnapshot {
  const { layer, direction, t, batch } = at;
  const directions = directionCount(settings);
  const hidden = settings.hiddenSize;
  const row = stateRow(settings, layer, direction);
  const input =
    layer === 0
      ? rowOf(run.timeMajorInput.subarray(t * settings.batch * settings.inputSize), batch, settings.inputSize)
      : Array.from({ length: directions }, (_, below) =>
          rowOf(run.steps[stateRow(settings, layer - 1, below)]![t]!.gates.h.data, batch, hidden),
        ).flat();
  const previous = run.steps[row]![direction === 0 ? t - 1 : t + 1];
  const start = (state: Float32Array) => rowOf(state.subarray(row * settings.batch * hidden), batch, hidden);
  const previousHidden = previous ? rowOf(previous.gates.h.data, batch, hidden) : start(run.h0.data);
  const isLstm = settings.kind === 'LSTM';
  const previousCell = !isLstm
    ? []
    : previous
      ? rowOf((previous.gates as LstmGates).c.data, batch, hidden)
      : start(run.c0!.data);
  const outside = (values: number[], range: { min: number; max: number }) =>
    values.some((value) => value < range.min || value > range.max);
  const clamped =
    outside(input, EXPLORER_LIMITS.input) ||
    outside(previousHidden, EXPLORER_LIMITS.previousHidden) ||
    outside(previousCell, EXPLORER_LIMITS.previousCell);
  const shift = (gate: SequenceGate) => settings.biasShifts[gate] ?? 0;
  const gates = gatesOf(settings.kind);
  return {
    view: isLstm ? 'lstm' : 'gru',
    clamped,
    settings: {
      inputSize: layerInputSize(run.config, layer),
      hiddenSize: hidden,
      preset: settings.weightPreset,
      seed: cellSeedOf(settings.weightSeed, layer, direction),
      weightEdits: [],
      biasShifts: Object.fromEntries(gates.map((gate) => [gate, shift(gate)])) as Record<SequenceGate, number>,
      input,
      previousHidden,
      previousCell,
    },
  };
}
