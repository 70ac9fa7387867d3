import { LSTM_STAGES } from '../../store/lstm/lstmStages';
import { CellExplorer } from '../cell/CellExplorer';
import { LSTM_EXPLORER_UI } from './lstmExplorerUi';
import { LstmStepView } from './LstmStepView';

/** The LSTM cell explorer: the walkthrough, the live diagram and formulas, and every control. */
export function LstmExplorer() {
  return <CellExplorer ui={LSTM_EXPLORER_UI} kind="lstm" stageCount={LSTM_STAGES.length} stepView={<LstmStepView />} />;
}
