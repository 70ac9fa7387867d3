import { memo } from 'react';

interface TimelineGlyphProps {
  box: { x: number; y: number; width: number; height: number };
  /** Accessible name and tooltip. */
  name: string;
  onOpen: () => void;
}

/**
 * One cell at one step, drawn small: its box, which a click opens in the explorer. Its gate bars
 * are drawn over it by `TimelineDrawing`, one path per gate for the whole timeline (glyphBars.ts).
 */
export const TimelineGlyph = memo(function TimelineGlyph({ box, name, onOpen }: TimelineGlyphProps) {
  return (
    <g className="timeline-glyph" onClick={onOpen}>
      <title>{name}</title>
      <rect className="timeline-glyph-box" x={box.x} y={box.y} width={box.width} height={box.height} rx={4} />
    </g>
  );
});
