import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { InputSketch, SKETCH_FRAME } from '../../../src/components/sequence/InputSketch';
import { DEFAULT_LANGUAGE_SETTINGS, languageStore } from '../../../src/store/languageStore';
import { dragAcross, installPointerEvents, placeSketch, sketchPoint } from './sketchPointer';

let uninstall: () => void;
beforeAll(() => {
  uninstall = installPointerEvents();
});
afterAll(() => uninstall());
beforeEach(() => languageStore.getState().restoreSettings(DEFAULT_LANGUAGE_SETTINGS));
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const STEPS = 10;
const NAME = 'Input sketch of x[t, 0, 0] over t';

function renderSketch(values: number[] = new Array(STEPS).fill(0)) {
  const onDraw = vi.fn();
  render(<InputSketch values={values} shownStep={0} batch={0} feature={0} onDraw={onDraw} />);
  const sketch = screen.getByRole('slider', { name: NAME });
  placeSketch(sketch);
  return { onDraw, sketch };
}

describe('InputSketch', () => {
  it('draws a bar and a dot per step, at the value’s height', () => {
    render(<InputSketch values={[3, 0, -3]} shownStep={1} batch={0} feature={0} onDraw={() => {}} />);
    const dots = [...document.querySelectorAll('.sketch-step circle')].map((dot) => Number(dot.getAttribute('cy')));
    const { top, bottom } = SKETCH_FRAME.margin;
    expect(dots).toEqual([top, (top + SKETCH_FRAME.height - bottom) / 2, SKETCH_FRAME.height - bottom]);
    expect(screen.getByText(/The shaded column is the step t = 1/)).toBeTruthy();
  });

  it('a drag sets every step it crosses, valued on the line between pointer events', () => {
    const { onDraw, sketch } = renderSketch();
    dragAcross(sketch, STEPS, [
      [1, 3],
      [5, -3],
      [5, 1.5],
      [2, 0],
    ]);
    expect(onDraw.mock.calls.map(([points]) => points)).toEqual([
      [{ t: 1, value: 3 }],
      // Four steps in one pointer move: none is skipped.
      [
        { t: 2, value: 1.5 },
        { t: 3, value: 0 },
        { t: 4, value: -1.5 },
        { t: 5, value: -3 },
      ],
      [{ t: 5, value: 1.5 }],
      [
        { t: 4, value: 1 },
        { t: 3, value: 0.5 },
        { t: 2, value: 0 },
      ],
    ]);
    expect(Element.prototype.setPointerCapture).toHaveBeenCalledWith(1);
  });

  it('stops drawing when the pointer is released, and clamps to ±3 outside the chart', () => {
    const { onDraw, sketch } = renderSketch();
    dragAcross(sketch, STEPS, [[0, 0]]);
    fireEvent.pointerMove(sketch, { pointerId: 1, ...sketchPoint(4, STEPS, 1) });
    expect(onDraw).toHaveBeenCalledTimes(1);
    const above = sketchPoint(STEPS + 3, STEPS, 9);
    fireEvent.pointerDown(sketch, { pointerId: 2, button: 0, ...above });
    expect(onDraw).toHaveBeenLastCalledWith([{ t: STEPS - 1, value: 3 }]);
  });

  it('is a slider from the keyboard: ←/→ pick a step, ↑/↓ change it by 0.1, with Shift by 0.5', () => {
    const values = [0, 0.5, 0, 0, 0, 0, 0, 0, 0, 2.95];
    const { onDraw, sketch } = renderSketch(values);
    act(() => sketch.focus());
    fireEvent.keyDown(sketch, { key: 'ArrowRight' });
    expect(sketch.getAttribute('aria-valuetext')).toBe('t = 1 of 0 to 9: 0.50');
    expect(sketch.getAttribute('aria-valuenow')).toBe('0.5');
    fireEvent.keyDown(sketch, { key: 'ArrowUp' });
    expect(onDraw).toHaveBeenLastCalledWith([{ t: 1, value: 0.6 }]);
    fireEvent.keyDown(sketch, { key: 'ArrowDown', shiftKey: true });
    expect(onDraw).toHaveBeenLastCalledWith([{ t: 1, value: 0 }]);
    fireEvent.keyDown(sketch, { key: 'End' });
    fireEvent.keyDown(sketch, { key: 'ArrowUp', shiftKey: true });
    expect(onDraw).toHaveBeenLastCalledWith([{ t: 9, value: 3 }]);
    fireEvent.keyDown(sketch, { key: 'ArrowRight' });
    expect(sketch.getAttribute('aria-valuetext')).toBe('t = 9 of 0 to 9: 2.95');
  });

  it('is named in the reader’s language', () => {
    languageStore.getState().chooseLanguage('zh');
    render(<InputSketch values={[0, 1]} shownStep={0} batch={2} feature={1} onDraw={() => {}} />);
    const sketch = screen.getByRole('slider', { name: '输入草图：x[t, 2, 1] 随 t 的变化' });
    expect(sketch.getAttribute('aria-valuetext')).toBe('t = 0（0 到 1）：0.00');
  });
});
