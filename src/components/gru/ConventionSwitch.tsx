import { useId } from 'react';
import { GRU_CONVENTIONS, gruConventionSwitchText, gruConventionText } from '../../content/gru/gruConventions';
import { useGruConventionStore } from '../../store/gru/gruConventionStore';
import { BilingualParagraph } from '../shared/BilingualParagraph';
import { BilingualText } from '../shared/BilingualText';
import './ConventionSwitch.css';

/**
 * Flips the GRU's formulas between PyTorch's form and the forms other texts use. Only the formulas
 * change; the line under the buttons says so, and that the numbers are always PyTorch's.
 */
export function ConventionSwitch() {
  const headingId = useId();
  const convention = useGruConventionStore((state) => state.convention);
  const chooseConvention = useGruConventionStore((state) => state.chooseConvention);
  const chosen = gruConventionText[convention];
  return (
    <div className="convention-switch" role="group" aria-labelledby={headingId}>
      <p id={headingId} className="convention-heading">
        <BilingualText text={gruConventionSwitchText.heading} />
      </p>
      <div className="convention-buttons">
        {GRU_CONVENTIONS.map((option) => (
          <button
            key={option}
            type="button"
            className="action-button"
            aria-pressed={option === convention}
            onClick={() => chooseConvention(option)}
          >
            <BilingualText text={gruConventionText[option].name} />
          </button>
        ))}
      </div>
      <BilingualParagraph text={chosen.description} className="convention-description" />
      <BilingualParagraph text={gruConventionSwitchText.computedHere} className="convention-computed" />
    </div>
  );
}
