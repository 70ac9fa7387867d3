import { commonText } from '../../content/commonText';
import { useShownLanguages } from './useShownLanguages';
import './ConcealedValue.css';

/**
 * A value the tour hides while its exercise asks for it: a "?" that says so to assistive
 * technology and on hover.
 */
export function ConcealedValue() {
  const [language] = useShownLanguages();
  const label = commonText.concealed[language];
  return (
    <span className="concealed-value" role="img" aria-label={label} title={label}>
      ?
    </span>
  );
}
