import {
  cachedRecurrentModel,
  type CellKind,
  DEFAULT_STEP_TIMING,
  msPerStep,
  type RecurrentConfig,
  type StateDict,
  timeForwardPass,
  timingInput,
} from '../../model';

// Timing both models in the browser, for the view's "time per step" panel.

/** A speed measurement: plain numbers, for the sizes it was made at. */
export interface SpeedMeasurement {
  /** Median milliseconds per step of each, > 0. */
  lstmMsPerStep: number;
  gruMsPerStep: number;
  /** gruMsPerStep / lstmMsPerStep: below 1 when the GRU was faster. */
  gruToLstm: number;
  inputSize: number;
  hiddenSize: number;
  /** Sequence length of each timed pass. */
  steps: number;
  /** Timed passes of each model. */
  runs: number;
}

/** Whether a speed measurement is running, or has a result for the current sizes. */
export type SpeedStatus = 'idle' | 'measuring' | 'done';

/** Lets the browser paint and handle input between timed passes. */
const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Times both models at `config`, pass by pass, alternating LSTM and GRU so both meet the same
 * machine conditions, and yielding to the browser between passes so the page stays responsive.
 * `weightsOf` gives each model's current weights; `stillWanted` is asked before every pass, and
 * false stops the measurement (it resolves undefined); `onProgress` hears how far it is, 0 … 1.
 * @throws ModelInputError when the model layer refuses.
 */
export async function timeBothModels(
  config: RecurrentConfig,
  weightsOf: (kind: CellKind) => StateDict,
  stillWanted: () => boolean,
  onProgress: (fraction: number) => void,
): Promise<Omit<SpeedMeasurement, 'inputSize' | 'hiddenSize'> | undefined> {
  const { steps, runs, warmupRuns } = DEFAULT_STEP_TIMING;
  const input = timingInput(config, steps);
  const samples: Record<CellKind, number[]> = { LSTM: [], GRU: [] };
  const passes = 2 * (warmupRuns + runs);
  for (let pass = 0; pass < passes; pass++) {
    await yieldToBrowser();
    if (!stillWanted()) return undefined;
    const kind: CellKind = pass % 2 === 0 ? 'LSTM' : 'GRU';
    const model = cachedRecurrentModel(kind, config, weightsOf(kind));
    const ms = timeForwardPass(model, input);
    if (pass >= 2 * warmupRuns) samples[kind].push(ms);
    onProgress((pass + 1) / passes);
  }
  const lstmMsPerStep = msPerStep(samples.LSTM, steps);
  const gruMsPerStep = msPerStep(samples.GRU, steps);
  return { lstmMsPerStep, gruMsPerStep, gruToLstm: gruMsPerStep / lstmMsPerStep, steps, runs };
}
