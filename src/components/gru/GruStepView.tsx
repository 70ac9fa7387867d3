import { gruExplorerText, gruVectorNames } from '../../content/gru/gruExplorer';
import { gruGateTerms } from '../../content/gateTerms';
import type { GruGateName } from '../../model';
import { useGruConventionStore } from '../../store/gru/gruConventionStore';
import { GRU_STAGES } from '../../store/gru/gruStages';
import { GRU_DIAGRAM_VECTORS, type GruDiagramVector } from '../../viz/gruDiagramLayout';
import { GRU_EXPLORER_UI } from './gruExplorerUi';
import { GruCellDiagram } from './GruCellDiagram';
import { GruStagePanel } from './GruStagePanel';
import { StepLayout } from '../cell/StepLayout';
import { UnitPicker } from '../cell/UnitPicker';
import { useCellStep } from '../cell/useCellStep';
import { useDiagramLabels, type DiagramWords } from '../cell/diagram/useDiagramLabels';

const DIAGRAM_WORDS: DiagramWords<GruGateName, GruDiagramVector> = {
  title: gruExplorerText.diagramLabel,
  gateTerms: gruGateTerms,
  vectorNames: gruVectorNames,
  vectors: GRU_DIAGRAM_VECTORS,
};

/**
 * The GRU diagram and the current stage's formulas and words, in the chosen convention's form;
 * before the model layer is ready, the same with the inputs and "…" for what it computes.
 */
export function GruStepView() {
  const step = useCellStep(GRU_EXPLORER_UI, GRU_STAGES);
  const convention = useGruConventionStore((state) => state.convention);
  const labels = useDiagramLabels(DIAGRAM_WORDS);
  return (
    <StepLayout
      ready={step.ready}
      diagram={
        <GruCellDiagram
          explanation={step.explanation}
          inputSize={step.inputSize}
          stage={step.stage}
          labels={labels}
          onSetInput={step.onSetInput}
          {...step.unit}
        />
      }
      stagePanel={
        <GruStagePanel
          stage={step.stage}
          explanation={step.explanation}
          pending={!step.ready}
          blocks={step.blocks}
          focusedUnit={step.unit.focusedUnit}
          unitPicker={<UnitPicker {...step.unit} />}
          convention={convention}
        />
      }
    />
  );
}
