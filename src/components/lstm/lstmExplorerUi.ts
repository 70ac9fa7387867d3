import { commonText } from '../../content/commonText';
import { lstmStageText } from '../../content/lstm/lstmStages';
import { lstmExplorerText } from '../../content/lstm/lstmExplorer';
import { lstmGateTerms } from '../../content/gateTerms';
import {
  gateWeightBlocks,
  LSTM_GATE_NAMES,
  LSTM_NOTATION,
  pendingLstmExplanation,
  type LstmCellExplanation,
  type LstmGateName,
} from '../../model';
import { LSTM_COURSE_SIZES } from '../../store/explorerLimits';
import { useLstmExplorerStore, lstmExplorerStore } from '../../store/lstm/lstmExplorerStore';
import { LSTM_STAGES } from '../../store/lstm/lstmStages';
import { ROLE_COLORS } from '../../viz/colors';
import type { CellExplorerUi } from '../cell/cellExplorerUi';
import { withTerms } from '../shared/withTerms';

/** The LSTM cell explorer's panels: four gates, and C among the inputs. */
export const LSTM_EXPLORER_UI: CellExplorerUi<LstmGateName, LstmCellExplanation> = {
  useExplorer: useLstmExplorerStore,
  explorerState: () => lstmExplorerStore.getState(),
  notation: LSTM_NOTATION,
  gateTerms: lstmGateTerms,
  gateColors: Object.fromEntries(LSTM_GATE_NAMES.map((gate) => [gate, ROLE_COLORS[gate].strong])) as Record<
    LstmGateName,
    string
  >,
  pendingExplanation: pendingLstmExplanation,
  gateBlocks: gateWeightBlocks,
  stages: LSTM_STAGES.map((id) => ({ id, title: withTerms(lstmStageText[id].title) })),
  stateVectors: ['input', 'previousHidden', 'previousCell'],
  courseSizes: LSTM_COURSE_SIZES,
  teachingSizes: { inputSize: 3, hiddenSize: 4 },
  text: {
    heading: lstmExplorerText.heading,
    intro: lstmExplorerText.intro,
    courseSize: lstmExplorerText.courseSize,
    presetKeepsMemory: commonText.presetKeepsMemory,
    biasHint: lstmExplorerText.biasHint,
    previousHidden: lstmExplorerText.previousHidden,
    weightMaps: lstmExplorerText.weightMaps,
    weightMapsHint: lstmExplorerText.weightMapsHint,
  },
};
