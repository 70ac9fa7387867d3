import { describe, expect, it } from 'vitest';
import {
  LABEL_WIDTH,
  MAX_TIMELINE_SCALE,
  MIN_TIMELINE_SCALE,
  scrollToShowStep,
  tickEvery,
  timelineLayout,
  timelineScale,
} from '../../src/viz/timelineLayout';

describe('timelineLayout', () => {
  it('puts step t in column t, the step numbers under the input strip, and everything inside its height', () => {
    const layout = timelineLayout(10, 2);
    expect(layout.columnX(3) - layout.columnX(2)).toBe(layout.columnWidth);
    expect(layout.columnX(9) + layout.columnWidth / 2).toBeLessThanOrEqual(layout.width);
    expect(layout.tickY).toBeGreaterThan(layout.input.y + layout.input.height);
    expect(layout.tickY).toBeLessThanOrEqual(layout.height);
    // Row 0 (layer 0) is drawn below row 1: data flows up.
    expect(layout.glyph(0, 0).y).toBeGreaterThan(layout.glyph(1, 0).y);
  });
});

describe('timelineScale', () => {
  const long = timelineLayout(30, 2);
  const short = timelineLayout(5, 1);

  it('fits the whole timeline, labels and columns, into a box wide enough for it', () => {
    const whole = LABEL_WIDTH + long.width;
    const scale = timelineScale(whole * 0.8, long);
    expect(scale).toBeCloseTo(0.8);
    expect((LABEL_WIDTH + long.width) * scale).toBeLessThanOrEqual(whole * 0.8 + 1e-9);
  });

  it('never shrinks below the smallest readable scale (the columns scroll instead), nor grows past its natural size', () => {
    expect(timelineScale(320, long)).toBe(MIN_TIMELINE_SCALE);
    expect(timelineScale(4000, short)).toBe(MAX_TIMELINE_SCALE);
    expect(timelineScale(0, long)).toBe(MIN_TIMELINE_SCALE);
  });

  it('keeps the row labels and the step numbers at 12 px or more at the smallest scale', () => {
    // 20-unit labels (SequenceTimeline.css) at the smallest scale.
    expect(20 * MIN_TIMELINE_SCALE).toBeGreaterThanOrEqual(12);
  });
});

describe('tickEvery', () => {
  it('numbers every column while they are wide, and thins to round steps as they narrow', () => {
    expect(tickEvery(40)).toBe(1);
    expect(tickEvery(20)).toBe(2);
    expect(tickEvery(10)).toBe(5);
    expect(tickEvery(4)).toBe(10);
  });
});

describe('scrollToShowStep', () => {
  const layout = timelineLayout(30, 2);
  const scale = 0.62;
  const column = layout.columnWidth * scale;
  const view = 250;

  it('leaves the scroll alone while the step is in view', () => {
    expect(scrollToShowStep(layout, scale, 2, 0, view)).toBe(0);
    expect(scrollToShowStep(layout, scale, 10, 200, view)).toBe(200);
  });

  it('brings a step past the right edge into view, with the next column too', () => {
    const scroll = scrollToShowStep(layout, scale, 12, 0, view);
    const right = (layout.columnX(12) + layout.columnWidth / 2) * scale;
    expect(scroll + view).toBeCloseTo(right + column);
  });

  it('brings a step left of the view back, and stops at either end', () => {
    const scroll = scrollToShowStep(layout, scale, 5, 400, view);
    expect(scroll).toBeCloseTo((layout.columnX(5) - layout.columnWidth / 2) * scale - column);
    expect(scrollToShowStep(layout, scale, 0, 400, view)).toBe(0);
    expect(scrollToShowStep(layout, scale, 29, 0, view)).toBeCloseTo(layout.width * scale - view);
  });
});
