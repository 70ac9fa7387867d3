import { GRU_STAGES } from '../../store/gru/gruStages';
import { CellExplorer } from '../cell/CellExplorer';
import { ConventionSwitch } from './ConventionSwitch';
import { GRU_EXPLORER_UI } from './gruExplorerUi';
import { GruStepView } from './GruStepView';

/** The GRU cell explorer: the same frame as the LSTM's, with the GRU's diagram, stages and conventions. */
export function GruExplorer() {
  return (
    <CellExplorer
      ui={GRU_EXPLORER_UI}
      kind="gru"
      stageCount={GRU_STAGES.length}
      stepView={<GruStepView />}
      extraControls={<ConventionSwitch />}
    />
  );
}
