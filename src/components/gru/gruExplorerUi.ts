import { gruExplorerText } from '../../content/gru/gruExplorer';
import { gruStageText } from '../../content/gru/gruStages';
import { gruGateTerms } from '../../content/gateTerms';
import {
  GRU_NOTATION,
  type GruCellExplanation,
  type GruGateName,
  gruGateWeightBlocks,
  pendingGruExplanation,
} from '../../model';
import { useGruExplorerStore, gruExplorerStore } from '../../store/gru/gruExplorerStore';
import { GRU_STAGES } from '../../store/gru/gruStages';
import { GRU_COURSE_SIZES } from '../../store/explorerLimits';
import { ROLE_COLORS } from '../../viz/colors';
import type { CellExplorerUi } from '../cell/cellExplorerUi';
import { withTerms } from '../shared/withTerms';

/** The GRU's gate colours: r and z their own roles, the candidate n the LSTM candidate's green. */
export const GRU_GATE_COLORS: Readonly<Record<GruGateName, string>> = {
  reset: ROLE_COLORS.reset.strong,
  update: ROLE_COLORS.update.strong,
  candidate: ROLE_COLORS.candidate.strong,
};

/** The GRU cell explorer's panels: three gates, no C. */
export const GRU_EXPLORER_UI: CellExplorerUi<GruGateName, GruCellExplanation> = {
  useExplorer: useGruExplorerStore,
  explorerState: () => gruExplorerStore.getState(),
  notation: GRU_NOTATION,
  gateTerms: gruGateTerms,
  gateColors: GRU_GATE_COLORS,
  pendingExplanation: (input, previousHidden) => pendingGruExplanation(input, previousHidden),
  gateBlocks: gruGateWeightBlocks,
  stages: GRU_STAGES.map((id) => ({ id, title: withTerms(gruStageText[id].title) })),
  stateVectors: ['input', 'previousHidden'],
  courseSizes: GRU_COURSE_SIZES,
  teachingSizes: { inputSize: 3, hiddenSize: 4 },
  text: {
    heading: gruExplorerText.heading,
    intro: gruExplorerText.intro,
    courseSize: gruExplorerText.courseSize,
    presetKeepsMemory: gruExplorerText.presetKeepsMemory,
    biasHint: gruExplorerText.biasHint,
    previousHidden: gruExplorerText.previousHidden,
    weightMaps: gruExplorerText.weightMaps,
    weightMapsHint: gruExplorerText.weightMapsHint,
  },
};
