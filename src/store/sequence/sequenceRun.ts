import {
  cachedRecurrentModel,
  defaultConfig,
  type ForwardResult,
  type LstmGates,
  type ModelFileModule,
  moduleSequenceWeights,
  type PlainTensor,
  presetSequence,
  randomState,
  type RecurrentConfig,
  sequenceWeights,
  type StateDict,
  stateRow,
  stateRowCount,
  type TraceStep,
} from '../../model';
import { SEQUENCE_LIMITS, type SequenceSettings } from './sequenceSettings';

/** The model cache slot the sequence view keeps its network in (apart from the comparison's LSTM and GRU). */
const CACHE_SLOT = 'sequence';

/** What the sequence view computes from its settings. */
export interface SequenceRun {
  config: RecurrentConfig;
  /** The input time-major, (L, B, input_size), whatever batch_first says: what the sketch draws. */
  timeMajorInput: Float32Array;
  /** h0 (and c0 for an LSTM), (num_layers · directions, B, hidden_size). */
  h0: PlainTensor;
  c0?: PlainTensor;
  /** PyTorch's `out, h_n` (and `c_n`), shaped as PyTorch returns them. */
  result: ForwardResult;
  /** The trace by [row][t], row = layer · directions + direction. */
  steps: TraceStep[][];
  /**
   * Only for the pulse preset: how far each state sits from the same run without the pulse,
   * ‖s_t − s_t(no pulse)‖₂ over the units, at [(row · L + t) · B + b]. What the pulse left behind.
   */
  footprint?: { hidden: Float32Array; cell?: Float32Array };
}

/** The `nn.LSTM` / `nn.GRU` constructor arguments `settings` describe. */
export function sequenceConfig(
  settings: Pick<SequenceSettings, 'inputSize' | 'hiddenSize' | 'numLayers' | 'bidirectional' | 'batchFirst'>,
): RecurrentConfig {
  return {
    ...defaultConfig(settings.inputSize, settings.hiddenSize),
    numLayers: settings.numLayers,
    bidirectional: settings.bidirectional,
    batchFirst: settings.batchFirst,
  };
}

/**
 * The weights `settings` describe: every cell from the preset and seed, or an imported network's
 * (`imported`, whose structure the settings match), with the bias shifts.
 */
export function sequenceWeightsOf(settings: SequenceSettings, imported?: ModelFileModule): StateDict {
  if (imported) return moduleSequenceWeights(imported, settings.biasShifts);
  return sequenceWeights(
    settings.kind,
    sequenceConfig(settings),
    settings.weightPreset,
    settings.weightSeed,
    settings.biasShifts,
  );
}

/** The time-major input: the preset, then what the student drew. */
export function timeMajorInputOf(settings: SequenceSettings, withPreset = true): Float32Array {
  const { steps, batch, inputSize } = settings;
  const data = withPreset
    ? presetSequence(settings.inputPreset, { steps, batch, inputSize }, settings.inputSeed)
    : new Float32Array(steps * batch * inputSize);
  for (const edit of settings.inputEdits) data[(edit.t * batch + edit.batch) * inputSize + edit.feature] = edit.value;
  return data;
}

/** A time-major `(L, B, F)` sequence as the model takes it: transposed to `(B, L, F)` with batch_first. */
export function modelInput(
  data: Float32Array,
  settings: Pick<SequenceSettings, 'steps' | 'batch' | 'inputSize' | 'batchFirst'>,
): PlainTensor {
  const { steps, batch, inputSize } = settings;
  if (!settings.batchFirst) return { shape: [steps, batch, inputSize], data };
  const transposed = new Float32Array(data.length);
  for (let t = 0; t < steps; t++)
    for (let b = 0; b < batch; b++)
      transposed.set(
        data.subarray((t * batch + b) * inputSize, (t * batch + b + 1) * inputSize),
        (b * steps + t) * inputSize,
      );
  return { shape: [batch, steps, inputSize], data: transposed };
}

/**
 * The spread of a random h0 and c0, as multiples of torch.randn's: h0 is drawn at half its spread
 * (and clipped to ±1, since h never leaves (−1, 1)), c0 as torch.randn draws it.
 */
export const RANDOM_STATE_SCALE: Readonly<Record<'h' | 'c', number>> = { h: 0.5, c: 1 };

/** h0 or c0: zeros or the seeded random start, then the hand edits. */
export function initialStateOf(settings: SequenceSettings, state: 'h' | 'c'): PlainTensor {
  const rows = stateRowCount(settings);
  const { batch, hiddenSize } = settings;
  const size = rows * batch * hiddenSize;
  const range = state === 'h' ? SEQUENCE_LIMITS.h0 : SEQUENCE_LIMITS.c0;
  // h0 and c0 draw from different seeds, as two torch.randn calls would.
  const data =
    settings.initialState === 'random'
      ? randomState(size, settings.stateSeed * 2 + (state === 'h' ? 0 : 1), RANDOM_STATE_SCALE[state], range.max)
      : new Float32Array(size);
  for (const edit of settings.stateEdits)
    if (edit.state === state) data[(edit.row * batch + edit.batch) * hiddenSize + edit.unit] = edit.value;
  return { shape: [rows, batch, hiddenSize], data };
}

/** The trace by row (layer · directions + direction) and time step. */
function stepsByRow(trace: TraceStep[], config: RecurrentConfig, steps: number): TraceStep[][] {
  const byRow = Array.from({ length: stateRowCount(config) }, () => new Array<TraceStep>(steps));
  for (const step of trace) byRow[stateRow(config, step.layer, step.direction)]![step.t] = step;
  return byRow;
}

/** ‖a_b − b_b‖₂ for each batch element b of two (B, H) states. */
function distances(a: Float32Array, b: Float32Array, batch: number, into: Float32Array, offset: number): void {
  const size = a.length / batch;
  for (let element = 0; element < batch; element++) {
    let sum = 0;
    for (let unit = element * size; unit < (element + 1) * size; unit++) sum += (a[unit]! - b[unit]!) ** 2;
    into[offset + element] = Math.sqrt(sum);
  }
}

function footprintOf(run: TraceStep[][], baseline: TraceStep[][], settings: SequenceSettings) {
  const { steps, batch } = settings;
  const hidden = new Float32Array(run.length * steps * batch);
  const cell = settings.kind === 'LSTM' ? new Float32Array(hidden.length) : undefined;
  run.forEach((row, index) =>
    row.forEach((step, t) => {
      const base = baseline[index]![t]!;
      const offset = (index * steps + t) * batch;
      distances(step.gates.h.data, base.gates.h.data, batch, hidden, offset);
      if (cell) distances((step.gates as LstmGates).c.data, (base.gates as LstmGates).c.data, batch, cell, offset);
    }),
  );
  return { hidden, cell };
}

/**
 * Runs the network `settings` describe on its input from its h0 / c0 through the model layer
 * (cached: only a change of weights uploads again), and for the pulse preset also without the
 * pulse, to follow its footprint.
 * @throws ModelInputError when the model layer refuses (it should not: settings are sanitized).
 */
export function runSequence(settings: SequenceSettings, weights: StateDict): SequenceRun {
  const config = sequenceConfig(settings);
  const model = cachedRecurrentModel(settings.kind, config, weights, CACHE_SLOT);
  const timeMajorInput = timeMajorInputOf(settings);
  const h0 = initialStateOf(settings, 'h');
  const c0 = settings.kind === 'LSTM' ? initialStateOf(settings, 'c') : undefined;
  const result = model.run(modelInput(timeMajorInput, settings), h0, c0);
  const steps = stepsByRow(result.trace, config, settings.steps);
  if (settings.inputPreset !== 'pulse') return { config, timeMajorInput, h0, c0, result, steps };
  const baseline = model.run(modelInput(timeMajorInputOf(settings, false), settings), h0, c0);
  const footprint = footprintOf(steps, stepsByRow(baseline.trace, config, settings.steps), settings);
  return { config, timeMajorInput, h0, c0, result, steps, footprint };
}
