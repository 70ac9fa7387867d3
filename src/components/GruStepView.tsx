import { useDeferredValue, useMemo } from 'react';
import { glossary } from '../content/glossary';
import { gruExplorerText, gruVectorNames } from '../content/gruExplorer';
import { gruGateTerms } from '../content/gruGateTerms';
import { GRU_GATE_NAMES, gruGateWeightBlocks, type GruGateName } from '../model/gruGates';
import { useGruConventionStore } from '../store/gruConventionStore';
import { useGruExplorerStore } from '../store/gruExplorerStore';
import { GRU_STAGES } from '../store/gruStages';
import { GRU_DIAGRAM_VECTORS, type GruDiagramVector } from '../viz/gruDiagramLayout';
import { ConventionSwitch } from './ConventionSwitch';
import { GruCellDiagram, type GruCellDiagramLabels } from './GruCellDiagram';
import { GruStagePanel } from './GruStagePanel';
import { StepLayout } from './StepLayout';
import { useShownLanguages } from './useShownLanguages';

/** The GRU diagram beside the convention switch and the current stage's formulas and words. */
export function GruStepView() {
  const [language] = useShownLanguages();
  const explanation = useGruExplorerStore((state) => state.explanation);
  const weights = useGruExplorerStore((state) => state.weights);
  const hiddenSize = useGruExplorerStore((state) => state.hiddenSize);
  const inputSize = useGruExplorerStore((state) => state.inputSize);
  const stage = GRU_STAGES[useGruExplorerStore((state) => state.stage)] ?? 'inputs';
  const focusedUnit = useGruExplorerStore((state) => state.focusedUnit);
  const focusUnit = useGruExplorerStore((state) => state.focusUnit);
  const convention = useGruConventionStore((state) => state.convention);
  const labels: GruCellDiagramLabels = useMemo(
    () => ({
      title: gruExplorerText.diagramLabel[language],
      gates: Object.fromEntries(GRU_GATE_NAMES.map((gate) => [gate, glossary[gruGateTerms[gate]][language]])) as Record<
        GruGateName,
        string
      >,
      vectors: Object.fromEntries(
        GRU_DIAGRAM_VECTORS.map((vector) => [vector, gruVectorNames[vector][language]]),
      ) as Record<GruDiagramVector, string>,
      unitValue: gruVectorNames.unitValue[language],
    }),
    [language],
  );
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
