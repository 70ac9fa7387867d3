import type { RefObject } from 'react';
import { sliderTrayText } from '../../content/sliderTray';
import { BiasSliders } from './BiasSliders';
import { BilingualText } from '../shared/BilingualText';
import type { CellExplorerUi } from './cellExplorerUi';
import { StateSliders } from './StateSliders';
import { useShownLanguages } from '../shared/useShownLanguages';
import type { SliderTrayState } from './useSliderTray';
import './SliderTray.css';

interface SliderTrayProps<Gate extends string, Explanation> {
  ui: CellExplorerUi<Gate, Explanation>;
  tray: SliderTrayState;
  /** The sliders' box: the column beside the diagram, or the phone's tray. */
  boxRef: RefObject<HTMLDivElement | null>;
}

/**
 * The sliders that move the diagram (x, h, C and the bias shifts), drawn once: beside the diagram
 * where there is room; on a phone, under it in the page while the tray is closed and, while it is
 * open, in a tray along the bottom of the screen with a head that names it and closes it.
 */
export function SliderTray<Gate extends string, Explanation>({ ui, tray, boxRef }: SliderTrayProps<Gate, Explanation>) {
  const [language] = useShownLanguages();
  return (
    <div
      ref={boxRef}
      id={tray.trayId}
      className="live-controls"
      role="region"
      aria-label={sliderTrayText.sliders[language]}
      tabIndex={-1}
      data-tray-open={tray.open || undefined}
    >
      <div className="slider-tray-head">
        <p className="slider-tray-title" aria-hidden="true">
          <BilingualText text={sliderTrayText.sliders} />
        </p>
        <button
          type="button"
          className="action-button slider-tray-close"
          aria-label={sliderTrayText.closeName[language]}
          onClick={tray.close}
        >
          <span aria-hidden="true">✕</span> <BilingualText text={sliderTrayText.close} />
        </button>
      </div>
      {/* Two columns where the sliders stand beside a tall drawing or are crowded (CellExplorer.css),
          chosen here rather than balanced by CSS columns: a multi-column box is laid out whole
          again whenever anything in it changes, a thumb or a value, which cost a drag 1–4 ms a frame. */}
      <div className="live-controls-groups">
        <div className="live-controls-column">
          <StateSliders ui={ui} vectors={ui.stateVectors.slice(0, 2)} />
        </div>
        <div className="live-controls-column">
          <StateSliders ui={ui} vectors={ui.stateVectors.slice(2)} />
          <BiasSliders ui={ui} />
        </div>
      </div>
    </div>
  );
}
