import { useId, useRef } from 'react';
import { lessonText } from '../../content/tour/lessons';
import { TOUR_STEP_IDS } from '../../content/tour/tourOutline';
import { tourUiText } from '../../content/tour/tourUi';
import { chapterOf, stagingOf, stepIndex, useTourStore } from '../../store/tour/tourStore';
import { BilingualText } from '../shared/BilingualText';
// The dock's styles come before ExerciseCard's, which refine them (.tour-side p → .exercise-feedback p).
import './TourDock.css';
import { ExerciseCard } from './ExerciseCard';
import { fillText } from '../shared/fillText';
import { TourContentsMenu } from './TourContentsMenu';
import { TourLesson, TourTry } from './TourLesson';
import { useShownLanguages } from '../shared/useShownLanguages';
import { usePublishedLength } from '../shared/usePublishedLength';
import { withTerms } from '../shared/withTerms';

/**
 * How much of the window's bottom the dock covers: all of its height as a sheet along the bottom,
 * nothing as a column at the side. Published as `--tour-dock-height`, so the page ends above the
 * sheet and scrolls what it brings into view (a focused field, a ringed part) clear of it.
 */
function coveredHeight(dock: HTMLElement): number {
  const box = dock.getBoundingClientRect();
  return box.left <= 0 ? Math.max(0, window.innerHeight - box.top) : 0;
}

/**
 * The guided tour's dock along the bottom of the page: progress, contents, Back / Next, the step's
 * lesson, what to try and its exercise. The view above it is the live model the step has set up.
 */
export function TourDock() {
  const titleId = useId();
  const dock = useRef<HTMLElement>(null);
  const [language] = useShownLanguages();
  const step = useTourStore((state) => state.step);
  const minimized = useTourStore((state) => state.minimized);
  const { next, back, close, minimize } = useTourActions();
  usePublishedLength(dock, '--tour-dock-height', coveredHeight);
  const index = stepIndex(step);
  const last = index === TOUR_STEP_IDS.length - 1;
  const chapter = chapterOf(step);
  const lesson = lessonText[step];
  const { exercise } = stagingOf(step);
  return (
    <aside ref={dock} className="tour-dock" aria-labelledby={titleId} data-minimized={minimized || undefined}>
      <div className="tour-bar">
        <div className="tour-progress">
          <p className="tour-step-count" aria-live="polite">
            <BilingualText text={fillText(tourUiText.stepOf, { step: index + 1, total: TOUR_STEP_IDS.length })} />
            <span className="tour-chapter">
              {' · '}
              <BilingualText text={chapter.title} />
            </span>
          </p>
          <progress value={index + 1} max={TOUR_STEP_IDS.length} aria-label={tourUiText.progressLabel[language]} />
        </div>
        <TourContentsMenu />
        <div className="tour-nav">
          {/* The course's one Back / Next: the explorers' own stage buttons yield while it is open (TourDock.css). */}
          <button type="button" className="action-button" onClick={back} disabled={index === 0}>
            <span aria-hidden="true">←</span>
            <span>
              <BilingualText text={tourUiText.back} stacked />
            </span>
          </button>
          <button type="button" className="action-button tour-next" onClick={last ? close : next}>
            <span>
              <BilingualText text={last ? tourUiText.finish : tourUiText.next} stacked />
            </span>
            {!last && <span aria-hidden="true">→</span>}
          </button>
        </div>
        <div className="tour-window">
          <button
            type="button"
            className="icon-button"
            aria-expanded={!minimized}
            aria-label={(minimized ? tourUiText.show : tourUiText.hide)[language]}
            title={(minimized ? tourUiText.show : tourUiText.hide)[language]}
            onClick={() => minimize(!minimized)}
          >
            {minimized ? '▴' : '▾'}
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label={tourUiText.close[language]}
            title={tourUiText.close[language]}
            onClick={close}
          >
            ×
          </button>
        </div>
      </div>
      {minimized ? (
        <p id={titleId} className="tour-minimized-title">
          <BilingualText text={withTerms(lesson.title)} />
        </p>
      ) : (
        // Keyed by step: a new step's text starts at its top, not where the last one was scrolled to.
        <div className="tour-body" key={step}>
          <TourLesson lesson={lesson} headingId={titleId} />
          {(lesson.tryThis || exercise) && (
            <div className="tour-side">
              <TourTry step={step} lesson={lesson} />
              {exercise && <ExerciseCard id={exercise} />}
            </div>
          )}
          <p className="tour-keys keyboard-hint">
            <BilingualText text={tourUiText.keysHint} />
          </p>
        </div>
      )}
    </aside>
  );
}

function useTourActions() {
  return {
    next: useTourStore((state) => state.next),
    back: useTourStore((state) => state.back),
    close: useTourStore((state) => state.close),
    minimize: useTourStore((state) => state.minimize),
  };
}
