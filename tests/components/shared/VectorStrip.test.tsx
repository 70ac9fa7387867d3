import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatCellValue, formatValue, VectorStrip, type VectorStripProps } from '../../../src/components/shared/VectorStrip';
import { lstmDiagramLayout } from '../../../src/viz/lstmDiagramLayout';
import { valueRowLayout } from '../../../src/viz/valueRowLayout';

afterEach(cleanup);

const teaching = lstmDiagramLayout(4, 3);
// The cell diagram draws the course's H = 100 as one row of thin cells, and so does a vector on
// its own (the sequence view's values).
const compact = lstmDiagramLayout(100, 50);
const valueRow = valueRowLayout(100).geometry;
const forget = Float32Array.of(0.12, 0.5, 0.875, 0.93121);

function renderStrip(props: Partial<VectorStripProps> = {}) {
  const onFocusUnit = vi.fn();
  const result = render(
    <svg viewBox="0 0 1600 800" width={1600} height={800}>
      <VectorStrip
        geometry={teaching.gateStrips.forget}
        values={forget}
        kind="selector"
        label="forget gate"
        mode="teaching"
        onFocusUnit={onFocusUnit}
        {...props}
      />
    </svg>,
  );
  return { ...result, onFocusUnit };
}

describe('formatValue', () => {
  it('uses a true minus sign and never shows −0', () => {
    expect(formatValue(-0.5, 2)).toBe('−0.50');
    expect(formatValue(-0.001, 2)).toBe('0.00');
    expect(formatValue(0.93121, 4)).toBe('0.9312');
  });
});

describe('formatCellValue', () => {
  it('keeps a cell\'s number within the width of −0.00, however large C grows', () => {
    expect(formatCellValue(-0.3, 2)).toBe('−0.30');
    expect(formatCellValue(-12.345, 2)).toBe('−12.3');
    expect(formatCellValue(9.996, 2)).toBe('10.0');
    expect(formatCellValue(-20, 2)).toBe('−20.0');
    expect(formatCellValue(123.4, 2)).toBe('123');
    for (const value of [-19.999, -9.995, 99.96, 0.005, -0.004]) {
      expect(formatCellValue(value, 2).replace('−', '').length).toBeLessThanOrEqual(4);
    }
  });

  it('shows a large C with one decimal in its cell and all of it in the cell\'s name', () => {
    renderStrip({ values: Float32Array.of(-12.345, 0.5, 15, 0.93), kind: 'signed', label: 'cell state' });
    expect(screen.getByText('−12.3')).toBeTruthy();
    expect(screen.getByText('15.0')).toBeTruthy();
    expect(screen.getAllByRole('img')[0]?.getAttribute('aria-label')).toBe('cell state, unit 0: −12.35');
  });
});

describe('VectorStrip, teaching', () => {
  it('names every cell with its 0-based unit and value, in the order of the vector', () => {
    renderStrip();
    const cells = screen.getAllByRole('img');
    expect(cells.map((cell) => cell.getAttribute('aria-label'))).toEqual([
      'forget gate, unit 0: 0.12',
      'forget gate, unit 1: 0.50',
      'forget gate, unit 2: 0.88',
      'forget gate, unit 3: 0.93',
    ]);
    expect(screen.getByRole('group', { name: 'forget gate' })).toBeTruthy();
  });

  it('shows each value in its cell and makes each cell a tab stop', () => {
    renderStrip();
    expect(screen.getByText('0.93')).toBeTruthy();
    for (const cell of screen.getAllByRole('img')) expect(cell.getAttribute('tabindex')).toBe('0');
  });

  it('on focus shows a tooltip with 4 decimals and reports the unit', () => {
    const { onFocusUnit } = renderStrip();
    fireEvent.focus(screen.getByRole('img', { name: 'forget gate, unit 3: 0.93' }));
    expect(screen.getByText('forget gate, unit 3: 0.9312')).toBeTruthy();
    expect(onFocusUnit).toHaveBeenCalledWith(3);
    fireEvent.blur(screen.getByRole('img', { name: 'forget gate, unit 3: 0.93' }));
    expect(screen.queryByText('forget gate, unit 3: 0.9312')).toBeNull();
  });

  it('on hover shows the tooltip without changing the focused unit', () => {
    const { onFocusUnit } = renderStrip();
    fireEvent.pointerEnter(screen.getByRole('img', { name: 'forget gate, unit 1: 0.50' }));
    expect(screen.getByText('forget gate, unit 1: 0.5000')).toBeTruthy();
    expect(onFocusUnit).not.toHaveBeenCalled();
  });

  it('takes its wording from the parent, e.g. in Chinese', () => {
    renderStrip({ describe: (unit, value) => `遗忘门，单元 ${unit}：${value}` });
    expect(screen.getByRole('img', { name: '遗忘门，单元 2：0.88' })).toBeTruthy();
  });

  it('outlines the focused unit', () => {
    const { container } = renderStrip({ focusedUnit: 2 });
    const ring = container.querySelector('.vector-strip-focused-unit rect');
    const cell = teaching.gateStrips.forget.cells[2]!;
    expect(Number(ring?.getAttribute('x'))).toBeCloseTo(cell.x - 1.5);
  });

  it('draws a bar in every cell, as long as its value, in the ink of its number, and moves the bars without new elements', () => {
    /** The rectangles a path's `M x y h w v h h −w z` outlines draw. */
    const rectsOf = (d: string | null) =>
      Array.from((d ?? '').matchAll(/M(\S+) (\S+)h(\S+)v(\S+)h\S+z/g), ([, x, y, width, height]) =>
        [x, y, width, height].map(Number),
      );
    const barPaths = (container: HTMLElement) => [...container.querySelectorAll('.vector-strip-bars path')];
    const cells = teaching.gateStrips.forget.cells;
    const { container, rerender } = renderStrip({ values: Float32Array.of(0.1, 0.5, 0.9, 1) });
    const paths = barPaths(container);
    expect(paths.map((path) => path.getAttribute('fill'))).toEqual(['#000000', '#ffffff']);
    // A selector's bar grows from the cell's left edge (4 in) over the cell's width less 8.
    const drawn = paths.flatMap((path) => rectsOf(path.getAttribute('d')));
    expect(drawn.map(([x]) => x).sort((a, b) => a! - b!)).toEqual(cells.map((cell) => cell.x + 4));
    for (const [x, , width] of drawn) {
      const index = cells.findIndex((cell) => cell.x + 4 === x);
      expect(width).toBeCloseTo([0.1, 0.5, 0.9, 1][index]! * (cells[index]!.width - 8), 5);
    }
    // Each bar in the ink of its cell's number: black on a pale cell, white on a dark one.
    const numbers = [...container.querySelectorAll('text.vector-strip-value')];
    for (const path of paths)
      for (const [x] of rectsOf(path.getAttribute('d'))) {
        const index = cells.findIndex((cell) => cell.x + 4 === x);
        expect(numbers[index]!.getAttribute('fill')).toBe(path.getAttribute('fill'));
      }
    expect(new Set(numbers.map((number) => number.getAttribute('fill'))).size).toBe(2);

    rerender(
      <svg viewBox="0 0 1600 800" width={1600} height={800}>
        <VectorStrip geometry={teaching.gateStrips.forget} values={forget} kind="selector" label="forget gate" mode="teaching" />
      </svg>,
    );
    // The same two elements, with the new bars.
    expect(barPaths(container)).toEqual(paths);
    const moved = paths.flatMap((path) => rectsOf(path.getAttribute('d')));
    expect(moved.map(([, , width]) => width).sort((a, b) => a! - b!)).toEqual(
      [...forget].sort((a, b) => a - b).map((value, rank) => expect.closeTo(value * (cells[rank]!.width - 8), 4)),
    );
  });

  it('draws the other bars when one value is not a number', () => {
    const { container } = renderStrip({ values: Float32Array.of(0.2, NaN, 0.8, 0.5) });
    const drawn = [...container.querySelectorAll('.vector-strip-bars path')].flatMap((path) =>
      Array.from((path.getAttribute('d') ?? '').matchAll(/M(\S+) /g), ([, x]) => Number(x)),
    );
    const cells = teaching.gateStrips.forget.cells;
    expect(drawn.sort((a, b) => a - b)).toEqual([0, 2, 3].map((index) => cells[index]!.x + 4));
  });

  it('draws no bars before the model has numbers', () => {
    const { container } = renderStrip({ values: undefined });
    expect(container.querySelector('.vector-strip-bars')).toBeNull();
  });

  it('paints the animated values but names the real ones', () => {
    renderStrip({ shownValues: Float32Array.of(0.5, 0.5, 0.5, 0.5) });
    expect(screen.getAllByText('0.50')).toHaveLength(4);
    expect(screen.getByRole('img', { name: 'forget gate, unit 3: 0.93' })).toBeTruthy();
  });
});

describe('VectorStrip, compact', () => {
  const values = Float32Array.from({ length: 100 }, (_, index) => index / 100);
  const renderCompact = (focusedUnit?: number, geometry = compact.gateStrips.forget) =>
    renderStrip({ geometry, values, mode: 'compact', focusedUnit });

  it('is one tab stop, a list of 100 named cells without numbers drawn', () => {
    renderCompact();
    const strip = screen.getByRole('listbox', { name: 'forget gate' });
    expect(strip.getAttribute('tabindex')).toBe('0');
    expect(screen.getAllByRole('option')).toHaveLength(100);
    expect(screen.getByRole('option', { name: 'forget gate, unit 42: 0.42' }).getAttribute('tabindex')).toBeNull();
    expect(screen.queryByText('0.42')).toBeNull();
  });

  it('recolours and renames its cells in place when the values change, and paints cells added by a larger size', () => {
    const { rerender } = render(
      <svg>
        <VectorStrip geometry={compact.gateStrips.forget} values={values} kind="selector" label="forget gate" mode="compact" />
      </svg>,
    );
    const cell = screen.getByRole('option', { name: 'forget gate, unit 42: 0.42' });
    const colourBefore = cell.querySelector('rect')?.getAttribute('fill');
    const changed = values.map((value) => 1 - value);
    rerender(
      <svg>
        <VectorStrip geometry={compact.gateStrips.forget} values={changed} kind="selector" label="forget gate" mode="compact" />
      </svg>,
    );
    // The same element, now named and coloured for 0.58.
    expect(cell.getAttribute('aria-label')).toBe('forget gate, unit 42: 0.58');
    expect(cell.querySelector('rect')?.getAttribute('fill')).not.toBe(colourBefore);
    const small = lstmDiagramLayout(20, 10).gateStrips.forget;
    rerender(
      <svg>
        <VectorStrip geometry={small} values={values.slice(0, 20)} kind="selector" label="forget gate" mode="compact" />
      </svg>,
    );
    rerender(
      <svg>
        <VectorStrip geometry={compact.gateStrips.forget} values={values} kind="selector" label="forget gate" mode="compact" />
      </svg>,
    );
    const options = screen.getAllByRole('option');
    expect(options).toHaveLength(100);
    // Cells 20 … 99 are new elements: named and coloured like the first ones, none left black.
    expect(options[99]?.getAttribute('aria-label')).toBe('forget gate, unit 99: 0.99');
    for (const option of options) expect(option.querySelector('rect')?.getAttribute('fill')).toMatch(/^(#|rgb)/);
  });

  it('shows a hovered cell\'s value and focuses a clicked one', () => {
    const { onFocusUnit } = renderCompact();
    fireEvent.pointerOver(screen.getByRole('option', { name: 'forget gate, unit 30: 0.30' }).querySelector('rect')!);
    expect(screen.getByText('forget gate, unit 30: 0.3000')).toBeTruthy();
    fireEvent.click(screen.getByRole('option', { name: 'forget gate, unit 64: 0.64' }));
    expect(onFocusUnit).toHaveBeenLastCalledWith(64);
    expect(screen.getByRole('option', { name: 'forget gate, unit 64: 0.64' }).getAttribute('aria-selected')).toBe('true');
  });

  it('moves along a one-row strip with every arrow key, to its ends with Home and End', () => {
    const { onFocusUnit } = renderCompact(5);
    const strip = screen.getByRole('listbox', { name: 'forget gate' });
    fireEvent.focus(strip);
    fireEvent.keyDown(strip, { key: 'ArrowRight' });
    expect(onFocusUnit).toHaveBeenLastCalledWith(6);
    fireEvent.keyDown(strip, { key: 'ArrowDown' });
    expect(onFocusUnit).toHaveBeenLastCalledWith(7);
    fireEvent.keyDown(strip, { key: 'ArrowUp' });
    fireEvent.keyDown(strip, { key: 'ArrowLeft' });
    expect(onFocusUnit).toHaveBeenLastCalledWith(5);
    fireEvent.keyDown(strip, { key: 'End' });
    expect(onFocusUnit).toHaveBeenLastCalledWith(99);
    fireEvent.keyDown(strip, { key: 'Home' });
    expect(onFocusUnit).toHaveBeenLastCalledWith(0);
  });

  it('moves cell by cell along a vector drawn on its own, one row of 100, naming the one it reaches', () => {
    const { onFocusUnit } = renderCompact(5, valueRow);
    const strip = screen.getByRole('listbox', { name: 'forget gate' });
    fireEvent.focus(strip);
    expect(screen.getByText('forget gate, unit 5: 0.0500')).toBeTruthy();
    fireEvent.keyDown(strip, { key: 'ArrowRight' });
    expect(onFocusUnit).toHaveBeenLastCalledWith(6);
    fireEvent.keyDown(strip, { key: 'ArrowDown' });
    expect(onFocusUnit).toHaveBeenLastCalledWith(7);
    const active = document.getElementById(strip.getAttribute('aria-activedescendant')!);
    expect(active?.getAttribute('aria-label')).toBe('forget gate, unit 7: 0.07');
    expect(screen.getByText('forget gate, unit 7: 0.0700')).toBeTruthy();
    fireEvent.keyDown(strip, { key: 'End' });
    expect(onFocusUnit).toHaveBeenLastCalledWith(99);
  });
});
