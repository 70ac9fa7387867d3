import { useContext, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import type { Bilingual } from '../../content/bilingual';
import { walkthroughText, type StageText } from '../../content/stageText';
import { BilingualParagraph } from '../shared/BilingualParagraph';
import { BilingualText } from '../shared/BilingualText';
import { Formula } from '../shared/Formula';
import { withTerms } from '../shared/withTerms';
import { StageSlotsContext } from './stageSlots';
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
  /** Where the reader picks the unit whose numbers are shown: it labels them instead of `numbersLabel`. */
  unitPicker?: ReactNode;
}

/**
 * One stage of a cell's walkthrough: its title, its rule, the rule again with the focused unit's
 * numbers from the model; then what happens and why, and something to try. Renders an h3; the
 * parent puts it in a section it labels. Inside an explorer the title goes to the walkthrough
 * bar and the longer words below the first screen ({@link StageSlotsContext}), so the rule and its
 * numbers keep their room beside the diagram and the sliders.
 */
export function StageCard({ text, rule, numbersLabel, numbers, expansions, children, unitPicker }: StageCardProps) {
  const [expansionOpen, setExpansionOpen] = useState(false);
  const slots = useContext(StageSlotsContext);
  const title = (
    <h3 className="stage-title">
      <BilingualText text={withTerms(text.title)} stacked />
    </h3>
  );
  const notes = (
    <div className="stage-notes-body">
      {slots.notes && (
        <p className="stage-notes-title">
          <BilingualText text={withTerms(text.title)} stacked />
        </p>
      )}
      <BilingualParagraph text={withTerms(text.body)} className="stage-body" />
      <div className="stage-try">
        <h4>
          <BilingualText text={walkthroughText.tryThisHeading} />
        </h4>
        <BilingualParagraph text={withTerms(text.tryThis)} />
      </div>
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
      <BilingualParagraph text={walkthroughText.roundingNote} className="stage-note" />
    </div>
  );
  return (
    <div className="stage-panel">
      {slots.title ? createPortal(title, slots.title) : title}
      <div className="stage-formulas">
        <p className="formula-label">
          <BilingualText text={walkthroughText.ruleLabel} />
        </p>
        <Formula tex={rule} className="formula-rule" wrap />
        {unitPicker ? (
          <div className="formula-label">{unitPicker}</div>
        ) : (
          <p className="formula-label">
            <BilingualText text={numbersLabel} />
          </p>
        )}
        {numbers.map((tex, index) => (
          <Formula key={index} tex={tex} className="formula-numbers" wrap />
        ))}
        {children}
      </div>
      {slots.notes ? createPortal(notes, slots.notes) : notes}
    </div>
  );
}
