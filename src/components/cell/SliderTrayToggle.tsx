import type { RefObject } from 'react';
import { sliderTrayText } from '../../content/sliderTray';
import { BilingualText } from '../shared/BilingualText';
import type { SliderTrayState } from './useSliderTray';

/**
 * The walkthrough bar's button that opens and closes the phone's slider tray (useSliderTray). CSS
 * shows it only where the sliders have no column beside the diagram.
 */
export function SliderTrayToggle({
  tray,
  buttonRef,
}: {
  tray: SliderTrayState;
  buttonRef: RefObject<HTMLButtonElement | null>;
}) {
  return (
    <button
      ref={buttonRef}
      type="button"
      className="action-button slider-tray-toggle"
      aria-expanded={tray.open}
      aria-controls={tray.trayId}
      onClick={tray.toggle}
    >
      <svg className="slider-tray-icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
        <path d="M2 5h16M2 10h16M2 15h16" />
        <circle cx="13" cy="5" r="2.3" />
        <circle cx="6" cy="10" r="2.3" />
        <circle cx="11" cy="15" r="2.3" />
      </svg>
      <span className="slider-tray-toggle-label">
        <BilingualText text={sliderTrayText.sliders} />
      </span>
    </button>
  );
}
