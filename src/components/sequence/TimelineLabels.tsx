import { memo } from 'react';
import { cellOfRow } from '../../model';
import type { Language } from '../../content/bilingual';
import { timelineText } from '../../content/sequence/sequence';
import { LABEL_WIDTH, type TimelineLayout } from '../../viz/timelineLayout';
import { fillText } from '../shared/fillText';

interface TimelineLabelsProps {
  layout: TimelineLayout;
  rows: number;
  bidirectional: boolean;
  language: Language;
  /** Pixels per unit, the same as the columns'. */
  scale: number;
}

/**
 * The rows' names in a gutter of their own, beside the columns and at their scale, so they stay
 * in view while the columns scroll. A bidirectional row's direction goes on a second line.
 * Hidden from screen readers: every glyph's own name says its layer and direction.
 */
export const TimelineLabels = memo(function TimelineLabels({
  layout,
  rows,
  bidirectional,
  language,
  scale,
}: TimelineLabelsProps) {
  const inputMid = layout.input.y + layout.input.height / 2;
  return (
    <svg
      className="timeline-labels"
      viewBox={`0 0 ${LABEL_WIDTH} ${layout.height}`}
      width={LABEL_WIDTH * scale}
      height={layout.height * scale}
      aria-hidden="true"
    >
      <text className="timeline-row-label" x={6} y={layout.outY + 6}>
        out
      </text>
      {Array.from({ length: rows }, (_, row) => {
        const { layer, direction } = cellOfRow({ bidirectional }, row);
        const glyph = layout.glyph(row, 0);
        const name = fillText(timelineText.layer, { layer })[language];
        if (!bidirectional)
          return (
            <text key={row} className="timeline-row-label" x={6} y={glyph.y + glyph.height / 2 + 8}>
              {name}
            </text>
          );
        return (
          <text key={row} className="timeline-row-label" x={6} y={glyph.y + glyph.height / 2 - 6}>
            {name}
            <tspan x={6} dy={27}>
              {(direction === 0 ? timelineText.forward : timelineText.reverse)[language]}
            </tspan>
          </text>
        );
      })}
      <text className="timeline-row-label" x={6} y={inputMid + 8}>
        {timelineText.input[language]}
      </text>
      <text className="timeline-row-label timeline-tick-label" x={LABEL_WIDTH - 8} y={layout.tickY} textAnchor="end">
        t
      </text>
    </svg>
  );
});
