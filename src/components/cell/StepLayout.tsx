import { useRef, type ReactNode } from 'react';
import { commonText } from '../../content/commonText';
import { useShownLanguages } from '../shared/useShownLanguages';
import { useMoreBelow } from './useMoreBelow';

interface StepLayoutProps {
  /** The cell's diagram. */
  diagram: ReactNode;
  /** The current stage's panel: its rule and numbers (its longer words go below the first screen). */
  stagePanel: ReactNode;
}

/**
 * A cell explorer's step: the diagram and the current stage's rule with its numbers, two areas of
 * the explorer's stage grid, which sets them beside the sliders (CellExplorer.css).
 */
export function StepLayout({ diagram, stagePanel }: StepLayoutProps) {
  const [language] = useShownLanguages();
  const ruleRef = useRef<HTMLElement>(null);
  useMoreBelow(ruleRef);
  return (
    <>
      <div className="diagram-area" data-tour="diagram" data-explanation-ready="true">
        {diagram}
      </div>
      <section ref={ruleRef} className="rule-area" data-tour="stage" aria-label={commonText.walkthrough[language]}>
        {stagePanel}
      </section>
    </>
  );
}
