import type { ReactNode } from 'react';
import { lstmStageText } from '../../content/lstm/lstmStages';
import { walkthroughText } from '../../content/stageText';
import type { GateWeightBlock, LstmCellExplanation, LstmGateName } from '../../model';
import type { LstmStage } from '../../store/lstm/lstmStages';
import { fillText } from '../shared/fillText';
import { withPendingNumbers } from '../cell/formulaNumbers';
import { StageCard } from '../cell/StageCard';
import { lstmStageExpansions, lstmStageFormulas } from './lstmStageFormulas';

export interface LstmStagePanelProps {
  stage: LstmStage;
  explanation: LstmCellExplanation;
  /** Each gate's weights over [h, x], from `gateWeightBlock`. */
  blocks: Record<LstmGateName, GateWeightBlock>;
  /** 0-based, like the index of a tensor. */
  focusedUnit: number;
  /** Where the reader picks the unit, beside its numbers. */
  unitPicker?: ReactNode;
  /** True while `explanation` is a pending one: its computed values show as "…". */
  pending?: boolean;
}

/** One stage of the LSTM walkthrough, with the focused unit's numbers from the model. */
export function LstmStagePanel({
  stage,
  explanation,
  blocks,
  focusedUnit,
  unitPicker,
  pending = false,
}: LstmStagePanelProps) {
  const shown = (lines: string[]) => (pending ? lines.map(withPendingNumbers) : lines);
  const numbersLabel =
    stage === 'concat'
      ? walkthroughText.vectorNumbersLabel
      : fillText(walkthroughText.numbersLabel, { unit: focusedUnit });
  return (
    <StageCard
      text={lstmStageText[stage]}
      rule={lstmStageText[stage].formula}
      numbersLabel={numbersLabel}
      numbers={shown(lstmStageFormulas(stage, explanation, focusedUnit))}
      expansions={shown(lstmStageExpansions(stage, explanation, blocks, focusedUnit))}
      unitPicker={stage === 'concat' ? undefined : unitPicker}
    />
  );
}
