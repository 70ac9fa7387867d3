import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseWeight } from '../../../src/components/cell/WeightEditor';
import { WeightHeatMap, type WeightHeatMapLabels } from '../../../src/components/cell/WeightHeatMap';
import type { GateWeightBlock } from '../../../src/model/lstmGates';
import { ROLE_COLORS } from '../../../src/viz/colors';

afterEach(cleanup);

const labels: WeightHeatMapLabels = {
  name: 'forget gate weight',
  weightValue: '{name}, unit {unit}, column {column}: {value}',
  editor: 'New value for unit {unit}, column {column}',
  apply: 'Apply',
  cancel: 'Cancel',
  notANumber: 'Type a number, like 0.5 or −1.2.',
  outOfRange: 'Choose a number from {min} to {max}.',
};

// 3 units over [h0, h1, h2, x0, x1].
const block: GateWeightBlock = {
  rows: 3,
  cols: 5,
  data: Float32Array.from([0.1, -0.2, 0.3, 0.4, -0.5, 0.25, 0.31, -0.05, 0.45, 0.12, -0.33, 0.2, 0, 0.07, 0.5]),
  bias: new Float32Array(3),
  inputBias: new Float32Array(3),
  hiddenBias: new Float32Array(3),
};

function renderMap(mode?: 'teaching' | 'compact') {
  const onEdit = vi.fn();
  render(<WeightHeatMap block={block} color={ROLE_COLORS.forget.strong} labels={labels} onEdit={onEdit} mode={mode} />);
  return onEdit;
}

const field = () => screen.getByRole('textbox', { name: 'New value for unit 1, column h1' });
const submit = (value: string) => {
  fireEvent.change(field(), { target: { value } });
  fireEvent.submit(field().closest('form')!);
};

describe('parseWeight', () => {
  it('reads numbers the way readers type them and refuses the rest', () => {
    expect(parseWeight(' 0.5 ')).toBe(0.5);
    expect(parseWeight('−1.25')).toBe(-1.25);
    expect(parseWeight('０．５')).toBe(0.5);
    expect(parseWeight('0,5')).toBe(0.5);
    expect(parseWeight('.5')).toBe(0.5);
    expect(parseWeight('2e-1')).toBe(0.2);
    for (const text of ['', 'abc', '1e999', '0x10', '1.2.3', '--1', 'Infinity', 'NaN'])
      expect(parseWeight(text)).toBeUndefined();
  });
});

describe('WeightHeatMap, teaching', () => {
  it('names every weight by unit and column of [h, x], h columns first', () => {
    renderMap();
    expect(screen.getAllByRole('button')).toHaveLength(15);
    expect(screen.getByRole('button', { name: 'forget gate weight, unit 1, column h1: 0.31' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'forget gate weight, unit 2, column x1: 0.50' })).toBeTruthy();
    expect(screen.getByText('h₀')).toBeTruthy();
    expect(screen.getByText('x₁')).toBeTruthy();
  });

  it('is one tab stop; arrow keys move between weights', () => {
    renderMap();
    const first = screen.getByRole('button', { name: /unit 0, column h0/ });
    expect(first.getAttribute('tabindex')).toBe('0');
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    fireEvent.keyDown(first, { key: 'ArrowRight' });
    const moved = screen.getByRole('button', { name: /unit 1, column h1/ });
    expect(moved.getAttribute('tabindex')).toBe('0');
    expect(document.activeElement).toBe(moved);
    expect(first.getAttribute('tabindex')).toBe('-1');
  });

  it('edits a weight: click, type, apply calls onEdit with the parsed number', () => {
    const onEdit = renderMap();
    fireEvent.click(screen.getByRole('button', { name: 'forget gate weight, unit 1, column h1: 0.31' }));
    expect((field() as HTMLInputElement).value).toBe('0.3100');
    submit('−0.75');
    expect(onEdit).toHaveBeenCalledWith(1, 1, -0.75);
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('refuses text that is not a number, and numbers out of range, with a visible message', () => {
    const onEdit = renderMap();
    fireEvent.click(screen.getByRole('button', { name: /unit 1, column h1/ }));
    submit('abc');
    expect(screen.getByRole('alert').textContent).toBe('Type a number, like 0.5 or −1.2.');
    expect(field().getAttribute('aria-invalid')).toBe('true');
    submit('1e999');
    expect(screen.getByRole('alert').textContent).toBe('Type a number, like 0.5 or −1.2.');
    submit('5');
    expect(screen.getByRole('alert').textContent).toBe('Choose a number from −3 to 3.');
    expect(onEdit).not.toHaveBeenCalled();
    submit('3');
    expect(onEdit).toHaveBeenCalledWith(1, 1, 3);
  });

  it('cancels with Escape, keeping the weight and returning focus to it', () => {
    const onEdit = renderMap();
    const cell = screen.getByRole('button', { name: /unit 1, column h1/ });
    cell.focus();
    fireEvent.click(cell);
    fireEvent.change(field(), { target: { value: '2' } });
    fireEvent.keyDown(field(), { key: 'Escape' });
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(onEdit).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(cell);
  });
});

describe('WeightHeatMap, compact', () => {
  beforeEach(() => {
    // jsdom has no canvas; the map must still work by keyboard.
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  });

  it('is one focusable map; arrow keys and Enter edit a weight', () => {
    const onEdit = renderMap('compact');
    const map = screen.getByRole('group', { name: 'forget gate weight' });
    expect(map.getAttribute('tabindex')).toBe('0');
    expect(screen.queryAllByRole('button')).toHaveLength(0);
    fireEvent.keyDown(map, { key: 'ArrowDown' });
    fireEvent.keyDown(map, { key: 'ArrowRight' });
    expect(screen.getByText('forget gate weight, unit 1, column h1: 0.31')).toBeTruthy();
    fireEvent.keyDown(map, { key: 'Enter' });
    submit('1.5');
    expect(onEdit).toHaveBeenCalledWith(1, 1, 1.5);
  });
});
