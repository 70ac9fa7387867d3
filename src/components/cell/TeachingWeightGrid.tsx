import { useEffect, useRef } from 'react';
import { divergingColor, textColorOn } from '../../viz/colors';
import { formatValue } from '../shared/VectorStrip';
import { subscripted } from '../shared/subscript';
import type { WeightGridProps } from './weightGrid';

/** Up to 8 × 16 weights: one button each, one tab stop, arrow keys between them. */
export function TeachingWeightGrid({ block, active, extent, hiddenSize, label, nameOf, open, move }: WeightGridProps) {
  const grid = useRef<HTMLDivElement>(null);
  const moved = useRef(false);
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    grid.current?.querySelector<HTMLButtonElement>('[tabindex="0"]')?.focus();
  }, [active]);
  const columns = Array.from({ length: block.cols }, (_, column) => column);
  const header = (column: number) =>
    column < hiddenSize ? subscripted('h', column) : subscripted('x', column - hiddenSize);
  return (
    <div
      ref={grid}
      role="group"
      aria-label={label}
      className="weight-heat-map-grid"
      style={{ gridTemplateColumns: `auto repeat(${block.cols}, minmax(2.6rem, max-content))` }}
      onKeyDown={(event) => {
        if (move(event)) moved.current = true;
      }}
    >
      <span aria-hidden="true" />
      {columns.map((column) => (
        <span
          key={column}
          aria-hidden="true"
          className={`weight-heat-map-column${column === hiddenSize ? ' is-first-x' : ''}`}
        >
          {header(column)}
        </span>
      ))}
      {Array.from({ length: block.rows }, (_, unit) => [
        <span key={`row-${unit}`} aria-hidden="true" className="weight-heat-map-row">
          {unit}
        </span>,
        ...columns.map((column) => {
          const value = block.data[unit * block.cols + column] ?? NaN;
          const background = divergingColor(value, extent);
          const isActive = active.unit === unit && active.column === column;
          return (
            <button
              key={`${unit}-${column}`}
              type="button"
              tabIndex={isActive ? 0 : -1}
              aria-label={nameOf({ unit, column })}
              title={nameOf({ unit, column }, 4)}
              className={`weight-heat-map-cell${column === hiddenSize ? ' is-first-x' : ''}`}
              style={{ background, color: textColorOn(background) }}
              onClick={() => open({ unit, column })}
            >
              {formatValue(value, 2)}
            </button>
          );
        }),
      ])}
    </div>
  );
}
