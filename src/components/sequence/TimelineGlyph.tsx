import { memo } from 'react';
import { ROLE_COLORS } from '../../viz/colors';
import type { TimelineCell } from '../../viz/timelineData';

interface TimelineGlyphProps {
  box: { x: number; y: number; width: number; height: number };
  cell: TimelineCell;
  /** Accessible name and tooltip. */
  name: string;
  onOpen: () => void;
}

/**
 * One cell at one step, drawn small: a bar per gate, its height the gate's mean over the units.
 * A selector (f, i, o; r, z) grows from the bottom over (0, 1); the candidate (g; n) grows up or
 * down from the middle over (−1, 1).
 */
export const TimelineGlyph = memo(function TimelineGlyph({ box, cell, name, onOpen }: TimelineGlyphProps) {
  const gap = 2;
  const barWidth = (box.width - gap * (cell.bars.length + 1)) / cell.bars.length;
  const middle = box.y + box.height / 2;
  return (
    <g className="timeline-glyph" onClick={onOpen}>
      <title>{name}</title>
      <rect className="timeline-glyph-box" x={box.x} y={box.y} width={box.width} height={box.height} rx={4} />
      {cell.bars.map((bar, index) => {
        const x = box.x + gap + index * (barWidth + gap);
        const signed = bar.role === 'candidate';
        const extent = signed ? (Math.abs(bar.mean) * (box.height - 4)) / 2 : bar.mean * (box.height - 4);
        const y = signed ? (bar.mean >= 0 ? middle - extent : middle) : box.y + box.height - 2 - extent;
        return (
          <rect
            key={bar.symbol}
            x={x}
            y={y}
            width={barWidth}
            height={Math.max(extent, 0.5)}
            fill={ROLE_COLORS[bar.role].base}
          />
        );
      })}
    </g>
  );
});
