import { lstmGateTerms } from '../../content/gateTerms';
import { lstmExplorerText, lstmVectorNames } from '../../content/lstm/lstmExplorer';
import type { LstmGateName } from '../../model';
import { LSTM_STAGES } from '../../store/lstm/lstmStages';
import type { LstmDiagramVector } from '../../viz/lstmDiagramLayout';
import { LstmCellDiagram } from './LstmCellDiagram';
import { LSTM_EXPLORER_UI } from './lstmExplorerUi';
import { LstmStagePanel } from './LstmStagePanel';
import { StepLayout } from '../cell/StepLayout';
import { UnitPicker } from '../cell/UnitPicker';
import { useCellStep } from '../cell/useCellStep';
import { useDiagramLabels, type DiagramWords } from '../cell/diagram/useDiagramLabels';

const DIAGRAM_WORDS: DiagramWords<LstmGateName, LstmDiagramVector> = {
  title: lstmExplorerText.diagramLabel,
  gateTerms: lstmGateTerms,
  vectorNames: lstmVectorNames,
  vectors: ['previousCell', 'previousHidden', 'input', 'concat', 'kept', 'written', 'cell', 'cellTanh', 'hidden'],
};

/**
 * The diagram beside the current stage's formulas and words, for the unit in focus; before the
 * model layer is ready, the same with the inputs and "…" for what it computes.
 */
export function LstmStepView() {
  const step = useCellStep(LSTM_EXPLORER_UI, LSTM_STAGES);
  const labels = useDiagramLabels(DIAGRAM_WORDS);
  return (
    <StepLayout
      ready={step.ready}
      diagram={
        <LstmCellDiagram
          explanation={step.explanation}
          inputSize={step.inputSize}
          stage={step.stage}
          labels={labels}
          onSetInput={step.onSetInput}
          {...step.unit}
        />
      }
      stagePanel={
        <LstmStagePanel
          stage={step.stage}
          explanation={step.explanation}
          pending={!step.ready}
          blocks={step.blocks}
          focusedUnit={step.unit.focusedUnit}
          unitPicker={<UnitPicker {...step.unit} />}
        />
      }
    />
  );
}
