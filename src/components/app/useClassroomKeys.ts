import { useEffect } from 'react';
import { OTHER_LANGUAGE } from '../../content/bilingual';
import { classroomStore } from '../../store/classroom/classroomStore';
import { languageStore } from '../../store/languageStore';
import { tourStore } from '../../store/tour/tourStore';
import { viewStore } from '../../store/viewStore';
import { shownViewSteps, type ViewSteps } from '../shared/useViewSteps';
import { classroomAction, focusKind, type ClassroomAction } from './classroomKeys';
import { stepSection } from './sectionSteps';
import { togglePresenting } from './presenting';

type StepAction = keyof ViewSteps;

/**
 * A step in whatever the page steps: the open course's steps first (its Back / Next stand in for
 * the explorers' own while it is open), else the view's stages or time steps, else the course's
 * start on its landing page, else the view's sections. True when something took the step.
 */
function step(action: StepAction): boolean {
  const tour = tourStore.getState();
  if (tour.active && action !== 'play') {
    if (action === 'next') tour.next();
    else if (action === 'previous') tour.back();
    else return false;
    return true;
  }
  const steps = shownViewSteps();
  if (steps) {
    const take = steps[action];
    if (!take) return false;
    take();
    return true;
  }
  if (viewStore.getState().view === 'learn' && action === 'next') {
    tour.start();
    return true;
  }
  if (action === 'next' || action === 'previous') return stepSection(action === 'next' ? 1 : -1);
  return false;
}

/** Carries out `action`; true when it did something, so the key does nothing else. */
function carryOut(action: ClassroomAction): boolean {
  const classroom = classroomStore.getState();
  switch (action) {
    case 'blank':
      classroom.blank(true);
      return true;
    case 'keyMap':
      classroom.showKeyMap(!classroom.keyMapOpen);
      return true;
    case 'present':
      togglePresenting();
      return true;
    case 'wholeDiagram':
      // Only presenter mode frames a stage; elsewhere the whole cell is always shown.
      if (!classroom.presenting) return false;
      classroom.showWholeDiagram(!classroom.wholeDiagram);
      return true;
    case 'language': {
      // Side by side stays on: L swaps which language leads.
      const { language, sideBySide, restoreSettings } = languageStore.getState();
      restoreSettings({ language: OTHER_LANGUAGE[language], sideBySide });
      return true;
    }
    case 'escape':
      if (classroom.keyMapOpen) classroom.showKeyMap(false);
      else if (classroom.presenting) togglePresenting();
      else return false;
      return true;
    default:
      return step(action);
  }
}

/**
 * The page's one key map, as presentation clickers send it: Page Down, → and Space step forward
 * through whatever the view steps, Page Up and ← back, `.` or B blanks the screen, L switches the
 * language, F presents, ? lists the keys. Keys work wherever focus is, except in a field being
 * typed into; a focused slider keeps the keys it moves by. While the screen is blank, any key
 * shows it again and does nothing else.
 */
export function useClassroomKeys(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const classroom = classroomStore.getState();
      if (classroom.blanked) {
        if (['Shift', 'Control', 'Alt', 'Meta'].includes(event.key)) return;
        classroom.blank(false);
        event.preventDefault();
        return;
      }
      const action = classroomAction(event, focusKind(event.target));
      if (action && carryOut(action)) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
