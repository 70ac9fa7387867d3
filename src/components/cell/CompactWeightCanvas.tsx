import { useEffect, useId, useRef, useState, type CSSProperties, type MouseEvent } from 'react';
import { divergingRgb } from '../../viz/colors';
import { subscripted } from '../shared/subscript';
import type { WeightGridProps, WeightPosition } from './weightGrid';

/** The course's 100 × 150 weights: one canvas pixel each, one tab stop, arrow keys and a live readout. */
export function CompactWeightCanvas({ block, active, extent, hiddenSize, label, nameOf, open, move }: WeightGridProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [hovered, setHovered] = useState<WeightPosition | undefined>(undefined);
  const readoutId = useId();
  useEffect(() => {
    const context = canvas.current?.getContext('2d');
    if (!context) return;
    const image = context.createImageData(block.cols, block.rows);
    block.data.forEach((value, index) => {
      const [red, green, blue] = divergingRgb(value, extent);
      image.data.set([red, green, blue, 255], index * 4);
    });
    context.putImageData(image, 0, 0);
  }, [block, extent]);

  const positionOf = (event: MouseEvent<HTMLCanvasElement>): WeightPosition | undefined => {
    const box = event.currentTarget.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return undefined;
    const column = Math.floor(((event.clientX - box.left) / box.width) * block.cols);
    const unit = Math.floor(((event.clientY - box.top) / box.height) * block.rows);
    if (column < 0 || column >= block.cols || unit < 0 || unit >= block.rows) return undefined;
    return { unit, column };
  };
  const place = ({ unit, column }: WeightPosition) => ({
    left: `${(column / block.cols) * 100}%`,
    top: `${(unit / block.rows) * 100}%`,
    width: `${100 / block.cols}%`,
    height: `${100 / block.rows}%`,
  });
  const shown = hovered ?? active;
  return (
    <div className="weight-heat-map-compact" style={{ '--columns': block.cols, '--rows': block.rows } as CSSProperties}>
      <div className="weight-heat-map-axis" aria-hidden="true">
        <span style={{ width: `${(hiddenSize / block.cols) * 100}%` }}>h₀ … {subscripted('h', hiddenSize - 1)}</span>
        <span>x₀ … {subscripted('x', block.cols - hiddenSize - 1)}</span>
      </div>
      <div
        role="group"
        tabIndex={0}
        aria-label={label}
        aria-describedby={readoutId}
        className="weight-heat-map-canvas"
        onKeyDown={(event) => {
          if (move(event)) return;
          if (event.key === 'Enter' || event.key === ' ') {
            event.preventDefault();
            open(active);
          }
        }}
      >
        <canvas
          ref={canvas}
          width={block.cols}
          height={block.rows}
          onPointerMove={(event) => setHovered(positionOf(event))}
          onPointerLeave={() => setHovered(undefined)}
          onClick={(event) => {
            const position = positionOf(event);
            if (position) open(position);
          }}
        />
        <span className="weight-heat-map-divider" style={{ left: `${(hiddenSize / block.cols) * 100}%` }} />
        <span className="weight-heat-map-active" style={place(active)} aria-hidden="true" />
        <span
          className={`weight-heat-map-tooltip${hovered ? ' is-hovered' : ''}${shown.column > block.cols * 0.6 ? ' is-left' : ''}`}
          style={{ left: `${((shown.column + 0.5) / block.cols) * 100}%`, top: `${(shown.unit / block.rows) * 100}%` }}
          aria-hidden="true"
        >
          {nameOf(shown, 4)}
        </span>
      </div>
      <p id={readoutId} className="weight-heat-map-readout" aria-live="polite">
        {nameOf(active)}
      </p>
    </div>
  );
}
