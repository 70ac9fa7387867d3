import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import {
  GRU_GATE_NAMES,
  type GruCellExplanation,
  gruCellPreset,
  type GruGateName,
  withGruGateBiasShifts,
  withGruGateWeight,
} from '../../model';
import {
  createCellExplorerStore,
  type CellExplorerSettings,
  type CellExplorerSpec,
  type CellExplorerState,
} from '../cell/cellExplorerStore';
import { GRU_STAGES } from './gruStages';
import { GRU_COURSE_SIZES } from '../explorerLimits';

/** Everything that defines what the GRU explorer shows; `previousCell` stays empty (a GRU has no C). */
export type GruExplorerSettings = CellExplorerSettings<GruGateName>;

/** The GRU explorer's state: its settings, and the step the model layer explained. */
export type GruExplorerState = CellExplorerState<GruGateName, GruCellExplanation>;

/** The same starting point as the LSTM explorer's, so the two cells can be compared on one input. */
export const DEFAULT_GRU_EXPLORER_SETTINGS: Readonly<GruExplorerSettings> = {
  inputSize: 3,
  hiddenSize: 4,
  preset: 'random',
  seed: 1,
  weightEdits: [],
  biasShifts: { reset: 0, update: 0, candidate: 0 },
  input: [0.8, -0.5, 1.2],
  previousHidden: [0.1, -0.3, 0.5, 0],
  previousCell: [],
  stage: 0,
  focusedUnit: 0,
};

/** The GRU explorer's cell: nn.GRUCell, three gates, no C, five stages. */
export const GRU_EXPLORER_SPEC: CellExplorerSpec<GruGateName, GruCellExplanation> = {
  module: 'GRUCell',
  gates: GRU_GATE_NAMES,
  hasCellState: false,
  stageCount: GRU_STAGES.length,
  courseSizes: GRU_COURSE_SIZES,
  preset: gruCellPreset,
  withWeight: withGruGateWeight,
  withBiasShifts: withGruGateBiasShifts,
  explain: (model, input, hidden) => model.explainGruCell(input, hidden),
};

/** A fresh, independent GRU explorer store starting from `initial`; the app uses {@link gruExplorerStore}. */
export function createGruExplorerStore(
  initial: GruExplorerSettings = DEFAULT_GRU_EXPLORER_SETTINGS,
): StoreApi<GruExplorerState> {
  return createCellExplorerStore(GRU_EXPLORER_SPEC, initial);
}

/** The app's one GRU explorer store. */
export const gruExplorerStore: StoreApi<GruExplorerState> = createGruExplorerStore();

/** Reads one slice of {@link gruExplorerStore} in a component; pick narrow slices. */
export function useGruExplorerStore<T>(selector: (state: GruExplorerState) => T): T {
  return useStore(gruExplorerStore, selector);
}
