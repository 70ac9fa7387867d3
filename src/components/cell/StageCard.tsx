import { useState, type ReactNode } from 'react';
import type { Bilingual } from '../../content/bilingual';
import { walkthroughText, type StageText } from '../../content/stageText';
import { BilingualParagraph } from '../shared/BilingualParagraph';
import { BilingualText } from '../shared/BilingualText';
import { Formula } from '../shared/Formula';
import { withTerms } from '../shared/withTerms';
import './StageCard.css';

export interface StageCardProps {
  /** The stage's title, body and something to try (glossary terms as `{termKey}`). */
  text: Pick<StageText, 'title' | 'body' | 'tryThis'>;
  /** The stage's rule in symbols (KaTeX). */
  rule: string;
  /** What the numbered lines show: "For unit 3, with the model's numbers". */
  numbersLabel: Bilingual;
  /** The rule again with the model's numbers, one KaTeX line each. */
  numbers: readonly string[];
  /** Weighted sums written out term by term, typeset only while their details are open. */
  expansions: readonly string[];
  /** Shown after the numbers: what only one cell has (the GRU's other conventions). */
  children?: ReactNode;
}

/**
 * One stage of a cell's walkthrough: its title, its rule, the rule again with the focused unit's
 * numbers from the model, what happens and why, and something to try. Renders an h3; the parent
 * puts it in a section it labels.
 */
export function StageCard({ text, rule, numbersLabel, numbers, expansions, children }: StageCardProps) {
  const [expansionOpen, setExpansionOpen] = useState(false);
  return (
    <div className="stage-panel">
      <h3 className="stage-title">
        <BilingualText text={withTerms(text.title)} stacked />
      </h3>
      <div className="stage-formulas">
        <p className="formula-label">
          <BilingualText text={walkthroughText.ruleLabel} />
        </p>
        <Formula tex={rule} className="formula-rule" />
        <p className="formula-label">
          <BilingualText text={numbersLabel} />
        </p>
        {numbers.map((tex, index) => (
          <Formula key={index} tex={tex} className="formula-numbers" />
        ))}
        {children}
        {expansions.length > 0 && (
          <details
            className="stage-expansion"
            open={expansionOpen}
            onToggle={(event) => setExpansionOpen(event.currentTarget.open)}
          >
            <summary>
              <BilingualText text={walkthroughText.expansionLabel} />
            </summary>
            {/* Typeset only while open: a drag re-renders every formula shown, and KaTeX is the costly part. */}
            {expansionOpen &&
              expansions.map((tex, index) => <Formula key={index} tex={tex} className="formula-numbers" />)}
          </details>
        )}
      </div>
      <BilingualParagraph text={withTerms(text.body)} className="stage-body" />
      <div className="stage-try">
        <h4>
          <BilingualText text={walkthroughText.tryThisHeading} />
        </h4>
        <BilingualParagraph text={withTerms(text.tryThis)} />
      </div>
      <BilingualParagraph text={walkthroughText.roundingNote} className="stage-note" />
    </div>
  );
}
