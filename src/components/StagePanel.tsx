import { useState } from 'react';
import type { Bilingual } from '../content/bilingual';
import { glossary } from '../content/glossary';
import { lstmStageText, lstmWalkthroughText, type LstmStageText } from '../content/lstmStages';
import type { LstmCellExplanation } from '../model/lstmCellExplanation';
import type { GateWeightBlock, LstmGateName } from '../model/lstmGates';
import type { LstmStage } from '../store/lstmStages';
import { BilingualParagraph } from './BilingualParagraph';
import { BilingualText } from './BilingualText';
import { fillText } from './fillText';
import { Formula } from './Formula';
import { stageExpansions, stageFormulas } from './stageFormulas';
import './StagePanel.css';

export interface StagePanelProps {
  stage: LstmStage;
  explanation: LstmCellExplanation;
  /** Each gate's weights over [h, x], from `gateWeightBlock`. */
  blocks: Record<LstmGateName, GateWeightBlock>;
  /** 0-based, like the index of a tensor. */
  focusedUnit: number;
}

/** Stage text names glossary terms as `{termKey}`; this puts the glossary's words in. */
const withTerms = (text: Bilingual) => fillText(text, glossary);

/**
 * One stage of the LSTM walkthrough: its title, its rule, the rule again with the focused unit's
 * numbers from the model, what happens and why, and something to try. Renders an h3; the parent
 * puts it in a section it labels.
 */
export function StagePanel({ stage, explanation, blocks, focusedUnit }: StagePanelProps) {
  const text: LstmStageText = lstmStageText[stage];
  const numbersLabel =
    stage === 'concat'
      ? lstmWalkthroughText.vectorNumbersLabel
      : fillText(lstmWalkthroughText.numbersLabel, { unit: focusedUnit });
  const [expansionOpen, setExpansionOpen] = useState(false);
  const numbers = stageFormulas(stage, explanation, focusedUnit);
  // Typeset only while open: a drag re-renders every formula shown, and KaTeX is the costly part.
  const expansions = stageExpansions(stage, explanation, blocks, focusedUnit);

  return (
    <div className="stage-panel">
      <h3 className="stage-title">
        <BilingualText text={withTerms(text.title)} stacked />
      </h3>
      <div className="stage-formulas">
        <p className="formula-label">
          <BilingualText text={lstmWalkthroughText.ruleLabel} />
        </p>
        <Formula tex={text.formula} className="formula-rule" />
        <p className="formula-label">
          <BilingualText text={numbersLabel} />
        </p>
        {numbers.map((tex, index) => (
          <Formula key={index} tex={tex} className="formula-numbers" />
        ))}
        {expansions.length > 0 && (
          <details
            className="stage-expansion"
            open={expansionOpen}
            onToggle={(event) => setExpansionOpen(event.currentTarget.open)}
          >
            <summary>
              <BilingualText text={lstmWalkthroughText.expansionLabel} />
            </summary>
            {expansionOpen &&
              expansions.map((tex, index) => <Formula key={index} tex={tex} className="formula-numbers" />)}
          </details>
        )}
      </div>
      <BilingualParagraph text={withTerms(text.body)} className="stage-body" />
      <div className="stage-try">
        <h4>
          <BilingualText text={lstmWalkthroughText.tryThisHeading} />
        </h4>
        <BilingualParagraph text={withTerms(text.tryThis)} />
      </div>
      <BilingualParagraph text={lstmWalkthroughText.roundingNote} className="stage-note" />
    </div>
  );
}
