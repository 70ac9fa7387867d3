import { memo } from 'react';
import { cellOfRow, directionCount, stateRow } from '../../model';
import type { Language } from '../../content/bilingual';
import { glossary } from '../../content/glossary';
import { timelineText } from '../../content/sequence/sequence';
import type { SequenceGate } from '../../store/sequence/sequenceSettings';
import { INK, ROLE_COLORS } from '../../viz/colors';
import { barPaths, glyphBarRects } from '../../viz/glyphBars';
import { largestStates, type TimelineCell } from '../../viz/timelineData';
import { stateStrokeWidth, type TimelineLayout } from '../../viz/timelineLayout';
import { fillText } from '../shared/fillText';
import { sequenceGateTerm } from './sequenceGateNames';
import { TimelineGlyph } from './TimelineGlyph';

export interface TimelineDrawingProps {
  layout: TimelineLayout;
  cells: TimelineCell[][];
  bidirectional: boolean;
  isLstm: boolean;
  language: Language;
  /** x_t of the drawn feature for the shown batch element, by t. */
  inputs: Float32Array;
  /** Every how many steps the step number is written under its column. */
  tickEvery: number;
  onOpen: (layer: number, direction: number, t: number) => void;
}

/**
 * Everything that changes only with the run: lines, glyphs, step numbers. Scrubbing never redraws
 * it. The rows' names are drawn apart, in `TimelineLabels`, so they stay put while the columns scroll.
 */
export const TimelineDrawing = memo(function TimelineDrawing({
  layout,
  cells,
  bidirectional,
  isLstm,
  language,
  inputs,
  tickEvery,
  onOpen,
}: TimelineDrawingProps) {
  const explorer = (isLstm ? timelineText.lstmExplorer : timelineText.gruExplorer)[language];
  const inputMid = layout.input.y + layout.input.height / 2;
  return (
    <g>
      {cells.map((row, rowIndex) => {
        const { layer, direction } = cellOfRow({ bidirectional }, rowIndex);
        const forward = direction === 0;
        const hY = layout.hiddenPathY(rowIndex);
        const cY = layout.cellLineY(rowIndex);
        const largest = largestStates(row);
        // A state runs from the step that made it to the next step of its own direction.
        const segment = (t: number) => {
          const from = layout.columnX(t);
          return { from, to: from + (forward ? layout.columnWidth : -layout.columnWidth) };
        };
        return (
          <g key={rowIndex} className="timeline-row">
            {row.map((cell, t) => {
              const { from, to } = segment(t);
              const last = forward ? t === row.length - 1 : t === 0;
              const end = last ? from + (forward ? 14 : -14) : to;
              const glyph = layout.glyph(rowIndex, t);
              return (
                <g key={t}>
                  {cell.cell !== undefined && (
                    <>
                      <line x1={from} x2={from} y1={cY} y2={glyph.y} stroke={ROLE_COLORS.cell.base} strokeWidth={1} />
                      <line
                        x1={from}
                        x2={end}
                        y1={cY}
                        y2={cY}
                        stroke={ROLE_COLORS.cell.base}
                        strokeWidth={stateStrokeWidth(cell.cell, largest.cell)}
                        strokeLinecap="round"
                      />
                    </>
                  )}
                  <line x1={from} x2={from} y1={glyph.y + glyph.height} y2={hY} stroke={INK} strokeWidth={1} />
                  <line
                    x1={from}
                    x2={end}
                    y1={hY}
                    y2={hY}
                    stroke={INK}
                    strokeWidth={stateStrokeWidth(cell.hidden, largest.hidden)}
                    strokeLinecap="round"
                  />
                  {/* h goes up into the next layer's cell at the same step (or out at the top). */}
                  {layer < cells.length / directionCount({ bidirectional }) - 1 && (
                    <line
                      className="timeline-up"
                      x1={from + (forward ? 4 : -4)}
                      x2={from + (forward ? 4 : -4)}
                      y1={hY}
                      y2={layout.glyph(stateRow({ bidirectional }, layer + 1, 0), t).y + glyph.height}
                    />
                  )}
                  <TimelineGlyph
                    box={glyph}
                    name={
                      fillText(timelineText.cellName, {
                        layer,
                        direction: (forward ? timelineText.forward : timelineText.reverse)[language],
                        t,
                        gates: cell.bars
                          .map(
                            (bar) =>
                              `${glossary[sequenceGateTerm(bar.role as SequenceGate, isLstm ? 'LSTM' : 'GRU')][language]} ${bar.symbol} ≈ ${bar.mean.toFixed(2)}`,
                          )
                          .join(', '),
                        explorer,
                      })[language]
                    }
                    onOpen={() => onOpen(layer, direction, t)}
                  />
                </g>
              );
            })}
          </g>
        );
      })}
      {/* Over the glyphs' boxes, and letting clicks through to them. */}
      <g className="timeline-bars" aria-hidden="true">
        {barPaths(
          cells.flatMap((row, rowIndex) =>
            row.flatMap((cell, t) => glyphBarRects(layout.glyph(rowIndex, t), cell.bars)),
          ),
        ).map(({ role, d }) => (
          <path key={role} d={d} fill={ROLE_COLORS[role].base} />
        ))}
      </g>
      <line
        className="timeline-zero"
        x1={layout.left}
        x2={layout.columnX(inputs.length - 1) + layout.columnWidth / 2}
        y1={inputMid}
        y2={inputMid}
      />
      {Array.from(inputs, (value, t) => {
        const extent = (Math.min(3, Math.abs(value)) / 3) * (layout.input.height / 2);
        return (
          <rect
            key={t}
            className="timeline-input"
            x={layout.columnX(t) - 4}
            y={value >= 0 ? inputMid - extent : inputMid}
            width={8}
            height={Math.max(extent, 0.5)}
          />
        );
      })}
      {/* out[t] is the top layer's h at t: a tick above every step. */}
      {Array.from(inputs, (_, t) => (
        <rect key={t} className="timeline-out" x={layout.columnX(t) - 5} y={layout.outY - 5} width={10} height={10} />
      ))}
      {Array.from(inputs, (_, t) =>
        t % tickEvery === 0 ? (
          <text key={t} className="timeline-tick" x={layout.columnX(t)} y={layout.tickY} textAnchor="middle">
            {t}
          </text>
        ) : null,
      )}
    </g>
  );
});
