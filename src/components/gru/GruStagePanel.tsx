import type { ReactNode } from 'react';
import { gruConventionSwitchText, gruConventionText } from '../../content/gru/gruConventions';
import { gruStageText } from '../../content/gru/gruStages';
import { walkthroughText } from '../../content/stageText';
import type { GruCellExplanation } from '../../model';
import type { GruConvention } from '../../store/gru/gruConventionStore';
import type { GruStage } from '../../store/gru/gruStages';
import { BilingualParagraph } from '../shared/BilingualParagraph';
import { BilingualText } from '../shared/BilingualText';
import { fillText } from '../shared/fillText';
import { Formula } from '../shared/Formula';
import { formatNumber, withPendingNumbers } from '../cell/formulaNumbers';
import { PENDING_CELL_TEXT } from '../shared/VectorStrip';
import { gruStageLines, type GruGateBlocks } from './gruStageFormulas';
import { StageCard } from '../cell/StageCard';

export interface GruStagePanelProps {
  stage: GruStage;
  explanation: GruCellExplanation;
  blocks: GruGateBlocks;
  /** 0-based, like the index of a tensor. */
  focusedUnit: number;
  convention: GruConvention;
  /** Where the reader picks the unit, beside its numbers. */
  unitPicker?: ReactNode;
  /** True while `explanation` is a pending one: its computed values show as "…". */
  pending?: boolean;
}

/** Plain text of a number in a sentence (not KaTeX): a real minus sign; "…" while pending. */
const spoken = (value: number, pending: boolean) =>
  pending ? PENDING_CELL_TEXT : formatNumber(value).replace('-', '−');

/**
 * One stage of the GRU walkthrough in the chosen convention's form, with the focused unit's
 * numbers from the model. Under reset-before, the candidate and h stages add what those would be
 * with r before the matmul, marked as shown only to compare.
 */
export function GruStagePanel({
  stage,
  explanation,
  blocks,
  focusedUnit,
  convention,
  unitPicker,
  pending = false,
}: GruStagePanelProps) {
  const computed = gruStageLines(stage, explanation, blocks, focusedUnit, convention);
  const shown = (tex: string[]) => (pending ? tex.map(withPendingNumbers) : tex);
  const lines = {
    rule: computed.rule,
    numbers: shown(computed.numbers),
    expansions: shown(computed.expansions),
    comparison: shown(computed.comparison),
  };
  const unit = focusedUnit;
  const at = (values: Float32Array) => spoken(values[unit] ?? NaN, pending);
  const textbookNote =
    convention === 'textbook' && (stage === 'update' || stage === 'hidden')
      ? fillText(gruConventionSwitchText.textbookValues, {
          unit,
          z: at(explanation.gates.update),
          zPrime: at(explanation.oneMinusUpdate),
        })
      : undefined;
  return (
    <StageCard
      text={gruStageText[stage]}
      rule={lines.rule}
      numbersLabel={fillText(walkthroughText.numbersLabel, { unit })}
      numbers={lines.numbers}
      expansions={lines.expansions}
      unitPicker={unitPicker}
    >
      {textbookNote && <BilingualParagraph text={textbookNote} className="convention-note" />}
      {lines.comparison.length > 0 && (
        <div className="convention-comparison">
          <p className="comparison-badge">
            <BilingualText text={gruConventionSwitchText.comparisonBadge} />
          </p>
          {lines.comparison.map((tex, index) => (
            <Formula key={index} tex={tex} className="formula-numbers" />
          ))}
          <BilingualParagraph
            text={fillText(gruConventionSwitchText.resetBeforeValues, {
              unit,
              nBefore: at(explanation.resetBefore.candidate),
              hBefore: at(explanation.resetBefore.hidden),
              n: at(explanation.gates.candidate),
              h: at(explanation.hidden),
            })}
          />
          <BilingualParagraph text={gruConventionText.resetBefore.numbers} />
        </div>
      )}
    </StageCard>
  );
}
