import { useDeferredValue } from 'react';
import { gruExplorerText, gruVectorNames } from '../content/gruExplorer';
import { gruGateTerms } from '../content/gruGateTerms';
import { gruGateWeightBlocks, type GruGateName } from '../model/gruGates';
import { useGruConventionStore } from '../store/gruConventionStore';
import { useGruExplorerStore } from '../store/gruExplorerStore';
import { GRU_STAGES } from '../store/gruStages';
import { GRU_DIAGRAM_VECTORS, type GruDiagramVector } from '../viz/gruDiagramLayout';
import { ConventionSwitch } from './ConventionSwitch';
import { GruCellDiagram } from './GruCellDiagram';
import { GruStagePanel } from './GruStagePanel';
import { StepLayout } from './StepLayout';
import { useDiagramLabels, type DiagramWords } from './useDiagramLabels';

const DIAGRAM_WORDS: DiagramWords<GruGateName, GruDiagramVector> = {
  title: gruExplorerText.diagramLabel,
  gateTerms: gruGateTerms,
  vectorNames: gruVectorNames,
  vectors: GRU_DIAGRAM_VECTORS,
};

/** The GRU diagram beside the convention switch and the current stage's formulas and words. */
export function GruStepView() {
  const explanation = useGruExplorerStore((state) => state.explanation);
  const weights = useGruExplorerStore((state) => state.weights);
  const hiddenSize = useGruExplorerStore((state) => state.hiddenSize);
  const inputSize = useGruExplorerStore((state) => state.inputSize);
  const stage = GRU_STAGES[useGruExplorerStore((state) => state.stage)] ?? 'inputs';
  const focusedUnit = useGruExplorerStore((state) => state.focusedUnit);
  const focusUnit = useGruExplorerStore((state) => state.focusUnit);
  const convention = useGruConventionStore((state) => state.convention);
  const labels = useDiagramLabels(DIAGRAM_WORDS);
  // As in the LSTM explorer: KaTeX renders just after the diagram, so a drag never waits for it.
  const formulaExplanation = useDeferredValue(explanation);
  if (!explanation) return null;
  return (
    <StepLayout
      diagram={
        <GruCellDiagram
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
        <>
          <ConventionSwitch />
          <GruStagePanel
            stage={stage}
            explanation={formulaExplanation ?? explanation}
            blocks={gruGateWeightBlocks(weights)}
            focusedUnit={focusedUnit}
            convention={convention}
          />
        </>
      }
      hiddenSize={hiddenSize}
      focusedUnit={focusedUnit}
      onFocusUnit={focusUnit}
    />
  );
}
