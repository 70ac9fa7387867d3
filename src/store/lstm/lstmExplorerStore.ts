import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import {
  LSTM_GATE_NAMES,
  type LstmCellExplanation,
  lstmCellPreset,
  type LstmGateName,
  withGateBiasShifts,
  withGateWeight,
} from '../../model';
import {
  createCellExplorerStore,
  sanitizeCellSettings,
  type CellExplorerSettings,
  type CellExplorerSpec,
  type CellExplorerState,
  type WeightEdit as CellWeightEdit,
} from '../cell/cellExplorerStore';
import { LSTM_COURSE_SIZES } from '../explorerLimits';
import { LSTM_STAGES } from './lstmStages';

/** One weight of the LSTM the user changed by hand. */
export type WeightEdit = CellWeightEdit<LstmGateName>;

/** Everything that defines what the LSTM explorer shows (see {@link CellExplorerSettings}). */
export type LstmExplorerSettings = CellExplorerSettings<LstmGateName>;

/** The LSTM explorer's state: its settings, and the step the model layer explained. */
export type LstmExplorerState = CellExplorerState<LstmGateName, LstmCellExplanation>;

/** A small, readable starting point: 3 inputs, 4 hidden units, seeded weights, a non-trivial x. */
export const DEFAULT_LSTM_EXPLORER_SETTINGS: Readonly<LstmExplorerSettings> = {
  inputSize: 3,
  hiddenSize: 4,
  preset: 'random',
  seed: 1,
  weightEdits: [],
  biasShifts: { forget: 0, input: 0, candidate: 0, output: 0 },
  input: [0.8, -0.5, 1.2],
  previousHidden: [0.1, -0.3, 0.5, 0],
  previousCell: [0.6, -1, 0.2, 1.5],
  stage: 0,
  focusedUnit: 0,
};

/** The LSTM explorer's cell: nn.LSTMCell, four gates, C beside h, six stages. */
export const LSTM_EXPLORER_SPEC: CellExplorerSpec<LstmGateName, LstmCellExplanation> = {
  module: 'LSTMCell',
  gates: LSTM_GATE_NAMES,
  hasCellState: true,
  stageCount: LSTM_STAGES.length,
  courseSizes: LSTM_COURSE_SIZES,
  preset: lstmCellPreset,
  withWeight: withGateWeight,
  withBiasShifts: withGateBiasShifts,
  explain: (model, input, hidden, cell) => model.explainLstmCell(input, hidden, cell),
};

/** The valid parts of a link's `given` settings laid over `current` (see {@link sanitizeCellSettings}). */
export function sanitizeSettings(
  given: Partial<LstmExplorerSettings>,
  current: LstmExplorerSettings,
): LstmExplorerSettings {
  return sanitizeCellSettings(LSTM_EXPLORER_SPEC, given, current);
}

/** A fresh, independent LSTM explorer store starting from `initial`; the app uses {@link lstmExplorerStore}. */
export function createLstmExplorerStore(
  initial: LstmExplorerSettings = DEFAULT_LSTM_EXPLORER_SETTINGS,
): StoreApi<LstmExplorerState> {
  return createCellExplorerStore(LSTM_EXPLORER_SPEC, initial);
}

/** The app's one LSTM explorer store. */
export const lstmExplorerStore: StoreApi<LstmExplorerState> = createLstmExplorerStore();

/** Reads one slice of {@link lstmExplorerStore} in a component; pick narrow slices. */
export function useLstmExplorerStore<T>(selector: (state: LstmExplorerState) => T): T {
  return useStore(lstmExplorerStore, selector);
}
