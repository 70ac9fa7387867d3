import { classroomText } from '../../content/app/classroom';
import type { Bilingual } from '../../content/bilingual';
import {
  classroomStore,
  PRESENTER_PANELS,
  useClassroomStore,
  type PresenterPanel,
} from '../../store/classroom/classroomStore';
import { useViewStore, type View } from '../../store/viewStore';
import { BilingualText } from '../shared/BilingualText';
import { useShownLanguages } from '../shared/useShownLanguages';
import { togglePresenting } from './presenting';

/** A projection screen on its stand: presenter mode. */
function PresentIcon() {
  return (
    <svg className="present-icon" viewBox="0 0 24 24" aria-hidden="true">
      <rect x="3" y="4" width="18" height="12" rx="1.5" />
      <path d="M12 16v4M8 20h8" />
    </svg>
  );
}

/**
 * The header's one classroom control: presenter mode, as an icon (the header's row is full at
 * 1280 px); its name is read out and shown as a tooltip. The key map opens with `?`, which every
 * view's key hint names.
 */
export function PresentButton() {
  const [language] = useShownLanguages();
  const name = classroomText.present[language];
  return (
    <button type="button" className="action-button present-button" title={`${name} (F)`} onClick={togglePresenting}>
      <PresentIcon />
      <span className="visually-hidden">{name}</span>
    </button>
  );
}

const PANEL_NAMES: Readonly<Record<PresenterPanel, Bilingual>> = {
  sliders: classroomText.slidersPanel,
  rule: classroomText.rulePanel,
};

/** The panels each view has to hide (Presenting.css hides them). */
const VIEW_PANELS: Readonly<Record<View, readonly PresenterPanel[]>> = {
  learn: [],
  lstm: PRESENTER_PANELS,
  gru: PRESENTER_PANELS,
  sequence: ['sliders'],
  compare: [],
  shapes: [],
  lab: [],
  about: [],
};

/** The views whose cell diagram presenter mode frames on the current stage (useStageFrame). */
const FRAMED_VIEWS: ReadonlySet<View> = new Set(['lstm', 'gru']);

/**
 * Presenter mode's bar above the view: the panels to show or hide, the whole cell or the stage
 * drawn large, stop presenting, and the key map.
 */
export function PresenterBar() {
  const hasKeyMap = useClassroomStore((state) => state.keyMapOpen);
  const hiddenPanels = useClassroomStore((state) => state.hiddenPanels);
  const hidePanel = useClassroomStore((state) => state.hidePanel);
  const wholeDiagram = useClassroomStore((state) => state.wholeDiagram);
  const showWholeDiagram = useClassroomStore((state) => state.showWholeDiagram);
  const view = useViewStore((state) => state.view);
  return (
    <div className="presenter-bar">
      {FRAMED_VIEWS.has(view) && (
        <button
          type="button"
          className="action-button whole-cell-button"
          aria-pressed={wholeDiagram}
          onClick={() => showWholeDiagram(!wholeDiagram)}
        >
          <BilingualText text={classroomText.wholeCell} />
          <kbd aria-hidden="true">W</kbd>
        </button>
      )}
      {VIEW_PANELS[view].map((panel) => (
        <button
          key={panel}
          type="button"
          className="action-button"
          aria-pressed={!hiddenPanels.includes(panel)}
          onClick={() => hidePanel(panel, !hiddenPanels.includes(panel))}
        >
          <BilingualText text={PANEL_NAMES[panel]} />
        </button>
      ))}
      <button type="button" className="action-button" aria-pressed onClick={togglePresenting}>
        <BilingualText text={classroomText.stopPresenting} />
        <kbd aria-hidden="true">Esc</kbd>
      </button>
      <button
        type="button"
        className="action-button"
        aria-haspopup="dialog"
        aria-expanded={hasKeyMap}
        onClick={() => classroomStore.getState().showKeyMap(true)}
      >
        <BilingualText text={classroomText.keys} />
        <kbd aria-hidden="true">?</kbd>
      </button>
    </div>
  );
}
