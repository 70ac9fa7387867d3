import type { TourStepId } from '../../content/tour/tourOutline';
import { labStore } from '../lab/labStore';
import { viewStore } from '../viewStore';
import { TOUR_STAGING } from './tourScript';

/**
 * Opens the training lab at the setting `step` prepares (its staging's `lab`), training from step
 * 0: the course's way into the lab. Does nothing for a step that offers no lab.
 */
export function openTourLab(step: TourStepId): void {
  const settings = TOUR_STAGING[step].lab;
  if (!settings) return;
  // Each setter starts over only when it changes something: a run already at this setting goes on.
  labStore.getState().restoreSettings(settings);
  viewStore.getState().showView('lab');
}
