import { memo, useCallback, useMemo, useState } from 'react';
import type { Language } from '../content/bilingual';
import { glossary } from '../content/glossary';
import { sequenceText, timelineText } from '../content/sequence';
import { EXPLORER_LIMITS } from '../store/explorerLimits';
import { openSequenceCell } from '../store/openSequenceCell';
import { sequenceCellSnapshot } from '../store/sequenceCell';
import type { SequenceRun } from '../store/sequenceRun';
import { stateRowCount } from '../store/sequenceSettings';
import { sequenceStore, useSequenceStore } from '../store/sequenceStore';
import { INK, ROLE_COLORS } from '../viz/colors';
import { largestStates, timelineCells, type TimelineCell } from '../viz/timelineData';
import { stateStrokeWidth, timelineLayout, type TimelineLayout } from '../viz/timelineLayout';
import { BilingualParagraph } from './BilingualParagraph';
import { BilingualText } from './BilingualText';
import { fillText } from './fillText';
import { PlaybackControls } from './PlaybackControls';
import { TimelineGlyph } from './TimelineGlyph';
import { TimelineOverlay } from './TimelineOverlay';
import { useShownLanguages } from './useShownLanguages';
import './SequenceTimeline.css';

const GATE_TERMS = {
  forget: 'forgetGate',
  input: 'inputGate',
  candidate: 'candidateMemory',
  output: 'outputGate',
  reset: 'resetGate',
  update: 'updateGate',
} as const;

/** The glossary term of a glyph's bar; the GRU's candidate is a candidate h, not a candidate C. */
function gateTerm(role: string, isLstm: boolean) {
  if (role === 'candidate' && !isLstm) return 'candidateHidden';
  return GATE_TERMS[role as keyof typeof GATE_TERMS];
}

/** "layer 1, forward →" in the reader's language. */
export function rowName(layer: number, direction: number, bidirectional: boolean, language: Language): string {
  const name = fillText(timelineText.layer, { layer })[language];
  if (!bidirectional) return name;
  return `${name} ${(direction === 0 ? timelineText.forward : timelineText.reverse)[language]}`;
}

interface TimelineDrawingProps {
  layout: TimelineLayout;
  cells: TimelineCell[][];
  directions: number;
  isLstm: boolean;
  language: Language;
  /** x_t of the drawn feature for the shown batch element, by t. */
  inputs: Float32Array;
  onOpen: (layer: number, direction: number, t: number) => void;
}

/** Everything that changes only with the run: lines, glyphs, labels. Scrubbing never redraws it. */
const TimelineDrawing = memo(function TimelineDrawing({
  layout,
  cells,
  directions,
  isLstm,
  language,
  inputs,
  onOpen,
}: TimelineDrawingProps) {
  const explorer = (isLstm ? timelineText.lstmExplorer : timelineText.gruExplorer)[language];
  const inputMid = layout.input.y + layout.input.height / 2;
  return (
    <g>
      {cells.map((row, rowIndex) => {
        const layer = Math.floor(rowIndex / directions);
        const direction = rowIndex % directions;
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
            <text className="timeline-row-label" x={8} y={layout.glyph(rowIndex, 0).y + 20}>
              {rowName(layer, direction, directions === 2, language)}
            </text>
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
                  {layer < cells.length / directions - 1 && (
                    <line
                      className="timeline-up"
                      x1={from + (forward ? 4 : -4)}
                      x2={from + (forward ? 4 : -4)}
                      y1={hY}
                      y2={layout.glyph((layer + 1) * directions, t).y + glyph.height}
                    />
                  )}
                  <TimelineGlyph
                    box={glyph}
                    cell={cell}
                    name={
                      fillText(timelineText.cellName, {
                        layer,
                        direction: (forward ? timelineText.forward : timelineText.reverse)[language],
                        t,
                        gates: cell.bars
                          .map(
                            (bar) =>
                              `${glossary[gateTerm(bar.role, isLstm)][language]} ${bar.symbol} ≈ ${bar.mean.toFixed(2)}`,
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
      <text className="timeline-row-label" x={8} y={inputMid + 5}>
        {timelineText.input[language]}
      </text>
      <line className="timeline-zero" x1={layout.left} x2={layout.width - 24} y1={inputMid} y2={inputMid} />
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
      <text className="timeline-row-label" x={8} y={layout.outY + 5}>
        out
      </text>
      {/* out[t] is the top layer's h at t: a tick above every step. */}
      {Array.from(inputs, (_, t) => (
        <rect key={t} className="timeline-out" x={layout.columnX(t) - 5} y={layout.outY - 5} width={10} height={10} />
      ))}
    </g>
  );
});

/** x_t[feature] of batch element `batch` from a time-major (L, B, F) input. */
function drawnInputs(
  run: SequenceRun,
  steps: number,
  batch: number,
  batchSize: number,
  feature: number,
  inputSize: number,
) {
  return Float32Array.from(
    { length: steps },
    (_, t) => run.timeMajorInput[(t * batchSize + batch) * inputSize + feature]!,
  );
}

/** The unrolled network with its playback controls. */
export function SequenceTimeline() {
  const [language] = useShownLanguages();
  const run = useSequenceStore((state) => state.run);
  const kind = useSequenceStore((state) => state.kind);
  const steps = useSequenceStore((state) => state.steps);
  const numLayers = useSequenceStore((state) => state.numLayers);
  const bidirectional = useSequenceStore((state) => state.bidirectional);
  const batch = useSequenceStore((state) => state.batch);
  const shownBatch = useSequenceStore((state) => state.shownBatch);
  const inputSize = useSequenceStore((state) => state.inputSize);
  const drawnFeature = useSequenceStore((state) => state.drawnFeature);
  const pulse = useSequenceStore((state) => state.inputPreset === 'pulse');
  const [refusal, setRefusal] = useState<string | undefined>();
  const directions = bidirectional ? 2 : 1;
  const rows = stateRowCount({ numLayers, bidirectional });
  const layout = useMemo(() => timelineLayout(steps, rows), [steps, rows]);
  const cells = useMemo(
    () => (run ? timelineCells(run.steps, shownBatch, batch, run.footprint) : undefined),
    [run, shownBatch, batch],
  );
  const inputs = useMemo(
    () => (run ? drawnInputs(run, steps, shownBatch, batch, drawnFeature, inputSize) : new Float32Array(steps)),
    [run, steps, shownBatch, batch, drawnFeature, inputSize],
  );
  const onOpen = useCallback((layer: number, direction: number, t: number) => {
    const state = sequenceStore.getState();
    const at = { layer, direction, t, batch: state.shownBatch };
    if (openSequenceCell(state, at)) {
      setRefusal(undefined);
      return;
    }
    if (!state.run) return;
    const cell = sequenceCellSnapshot(state, state.run, at).settings.previousCell ?? [];
    const value = cell.reduce((largest, next) => (Math.abs(next) > Math.abs(largest) ? next : largest), 0);
    state.selectCell(layer, direction, t);
    setRefusal(value.toFixed(2));
  }, []);
  return (
    <section className="sequence-panel sequence-timeline" aria-labelledby="timeline-heading">
      <h3 id="timeline-heading">
        <BilingualText text={timelineText.heading} />
      </h3>
      <BilingualParagraph text={timelineText.body} />
      {pulse && <BilingualParagraph text={timelineText.footprintBody} />}
      <PlaybackControls />
      <div className="timeline-scroll">
        <svg
          className="timeline-svg"
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          style={{ minWidth: `${Math.round(layout.width * 0.5)}px` }}
          role="group"
          aria-label={fillText(timelineText.gridName, { layers: numLayers, steps })[language]}
        >
          {cells && (
            <TimelineDrawing
              layout={layout}
              cells={cells}
              directions={directions}
              isLstm={kind === 'LSTM'}
              language={language}
              inputs={inputs}
              onOpen={onOpen}
            />
          )}
          <TimelineOverlay layout={layout} rows={rows} />
        </svg>
      </div>
      <p className="timeline-legend">
        {kind === 'LSTM' && (
          <span className="timeline-swatch timeline-swatch-cell">
            <BilingualText text={timelineText.cellLine} />
          </span>
        )}
        <span className="timeline-swatch timeline-swatch-hidden">
          <BilingualText text={timelineText.hiddenPath} />
        </span>
      </p>
      <BilingualParagraph className="timeline-keys" text={timelineText.keys} />
      {refusal && (
        <p className="sequence-error" role="alert">
          <BilingualText
            text={fillText(sequenceText.refusedCell, { value: refusal, limit: EXPLORER_LIMITS.previousCell.max })}
          />
        </p>
      )}
    </section>
  );
}
