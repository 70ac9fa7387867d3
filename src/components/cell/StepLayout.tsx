import { useId, type ReactNode } from 'react';
import { commonText } from '../../content/commonText';
import { BilingualText } from '../shared/BilingualText';
import { useShownLanguages } from '../shared/useShownLanguages';
import './StepLayout.css';

interface StepLayoutProps {
  /** The cell's diagram. */
  diagram: ReactNode;
  /** The current stage's panel. */
  stagePanel: ReactNode;
  hiddenSize: number;
  focusedUnit: number;
  onFocusUnit: (unit: number) => void;
}

/**
 * A cell explorer's step: the diagram with a picker for the unit the formulas show, beside (on
 * wide screens) or above the current stage's panel.
 */
export function StepLayout({ diagram, stagePanel, hiddenSize, focusedUnit, onFocusUnit }: StepLayoutProps) {
  const [language] = useShownLanguages();
  const focusId = useId();
  return (
    <div className="step-layout" data-explanation-ready="true">
      <div className="diagram-column" data-tour="diagram">
        {diagram}
        <div className="unit-focus">
          <label htmlFor={focusId}>
            <BilingualText text={commonText.focusedUnit} />
          </label>
          <select id={focusId} value={focusedUnit} onChange={(event) => onFocusUnit(Number(event.currentTarget.value))}>
            {Array.from({ length: hiddenSize }, (_, unit) => (
              <option key={unit} value={unit}>
                {unit}
              </option>
            ))}
          </select>
        </div>
      </div>
      <section className="stage-column" data-tour="stage" aria-label={commonText.walkthrough[language]}>
        {stagePanel}
      </section>
    </div>
  );
}
