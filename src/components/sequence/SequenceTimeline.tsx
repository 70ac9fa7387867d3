import { useCallback, useMemo, useRef, useState } from 'react';
import { type CellKind, GRU_NOTATION, LSTM_NOTATION, stateRowCount } from '../../model';
import { figureExportText } from '../../content/figureExport';
import { sequenceText, timelineText } from '../../content/sequence/sequence';
import { EXPLORER_LIMITS } from '../../store/explorerLimits';
import { openSequenceCell } from '../../store/sequence/openSequenceCell';
import type { SequenceRun } from '../../store/sequence/sequenceRun';
import { sequenceStore, useSequenceStore } from '../../store/sequence/sequenceStore';
import { timelineCells, type GlyphBarSpec } from '../../viz/timelineData';
import { LABEL_WIDTH, tickEvery, timelineLayout, timelineScale } from '../../viz/timelineLayout';
import { BilingualParagraph } from '../shared/BilingualParagraph';
import { BilingualText } from '../shared/BilingualText';
import { fillText } from '../shared/fillText';
import { captionLines, FigureExport, type FigureRequest, type FrameSeries } from '../shared/FigureExport';
import { PlaybackControls } from './PlaybackControls';
import { SequenceCellPicker } from './SequenceCellPicker';
import { TimelineDrawing } from './TimelineDrawing';
import { TimelineLabels } from './TimelineLabels';
import { TimelineOverlay } from './TimelineOverlay';
import { TimelineColumns } from './TimelineColumns';
import { useElementWidth } from '../shared/useElementWidth';
import { useShownLanguages } from '../shared/useShownLanguages';
import './SequenceTimeline.css';

/** Each glyph's bars: every gate, in the notation's order, by its letter. */
const GLYPH_BARS: Readonly<Record<CellKind, readonly GlyphBarSpec[]>> = {
  LSTM: LSTM_NOTATION.gates.map((gate) => ({ role: gate, symbol: LSTM_NOTATION.gate[gate].letter })),
  GRU: GRU_NOTATION.gates.map((gate) => ({ role: gate, symbol: GRU_NOTATION.gate[gate].letter })),
};

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
  const languages = useShownLanguages();
  const [language] = languages;
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
  const rows = stateRowCount({ numLayers, bidirectional });
  const layout = useMemo(() => timelineLayout(steps, rows), [steps, rows]);
  // The timeline's scale follows its frame's width, within bounds; past them the columns show a window.
  const frameRef = useRef<HTMLDivElement>(null);
  const legendRef = useRef<HTMLParagraphElement>(null);
  const available = useElementWidth(frameRef, 960);
  const scale = timelineScale(available, layout);
  const every = tickEvery(layout.columnWidth * scale);
  const cells = useMemo(
    () => (run ? timelineCells(run.steps, GLYPH_BARS[kind], shownBatch, batch, run.footprint) : undefined),
    [run, kind, shownBatch, batch],
  );
  const inputs = useMemo(
    () => (run ? drawnInputs(run, steps, shownBatch, batch, drawnFeature, inputSize) : new Float32Array(steps)),
    [run, steps, shownBatch, batch, drawnFeature, inputSize],
  );
  const onOpen = useCallback((layer: number, direction: number, t: number) => {
    const state = sequenceStore.getState();
    const at = { layer, direction, t, batch: state.shownBatch };
    const snapshot = openSequenceCell(state, at);
    if (!snapshot?.clamped) {
      setRefusal(undefined);
      return;
    }
    // Only C can leave the explorer's range: x is limited to ±3 and h stays within (−1, 1).
    const cell = snapshot.settings.previousCell ?? [];
    const value = cell.reduce((largest, next) => (Math.abs(next) > Math.abs(largest) ? next : largest), 0);
    state.selectCell(layer, direction, t);
    setRefusal(value.toFixed(2));
  }, []);
  // The timeline as shown at the click, every column of it, with the step shown in the caption and
  // the legend's swatches (their colours are the CSS's, so they are read from the page).
  const figure = (): FigureRequest | undefined => {
    const root = frameRef.current;
    if (!root) return undefined;
    const t = sequenceStore.getState().t;
    const swatches = [...(legendRef.current?.querySelectorAll<HTMLElement>('.timeline-swatch') ?? [])];
    return {
      source: {
        root,
        caption: captionLines(
          languages,
          (language) =>
            `${timelineText.heading[language]} · ${kind} · ${fillText(figureExportText.stepShown, { t })[language]}`,
        ),
        legend: swatches.map((swatch) => ({
          color: getComputedStyle(swatch, '::before').backgroundColor,
          label: swatch.textContent?.trim() ?? '',
        })),
      },
      nameParts: ['sequence', kind, 't', t],
    };
  };
  // Every step in turn, playback paused, then back to the step that was shown.
  const frames = (): FrameSeries => {
    const state = sequenceStore.getState();
    const shown = state.t;
    state.pause();
    return {
      count: state.steps,
      show: (t) => sequenceStore.getState().goToStep(t),
      restore: () => sequenceStore.getState().goToStep(shown),
      nameParts: ['sequence', kind, 'frames'],
      frameNameParts: (t) => ['sequence', kind, 't', t],
    };
  };
  return (
    <section className="panel-card sequence-timeline" aria-labelledby="timeline-heading">
      <div className="timeline-head figure-head">
        <h3 id="timeline-heading">
          <BilingualText text={timelineText.heading} />
        </h3>
        <FigureExport figure={figure} frames={frames} />
      </div>
      {/* What the course rings: the player alone, small enough for the half of a phone the course leaves. */}
      <div className="timeline-player" data-tour="timeline">
        <PlaybackControls />
        {/* The rows' names stay put beside a window on the columns that follows the step shown. */}
        <div className="timeline-frame" ref={frameRef}>
          <TimelineLabels layout={layout} rows={rows} bidirectional={bidirectional} language={language} scale={scale} />
          <TimelineColumns
            layout={layout}
            scale={scale}
            room={available - LABEL_WIDTH * scale - 1}
            label={fillText(timelineText.gridName, { layers: numLayers, steps })[language]}
          >
            {cells && (
              <TimelineDrawing
                layout={layout}
                cells={cells}
                bidirectional={bidirectional}
                isLstm={kind === 'LSTM'}
                language={language}
                inputs={inputs}
                tickEvery={every}
                onOpen={onOpen}
              />
            )}
            <TimelineOverlay layout={layout} rows={rows} />
          </TimelineColumns>
        </div>
      </div>
      {refusal && (
        <p className="view-error" role="alert">
          <BilingualText
            text={fillText(sequenceText.refusedCell, { value: refusal, limit: EXPLORER_LIMITS.previousCell.max })}
          />
        </p>
      )}
      <div className="timeline-under">
        <SequenceCellPicker />
        <p className="timeline-legend" ref={legendRef}>
          {kind === 'LSTM' && (
            <span className="timeline-swatch timeline-swatch-cell">
              <BilingualText text={timelineText.cellLine} />
            </span>
          )}
          <span className="timeline-swatch timeline-swatch-hidden">
            <BilingualText text={timelineText.hiddenPath} />
          </span>
        </p>
      </div>
      <BilingualParagraph className="timeline-body" text={timelineText.body} />
      {pulse && <BilingualParagraph className="timeline-body" text={timelineText.footprintBody} />}
      <BilingualParagraph className="timeline-keys" text={timelineText.keys} />
    </section>
  );
}
