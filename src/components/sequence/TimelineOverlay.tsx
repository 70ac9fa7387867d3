import { cellOfRow, directionCount, stateRow } from '../../model';
import { useSequenceStore } from '../../store/sequence/sequenceStore';
import type { TimelineLayout } from '../../viz/timelineLayout';

/**
 * What moves while the sequence plays: the band and the number on the shown step, the ring on
 * the selected cell, and the marks of the output the reader points at (`out`: the top layer's h at every
 * step; `h_n` / `c_n`: each row's state at its last step, t = L − 1 forward but t = 0 reverse).
 */
export function TimelineOverlay({ layout, rows }: { layout: TimelineLayout; rows: number }) {
  const t = useSequenceStore((state) => state.t);
  const steps = useSequenceStore((state) => state.steps);
  const layer = useSequenceStore((state) => state.layer);
  const direction = useSequenceStore((state) => state.direction);
  const bidirectional = useSequenceStore((state) => state.bidirectional);
  const highlight = useSequenceStore((state) => state.highlight);
  const directions = directionCount({ bidirectional });
  const selectedRow = stateRow({ bidirectional }, layer, direction);
  const glyph = layout.glyph(selectedRow, t);
  const marks: { x: number; y: number; key: string }[] = [];
  if (highlight === 'out') {
    for (let row = rows - directions; row < rows; row++)
      for (let step = 0; step < steps; step++)
        marks.push({ x: layout.columnX(step), y: layout.hiddenPathY(row), key: `${row}.${step}` });
  } else if (highlight) {
    for (let row = 0; row < rows; row++) {
      const last = cellOfRow({ bidirectional }, row).direction === 0 ? steps - 1 : 0;
      const y = highlight === 'hN' ? layout.hiddenPathY(row) : layout.cellLineY(row);
      marks.push({ x: layout.columnX(last), y, key: `${row}` });
    }
  }
  return (
    <g className="timeline-overlay" pointerEvents="none">
      <rect
        className="timeline-step-band"
        x={layout.columnX(t) - layout.columnWidth / 2}
        y={layout.outY - 12}
        width={layout.columnWidth}
        height={layout.height - layout.outY + 12}
      />
      {/* The step shown is always numbered, over whatever number thinning left there. */}
      <rect
        className="timeline-tick-back"
        x={layout.columnX(t) - layout.columnWidth / 2}
        y={layout.tickY - 19}
        width={layout.columnWidth}
        height={26}
      />
      <text className="timeline-tick timeline-tick-shown" x={layout.columnX(t)} y={layout.tickY} textAnchor="middle">
        {t}
      </text>
      <rect
        className="timeline-selected"
        x={glyph.x - 4}
        y={glyph.y - 4}
        width={glyph.width + 8}
        height={glyph.height + 8}
        rx={6}
      />
      {marks.map((mark) => (
        <circle key={mark.key} className="timeline-mark" cx={mark.x} cy={mark.y} r={7} />
      ))}
      {highlight === 'out' &&
        Array.from({ length: steps }, (_, step) => (
          <line
            key={step}
            className="timeline-mark-line"
            x1={layout.columnX(step)}
            x2={layout.columnX(step)}
            y1={layout.hiddenPathY(rows - 1)}
            y2={layout.outY}
          />
        ))}
    </g>
  );
}
