import { useId, useMemo, useRef, useState } from 'react';
import type { Bilingual } from '../../content/bilingual';
import { memoryText } from '../../content/compare/comparison';
import { commonText } from '../../content/commonText';
import { gateSymbols, GRU_NOTATION, LSTM_NOTATION, type PulseMemory } from '../../model';
import { COMPARISON_LIMITS } from '../../store/compare/comparisonSettings';
import { useComparisonStore } from '../../store/compare/comparisonStore';
import {
  PULSE_SERIES,
  PULSE_SERIES_STYLE,
  pulsePlotLayout,
  type PlotFrame,
  type PulseSeries,
} from '../../viz/pulsePlot';
import { BilingualParagraph } from '../shared/BilingualParagraph';
import { mathRuns } from '../shared/MathLabel';
import { BilingualText } from '../shared/BilingualText';
import { fillText } from '../shared/fillText';
import { captionLines, FigureExport, type FigureRequest } from '../shared/FigureExport';
import { useElementWidth } from '../shared/useElementWidth';
import { inShownLanguages } from '../shared/inShownLanguages';
import { useShownLanguages } from '../shared/useShownLanguages';
import { ValueSlider } from '../shared/ValueSlider';
import { withTerms } from '../shared/withTerms';
import './MemoryPulsePlot.css';

const MARGIN: PlotFrame['margin'] = { top: 36, right: 18, bottom: 52, left: 48 };

/**
 * The chart drawn at its box's own width, one unit a pixel, so its text keeps its CSS size on a
 * phone as on a projector; not taller than fits beside its sliders on a laptop's first screen.
 */
function frameFor(width: number): PlotFrame {
  return { width, height: Math.round(Math.min(300, Math.max(240, width * 0.6))), margin: MARGIN };
}

/** Px of plot per round tick along t. */
const PX_PER_TICK = 100;

/** The step the summary sentence reads off: far enough that only a kept memory is left. */
const SUMMARY_STEP = 50;

const SERIES_NAMES: Readonly<Record<PulseSeries, Bilingual>> = {
  lstmCell: withTerms(memoryText.lstmCell),
  lstmHidden: withTerms(memoryText.lstmHidden),
  gruHidden: withTerms(memoryText.gruHidden),
};

/**
 * The lines' names as a phone's compact legend shows them (MemoryPulsePlot.css), the model and the
 * state's symbol, the same in both languages; the full names stay for screen readers.
 */
const SHORT_NAMES: Readonly<Record<PulseSeries, string>> = {
  lstmCell: 'LSTM C',
  lstmHidden: 'LSTM h',
  gruHidden: 'GRU h',
};

const format = (value: number) => value.toFixed(3);

function curvesOf(lstm: PulseMemory, gru: PulseMemory): Record<PulseSeries, Float32Array> {
  return { lstmCell: lstm.cell ?? new Float32Array(), lstmHidden: lstm.hidden, gruHidden: gru.hidden };
}

/**
 * The three footprints over t as an SVG line chart, its legend and the sentence that describes it:
 * three areas of the plot's grid (MemoryPulsePlot.css), which sets them around the sliders.
 */
function PulseChart({ curves, lastStep }: { curves: Record<PulseSeries, Float32Array>; lastStep: number }) {
  const [language] = useShownLanguages();
  const titleId = useId();
  const summaryId = useId();
  const figureRef = useRef<HTMLElement>(null);
  const width = useElementWidth(figureRef, 640);
  const frame = useMemo(() => frameFor(width), [width]);
  const layout = useMemo(
    () =>
      pulsePlotLayout(
        PULSE_SERIES.map((series) => curves[series]),
        lastStep,
        frame,
        Math.max(2, Math.round((width - MARGIN.left - MARGIN.right) / PX_PER_TICK)),
      ),
    [curves, lastStep, frame, width],
  );
  const { plot, xTicks, yTicks, paths } = layout;
  const at = Math.min(SUMMARY_STEP, lastStep);
  const summary = fillText(memoryText.summary, {
    t: at,
    cell: format(curves.lstmCell[at] ?? 0),
    lstmHidden: format(curves.lstmHidden[at] ?? 0),
    gruHidden: format(curves.gruHidden[at] ?? 0),
  });
  return (
    <>
      <figure className="pulse-figure" ref={figureRef}>
        <svg
          className="pulse-chart"
          viewBox={`0 0 ${frame.width} ${frame.height}`}
          role="img"
          aria-labelledby={titleId}
          aria-describedby={summaryId}
        >
          <title id={titleId}>{memoryText.plotTitle[language]}</title>
          {yTicks.map(({ value, position }) => (
            <g key={`y${value}`} className="pulse-tick">
              <line x1={plot.left} x2={plot.right} y1={position} y2={position} />
              <text x={plot.left - 8} y={position} textAnchor="end" dominantBaseline="middle">
                {value.toFixed(1)}
              </text>
            </g>
          ))}
          {xTicks.map(({ value, position }) => (
            <g key={`x${value}`} className="pulse-tick">
              <line x1={position} x2={position} y1={plot.bottom} y2={plot.bottom + 5} />
              <text x={position} y={plot.bottom + 20} textAnchor="middle">
                {value}
              </text>
            </g>
          ))}
          <line className="pulse-axis" x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} />
          <line className="pulse-axis" x1={plot.left} x2={plot.left} y1={plot.top} y2={plot.bottom} />
          <text className="pulse-axis-label" x={(plot.left + plot.right) / 2} y={frame.height - 6} textAnchor="middle">
            {memoryText.timeAxis[language]}
          </text>
          {/* Level above the axis it names, not turned on its side: read as easily on a phone. */}
          <text className="pulse-axis-label" x={4} y={16}>
            {memoryText.footprintAxis[language]}
          </text>
          {PULSE_SERIES.map((series, index) => (
            <path
              key={series}
              className="pulse-line"
              d={paths[index]}
              stroke={PULSE_SERIES_STYLE[series].color}
              strokeDasharray={PULSE_SERIES_STYLE[series].dash || undefined}
              data-series={series}
            />
          ))}
        </svg>
      </figure>
      {/* On a phone the legend is compact (the lines' short names) and the sentence follows the sliders. */}
      <ul className="pulse-legend" aria-label={memoryText.legend[language]}>
        {PULSE_SERIES.map((series) => (
          <li key={series} data-short={SHORT_NAMES[series]}>
            <svg className="pulse-swatch" viewBox="0 0 36 10" aria-hidden="true">
              <line
                x1="1"
                x2="35"
                y1="5"
                y2="5"
                stroke={PULSE_SERIES_STYLE[series].color}
                strokeDasharray={PULSE_SERIES_STYLE[series].dash || undefined}
              />
            </svg>
            <span className="pulse-legend-name">
              <BilingualText text={SERIES_NAMES[series]} />
            </span>
          </li>
        ))}
      </ul>
      <p className="pulse-summary" id={summaryId}>
        <BilingualText text={summary} />
      </p>
    </>
  );
}

/** Every plotted value, for readers who cannot see the chart; built only while it is open. */
function PulseTable({ curves }: { curves: Record<PulseSeries, Float32Array> }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="pulse-table" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        <BilingualText text={memoryText.table} />
      </summary>
      {open && (
        <table>
          <caption>
            <BilingualText text={memoryText.tableCaption} />
          </caption>
          <thead>
            <tr>
              <th scope="col">
                <BilingualText text={memoryText.time} />
              </th>
              {PULSE_SERIES.map((series) => (
                <th key={series} scope="col">
                  <BilingualText text={SERIES_NAMES[series]} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from(curves.gruHidden, (_, t) => (
              <tr key={t}>
                <th scope="row">{t}</th>
                {PULSE_SERIES.map((series) => (
                  <td key={series}>{format(curves[series][t] ?? 0)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </details>
  );
}

/** "b_f (LSTM)" as the diagrams write it: b with a lowered f, then the model's name. */
function BiasLabel({ symbol, model }: { symbol: string; model: string }) {
  return (
    <span>
      {mathRuns(symbol).map((run, index) => (run.sub ? <sub key={index}>{run.text}</sub> : run.text))} ({model})
    </span>
  );
}

/** The bias shift of the "keep memory" button: the explorers' keeps-memory presets use the same. */
const KEEP_MEMORY_SHIFT = 4;

/**
 * The memory experiment: a pulse at t = 0, then zeros, through both models; its footprint in
 * the LSTM's C and h and the GRU's h over t, with the gate biases that decide it as sliders.
 */
export function MemoryPulsePlot() {
  const languages = useShownLanguages();
  const [language] = languages;
  const sectionRef = useRef<HTMLElement>(null);
  const lstmMemory = useComparisonStore((state) => state.lstmMemory);
  const gruMemory = useComparisonStore((state) => state.gruMemory);
  const steps = useComparisonStore((state) => state.steps);
  const pulse = useComparisonStore((state) => state.pulse);
  const forgetBiasShift = useComparisonStore((state) => state.forgetBiasShift);
  const updateBiasShift = useComparisonStore((state) => state.updateBiasShift);
  const setSteps = useComparisonStore((state) => state.setSteps);
  const setPulse = useComparisonStore((state) => state.setPulse);
  const setForgetBiasShift = useComparisonStore((state) => state.setForgetBiasShift);
  const setUpdateBiasShift = useComparisonStore((state) => state.setUpdateBiasShift);
  const curves = useMemo(
    () => (lstmMemory && gruMemory ? curvesOf(lstmMemory, gruMemory) : undefined),
    [lstmMemory, gruMemory],
  );
  const shift = COMPARISON_LIMITS.biasShift;
  // The chart as shown at the click, with its legend (HTML on the page) drawn under it.
  const figure = (): FigureRequest | undefined => {
    const root = sectionRef.current?.querySelector('.pulse-figure');
    if (!root) return undefined;
    const shown = languages.filter((shownLanguage) => shownLanguage !== undefined);
    return {
      source: {
        root,
        caption: captionLines(shown, (language) => memoryText.heading[language]),
        legend: PULSE_SERIES.map((series) => ({
          color: PULSE_SERIES_STYLE[series].color,
          dash: PULSE_SERIES_STYLE[series].dash || undefined,
          label: inShownLanguages(SERIES_NAMES[series], shown),
        })),
      },
      nameParts: ['compare', 'memory'],
    };
  };
  return (
    <section
      ref={sectionRef}
      id="plot"
      data-section
      className="panel-card memory-pulse"
      aria-labelledby="compare-memory"
    >
      <div className="pulse-head figure-head">
        <h3 id="compare-memory">
          <BilingualText text={memoryText.heading} />
        </h3>
        <FigureExport figure={figure} />
      </div>
      {/* The chart and its sliders first, so both share the first screen; the words under them. */}
      <div className="pulse-layout">
        {curves ? (
          <PulseChart curves={curves} lastStep={curves.gruHidden.length - 1} />
        ) : (
          <p className="pulse-loading" role="status">
            <BilingualText text={commonText.loading} />
          </p>
        )}
        <fieldset className="control-panel pulse-controls">
          <legend>
            <BilingualText text={memoryText.controls} />
          </legend>
          {/* One click for a class: +4 makes f and z about 0.98 for every unit, as the explorers' presets do. */}
          <div className="pulse-presets">
            {(
              [
                [memoryText.keepMemory, KEEP_MEMORY_SHIFT],
                [memoryText.resetBiases, 0],
              ] as const
            ).map(([label, shift]) => (
              <button
                key={shift}
                type="button"
                className="action-button"
                aria-pressed={forgetBiasShift === shift && updateBiasShift === shift}
                onClick={() => {
                  setForgetBiasShift(shift);
                  setUpdateBiasShift(shift);
                }}
              >
                <BilingualText text={label} />
              </button>
            ))}
          </div>
          <ValueSlider
            label={<BiasLabel symbol={gateSymbols(LSTM_NOTATION.gate.forget).bias} model="LSTM" />}
            accessibleName={withTerms(memoryText.forgetShift)[language]}
            value={forgetBiasShift}
            min={shift.min}
            max={shift.max}
            step={0.1}
            onChange={setForgetBiasShift}
          />
          <ValueSlider
            label={<BiasLabel symbol={gateSymbols(GRU_NOTATION.gate.update).bias} model="GRU" />}
            accessibleName={withTerms(memoryText.updateShift)[language]}
            value={updateBiasShift}
            min={shift.min}
            max={shift.max}
            step={0.1}
            onChange={setUpdateBiasShift}
          />
          <ValueSlider
            label="x₀"
            accessibleName={memoryText.pulse[language]}
            value={pulse}
            min={COMPARISON_LIMITS.pulse.min}
            max={COMPARISON_LIMITS.pulse.max}
            step={0.1}
            onChange={setPulse}
          />
          <ValueSlider
            label={<BilingualText text={memoryText.steps} />}
            labelAbove
            format={String}
            value={steps}
            min={COMPARISON_LIMITS.steps.min}
            max={COMPARISON_LIMITS.steps.max}
            step={1}
            onChange={setSteps}
          />
        </fieldset>
      </div>
      <BilingualParagraph text={memoryText.body} />
      <BilingualParagraph text={withTerms(memoryText.tryForget)} />
      <BilingualParagraph text={withTerms(memoryText.tryUpdate)} />
      {curves && <PulseTable curves={curves} />}
    </section>
  );
}
