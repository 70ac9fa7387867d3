import { useRef, type ReactNode } from 'react';
import { commonText } from '../../content/commonText';
import { BilingualText } from '../shared/BilingualText';
import { useShownLanguages } from '../shared/useShownLanguages';
import { useMoreBelow } from './useMoreBelow';

interface StepLayoutProps {
  /** The cell's diagram. */
  diagram: ReactNode;
  /** The current stage's panel: its rule and numbers (its longer words go below the first screen). */
  stagePanel: ReactNode;
  /**
   * False while the model layer is loading: the diagram and the rule are drawn with the inputs
   * and "…" for every computed value, and one status tells screen readers the numbers are coming.
   */
  ready: boolean;
}

/**
 * A cell explorer's step: the diagram and the current stage's rule with its numbers, two areas of
 * the explorer's stage grid, which sets them beside the sliders (CellExplorer.css). The same
 * boxes before and after the numbers arrive, so nothing moves when they do.
 */
export function StepLayout({ diagram, stagePanel, ready }: StepLayoutProps) {
  const [language] = useShownLanguages();
  const ruleRef = useRef<HTMLElement>(null);
  useMoreBelow(ruleRef);
  return (
    <>
      <div className="diagram-area" data-tour="diagram" data-explanation-ready={ready} aria-busy={!ready || undefined}>
        {!ready && (
          <p className="visually-hidden" role="status">
            <BilingualText text={commonText.loading} />
          </p>
        )}
        {diagram}
      </div>
      <section
        ref={ruleRef}
        className="rule-area"
        data-tour="stage"
        aria-label={commonText.walkthrough[language]}
        aria-busy={!ready || undefined}
      >
        {stagePanel}
      </section>
    </>
  );
}
