import { useDeferredValue } from 'react';
import { lstmGateTerms } from '../content/lstmGateTerms';
import { lstmExplorerText, vectorNames } from '../content/lstmExplorer';
import { gateWeightBlocks, type LstmGateName } from '../model/lstmGates';
import { useLstmExplorerStore } from '../store/lstmExplorerStore';
import { LSTM_STAGES } from '../store/lstmStages';
import type { DiagramVector } from '../viz/cellDiagramLayout';
import { CellDiagram } from './CellDiagram';
import { StagePanel } from './StagePanel';
import { StepLayout } from './StepLayout';
import { useDiagramLabels, type DiagramWords } from './useDiagramLabels';

const DIAGRAM_WORDS: DiagramWords<LstmGateName, DiagramVector> = {
  title: lstmExplorerText.diagramLabel,
  gateTerms: lstmGateTerms,
  vectorNames,
  vectors: ['previousCell', 'previousHidden', 'input', 'concat', 'kept', 'written', 'cell', 'cellTanh', 'hidden'],
};

/** The diagram beside the current stage's formulas and words, for the unit in focus. */
export function LstmStepView() {
  const explanation = useLstmExplorerStore((state) => state.explanation);
  const weights = useLstmExplorerStore((state) => state.weights);
  const hiddenSize = useLstmExplorerStore((state) => state.hiddenSize);
  const inputSize = useLstmExplorerStore((state) => state.inputSize);
  const stage = LSTM_STAGES[useLstmExplorerStore((state) => state.stage)] ?? 'concat';
  const focusedUnit = useLstmExplorerStore((state) => state.focusedUnit);
  const focusUnit = useLstmExplorerStore((state) => state.focusUnit);
  const blocks = gateWeightBlocks(weights);
  const labels = useDiagramLabels(DIAGRAM_WORDS);
  // Typesetting the formulas costs more than the whole diagram; during a drag React renders them
  // just after the diagram, so the slider and the cells never wait for KaTeX.
  const formulaExplanation = useDeferredValue(explanation);
  if (!explanation) return null;
  return (
    <StepLayout
      diagram={
        <CellDiagram
          explanation={explanation}
          hiddenSize={hiddenSize}
          inputSize={inputSize}
          stage={stage}
          focusedUnit={focusedUnit}
          onFocusUnit={focusUnit}
          labels={labels}
        />
      }
      stagePanel={
        <StagePanel
          stage={stage}
          explanation={formulaExplanation ?? explanation}
          blocks={blocks}
          focusedUnit={focusedUnit}
        />
      }
      hiddenSize={hiddenSize}
      focusedUnit={focusedUnit}
      onFocusUnit={focusUnit}
    />
  );
}
