import { classroomText } from '../../content/app/classroom';
import type { Bilingual } from '../../content/bilingual';
import { useShownLanguages } from '../shared/useShownLanguages';
import './SkipLinks.css';

/** Where each skip link goes: the first of these parts the view shows (marked for the tour). */
const SKIP_TARGETS: readonly { text: Bilingual; selector: string }[] = [
  {
    text: classroomText.skipDiagram,
    selector: '[data-tour="diagram"], [data-tour="timeline"], .memory-pulse, [data-tour="contents"]',
  },
  { text: classroomText.skipSliders, selector: '[data-tour="state"], [data-tour="inputs"], .memory-pulse input' },
  { text: classroomText.skipBias, selector: '[data-tour="biases"]' },
];

/** Focuses the first control in the first part `selector` finds (or the part, or main). */
function skipTo(selector: string): void {
  const part = document.querySelector<HTMLElement>(`main :is(${selector})`) ?? document.querySelector('main');
  if (!part) return;
  const control = part.matches('input, button, select, textarea, [tabindex]')
    ? part
    : part.querySelector<HTMLElement>('input, button, select, textarea, [tabindex="0"]');
  const target = control ?? part;
  if (!control) target.tabIndex = -1;
  target.focus({ preventScroll: true });
  target.scrollIntoView({ block: 'nearest' });
}

/**
 * The first tab stops of the page, shown when focused: straight to the diagram, its sliders or its
 * bias shifts, where otherwise the header and every slider before them are in the way.
 */
export function SkipLinks() {
  const [language] = useShownLanguages();
  return (
    // A group, not a navigation landmark: the view tabs are the page's one navigation.
    <div className="skip-links" role="group" aria-label={classroomText.skipLinks[language]}>
      {SKIP_TARGETS.map(({ text, selector }) => (
        <button key={text.en} type="button" className="action-button" onClick={() => skipTo(selector)}>
          {text[language]}
        </button>
      ))}
    </div>
  );
}
