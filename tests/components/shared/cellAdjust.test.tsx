import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { onStep, type CellAdjust } from '../../../src/components/shared/useCellAdjust';
import { VectorStrip } from '../../../src/components/shared/VectorStrip';
import type { StripGeometry } from '../../../src/viz/diagramGeometry';
import { lstmDiagramLayout } from '../../../src/viz/lstmDiagramLayout';

afterEach(cleanup);

// jsdom has no PointerEvent: a mouse event with the pointer's id and kind stands in for it.
beforeAll(() => {
  class PointerEvent extends MouseEvent {
    pointerId: number;
    pointerType: string;
    constructor(type: string, init: PointerEventInit = {}) {
      super(type, init);
      this.pointerId = init.pointerId ?? 0;
      this.pointerType = init.pointerType ?? 'mouse';
    }
  }
  vi.stubGlobal('PointerEvent', PointerEvent);
});
afterAll(() => vi.unstubAllGlobals());

const teaching = lstmDiagramLayout(4, 3);
const compact = lstmDiagramLayout(100, 50);
const RANGE = { min: -3, max: 3 };
const DESCRIPTION = 'An input: drag it up or down to change it, or press ↑ or ↓.';

/** A strip of x whose cells change its own state, as the store would; cell 2 is not changeable. */
function AdjustableStrip({
  start,
  geometry,
  mode,
  onChange,
}: {
  start: number[];
  geometry: StripGeometry;
  mode: 'teaching' | 'compact';
  onChange: (index: number, value: number) => void;
}) {
  const [values, setValues] = useState(start);
  const adjust: CellAdjust = {
    rangeOf: (index) => (index === 2 ? undefined : RANGE),
    onChange: (index, value) => {
      onChange(index, value);
      setValues((old) => old.map((entry, at) => (at === index ? value : entry)));
    },
    description: DESCRIPTION,
  };
  return (
    <svg viewBox="0 0 1600 800">
      <VectorStrip geometry={geometry} values={values} kind="signed" label="input x" mode={mode} adjust={adjust} />
    </svg>
  );
}

function renderTeaching(start = [0.8, -0.5, 1.2]) {
  const onChange = vi.fn();
  render(<AdjustableStrip start={start} geometry={teaching.strips.concat} mode="teaching" onChange={onChange} />);
  return onChange;
}

describe('onStep', () => {
  it('lands on the sliders’ 0.01 steps, inside the range, without binary fractions', () => {
    expect(onStep(0.1 + 0.2, RANGE)).toBe(0.3);
    expect(onStep(Math.fround(0.8) + 0.1, RANGE)).toBe(0.9);
    expect(onStep(3.4, RANGE)).toBe(3);
    expect(onStep(-7, RANGE)).toBe(-3);
    expect(onStep(-0.004, RANGE)).toBe(0);
  });
});

describe('a strip of changeable cells', () => {
  it('raises a focused cell by 0.1 with ↑ or +, lowers it with ↓ or −, by 0.01 with Shift, and renames it', () => {
    const onChange = renderTeaching();
    const cell = screen.getByRole('img', { name: 'input x, unit 0: 0.80' });
    fireEvent.keyDown(cell, { key: 'ArrowUp' });
    expect(onChange).toHaveBeenLastCalledWith(0, 0.9);
    expect(cell.getAttribute('aria-label')).toBe('input x, unit 0: 0.90');
    fireEvent.keyDown(cell, { key: 'ArrowDown', shiftKey: true });
    expect(cell.getAttribute('aria-label')).toBe('input x, unit 0: 0.89');
    fireEvent.keyDown(cell, { key: '+' });
    fireEvent.keyDown(cell, { key: '-' });
    fireEvent.keyDown(cell, { key: '-' });
    expect(cell.getAttribute('aria-label')).toBe('input x, unit 0: 0.79');
  });

  it('stops at the end of the range, as the slider does', () => {
    const onChange = renderTeaching([2.95, 0, 0]);
    const cell = screen.getByRole('img', { name: 'input x, unit 0: 2.95' });
    fireEvent.keyDown(cell, { key: 'ArrowUp' });
    fireEvent.keyDown(cell, { key: 'ArrowUp' });
    expect(onChange.mock.calls.map(([, value]) => value)).toEqual([3, 3]);
    expect(cell.getAttribute('aria-label')).toBe('input x, unit 0: 3.00');
  });

  it('tells a screen reader how the cell is changed, and leaves a cell without a range alone', () => {
    const onChange = renderTeaching();
    const cell = screen.getByRole('img', { name: 'input x, unit 0: 0.80' });
    expect(cell).toHaveProperty('className.baseVal', 'vector-strip-cell vector-strip-adjustable');
    const describedBy = cell.getAttribute('aria-describedby');
    expect(document.getElementById(describedBy!)?.textContent).toBe(DESCRIPTION);
    const fixed = screen.getByRole('img', { name: 'input x, unit 2: 1.20' });
    expect(fixed.getAttribute('aria-describedby')).toBeNull();
    expect(fixed.querySelector('.vector-strip-grip')).toBeNull();
    const event = fireEvent.keyDown(fixed, { key: 'ArrowUp' });
    expect(event).toBe(true);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('keeps the key from the page’s own keys (the walkthrough’s), and lets other keys through', () => {
    renderTeaching();
    const cell = screen.getByRole('img', { name: 'input x, unit 0: 0.80' });
    expect(fireEvent.keyDown(cell, { key: 'ArrowUp' })).toBe(false);
    expect(fireEvent.keyDown(cell, { key: 'PageDown' })).toBe(true);
    expect(fireEvent.keyDown(cell, { key: 'ArrowUp', ctrlKey: true })).toBe(true);
  });

  it('follows a mouse dragged up and down: the whole range over 200 px, ten times finer with Shift', () => {
    const onChange = renderTeaching();
    const cell = screen.getByRole('img', { name: 'input x, unit 0: 0.80' });
    fireEvent.pointerDown(cell, { pointerId: 1, pointerType: 'mouse', button: 0, clientX: 100, clientY: 300 });
    fireEvent.pointerMove(cell, { pointerId: 1, pointerType: 'mouse', clientX: 100, clientY: 280 });
    fireEvent.pointerMove(cell, { pointerId: 1, pointerType: 'mouse', clientX: 100, clientY: 260 });
    fireEvent.pointerUp(cell, { pointerId: 1, pointerType: 'mouse', clientX: 100, clientY: 260 });
    // 40 px up of 200 for a range of 6: +1.2.
    expect(onChange).toHaveBeenLastCalledWith(0, 2);
    expect(cell.getAttribute('aria-label')).toBe('input x, unit 0: 2.00');
    fireEvent.pointerDown(cell, { pointerId: 2, pointerType: 'mouse', button: 0, clientX: 100, clientY: 300 });
    fireEvent.pointerMove(cell, { pointerId: 2, pointerType: 'mouse', clientX: 100, clientY: 400, shiftKey: true });
    fireEvent.pointerUp(cell, { pointerId: 2, pointerType: 'mouse', clientX: 100, clientY: 400 });
    // 100 px down with Shift: −0.3.
    expect(cell.getAttribute('aria-label')).toBe('input x, unit 0: 1.70');
  });

  it('on a touch screen, follows a finger sliding sideways (right raises), never an upright swipe', () => {
    const onChange = renderTeaching();
    const cell = screen.getByRole('img', { name: 'input x, unit 1: −0.50' });
    fireEvent.pointerDown(cell, { pointerId: 3, pointerType: 'touch', clientX: 100, clientY: 300 });
    fireEvent.pointerMove(cell, { pointerId: 3, pointerType: 'touch', clientX: 100, clientY: 200 });
    fireEvent.pointerMove(cell, { pointerId: 3, pointerType: 'touch', clientX: 150, clientY: 200 });
    fireEvent.pointerUp(cell, { pointerId: 3, pointerType: 'touch', clientX: 150, clientY: 200 });
    expect(onChange).toHaveBeenLastCalledWith(1, 1);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('holds a drag past the end at the end, and answers at once when it turns back', () => {
    const onChange = renderTeaching();
    const cell = screen.getByRole('img', { name: 'input x, unit 0: 0.80' });
    fireEvent.pointerDown(cell, { pointerId: 4, pointerType: 'mouse', button: 0, clientX: 0, clientY: 500 });
    fireEvent.pointerMove(cell, { pointerId: 4, pointerType: 'mouse', clientX: 0, clientY: 0 });
    fireEvent.pointerUp(cell, { pointerId: 4, pointerType: 'mouse', clientX: 0, clientY: 0 });
    expect(cell.getAttribute('aria-label')).toBe('input x, unit 0: 3.00');
    fireEvent.pointerDown(cell, { pointerId: 5, pointerType: 'mouse', button: 0, clientX: 0, clientY: 500 });
    fireEvent.pointerMove(cell, { pointerId: 5, pointerType: 'mouse', clientX: 0, clientY: 400 });
    fireEvent.pointerMove(cell, { pointerId: 5, pointerType: 'mouse', clientX: 0, clientY: 410 });
    fireEvent.pointerUp(cell, { pointerId: 5, pointerType: 'mouse', clientX: 0, clientY: 410 });
    expect(onChange).toHaveBeenLastCalledWith(0, 2.7);
  });

  it('in a compact strip, a cell dragged up with a mouse rises, and the drag stays with it off the cell', () => {
    const onChange = vi.fn();
    const start = Array.from({ length: 150 }, () => 0);
    render(<AdjustableStrip start={start} geometry={compact.strips.concat} mode="compact" onChange={onChange} />);
    const strip = screen.getByRole('listbox', { name: 'input x' });
    const cell = screen.getByRole('option', { name: 'input x, unit 3: 0.00' });
    fireEvent.pointerDown(cell.querySelector('rect')!, { pointerId: 7, pointerType: 'mouse', button: 0, clientX: 0, clientY: 500 });
    // The strip holds the pointer: later events reach it, not the cell.
    fireEvent.pointerMove(strip, { pointerId: 7, pointerType: 'mouse', clientX: 0, clientY: 450 });
    fireEvent.pointerUp(strip, { pointerId: 7, pointerType: 'mouse', clientX: 0, clientY: 450 });
    // 50 px of a 200 px sweep of −3 … 3.
    expect(onChange).toHaveBeenLastCalledWith(3, 1.5);
    expect(cell.getAttribute('aria-label')).toBe('input x, unit 3: 1.50');
  });

  it('in a compact strip, ↑ and ↓ change the active cell while ← and → still move along', () => {
    const onChange = vi.fn();
    const start = Array.from({ length: 150 }, () => 0);
    render(<AdjustableStrip start={start} geometry={compact.strips.concat} mode="compact" onChange={onChange} />);
    const strip = screen.getByRole('listbox', { name: 'input x' });
    fireEvent.focus(strip);
    fireEvent.keyDown(strip, { key: 'ArrowRight' });
    fireEvent.keyDown(strip, { key: 'ArrowUp' });
    expect(onChange).toHaveBeenLastCalledWith(1, 0.1);
    expect(screen.getByRole('option', { name: 'input x, unit 1: 0.10' }).getAttribute('aria-selected')).toBe('true');
  });
});
