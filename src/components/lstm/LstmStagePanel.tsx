import { lstmStageText, lstmWalkthroughText } from '../../content/lstm/lstmStages';
import type { LstmCellExplanation } from '../../model/lstmCellExplanation';
import type { GateWeightBlock, LstmGateName } from '../../model/lstmGates';
import type { LstmStage } from '../../store/lstm/lstmStages';
import { fillText } from '../shared/fillText';
import { StageCard } from '../cell/StageCard';
import { stageExpansions, stageFormulas } from './lstmStageFormulas';

export interface StagePanelProps {
  stage: LstmStage;
  explanation: LstmCellExplanation;
  /** Each gate's weights over [h, x], from `gateWeightBlock`. */
  blocks: Record<LstmGateName, GateWeightBlock>;
  /** 0-based, like the index of a tensor. */
  focusedUnit: number;
}

/** One stage of the LSTM walkthrough, with the focused unit's numbers from the model. */
export function StagePanel({ stage, explanation, blocks, focusedUnit }: StagePanelProps) {
  const numbersLabel =
    stage === 'concat'
      ? lstmWalkthroughText.vectorNumbersLabel
      : fillText(lstmWalkthroughText.numbersLabel, { unit: focusedUnit });
  return (
    <StageCard
      text={lstmStageText[stage]}
      rule={lstmStageText[stage].formula}
      numbersLabel={numbersLabel}
      numbers={stageFormulas(stage, explanation, focusedUnit)}
      expansions={stageExpansions(stage, explanation, blocks, focusedUnit)}
    />
  );
}
