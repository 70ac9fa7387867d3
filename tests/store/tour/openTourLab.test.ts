import { describe, expect, it } from 'vitest';
import type { TourStepId } from '../../../src/content/tour/tourOutline';
import { tourLabQuestion } from '../../../src/content/tour/tourLab';
import { labStore } from '../../../src/store/lab/labStore';
import { openTourLab } from '../../../src/store/tour/openTourLab';
import { TOUR_STAGING } from '../../../src/store/tour/tourScript';
import { viewStore } from '../../../src/store/viewStore';

describe('the course opens the training lab', () => {
  it('the vanishing-gradient step offers the lab at L = 50 and asks what the student sees, in both languages', () => {
    expect(TOUR_STAGING.vanishingGradient.lab).toEqual({ sequenceLength: 50, carryOpen: true });
    const question = tourLabQuestion('vanishingGradient')!;
    expect(question.en).toMatch(/50 %/);
    expect(question.zh).toMatch(/50 %/);
  });

  it('openTourLab sets L and shows the lab; a step without a lab changes nothing', () => {
    labStore.getState().setSequenceLength(7);
    labStore.getState().setCarryOpen(false);
    viewStore.getState().showView('lstm');
    openTourLab('forgetGate');
    expect(viewStore.getState().view).toBe('lstm');
    expect(labStore.getState().sequenceLength).toBe(7);
    openTourLab('vanishingGradient');
    expect(viewStore.getState().view).toBe('lab');
    expect(labStore.getState().sequenceLength).toBe(50);
    expect(labStore.getState().carryOpen).toBe(true);
  });

  it('only steps whose lesson asks a lab question offer the lab', () => {
    for (const [step, staging] of Object.entries(TOUR_STAGING)) {
      expect(staging.lab !== undefined, step).toBe(tourLabQuestion(step as TourStepId) !== undefined);
    }
  });
});
