import { speedText } from '../../content/compare/comparison';
import type { CellKind } from '../../model';
import type { SpeedMeasurement } from '../../store/compare/comparisonSpeed';
import { useComparisonStore } from '../../store/compare/comparisonStore';
import { useModelLayerStore } from '../../store/modelLayerStore';
import { PULSE_SERIES_STYLE } from '../../viz/pulsePlot';
import { BilingualParagraph } from '../shared/BilingualParagraph';
import { BilingualText } from '../shared/BilingualText';
import { fillText } from '../shared/fillText';
import { useShownLanguages } from '../shared/useShownLanguages';
import './StepTimeComparison.css';

/** Three significant digits: a timing is not more precise than that. */
const formatTime = (value: number) => value.toLocaleString('en-US', { maximumSignificantDigits: 3 });

// Each model's bar takes the colour of its h line in the memory plot.
const BAR_COLORS: Readonly<Record<CellKind, string>> = {
  LSTM: PULSE_SERIES_STYLE.lstmHidden.color,
  GRU: PULSE_SERIES_STYLE.gruHidden.color,
};

function SpeedBars({ speed }: { speed: SpeedMeasurement }) {
  const [language] = useShownLanguages();
  const times: [CellKind, number][] = [
    ['LSTM', speed.lstmMsPerStep],
    ['GRU', speed.gruMsPerStep],
  ];
  const slowest = Math.max(speed.lstmMsPerStep, speed.gruMsPerStep);
  return (
    <ul className="speed-bars" aria-label={speedText.times[language]}>
      {times.map(([kind, ms]) => (
        <li key={kind}>
          <span className="speed-model">{kind}</span>
          <span className="speed-track" aria-hidden="true">
            <span className="speed-bar" style={{ width: `${(100 * ms) / slowest}%`, background: BAR_COLORS[kind] }} />
          </span>
          <span className="speed-value">
            <BilingualText text={fillText(speedText.perStep, { ms: formatTime(ms) })} />
          </span>
        </li>
      ))}
    </ul>
  );
}

/** Times a step of each model here, on request, and says honestly what the numbers are. */
export function StepTimeComparison() {
  const ready = useModelLayerStore((state) => state.status.phase === 'ready');
  const status = useComparisonStore((state) => state.speedStatus);
  const progress = useComparisonStore((state) => state.speedProgress);
  const speed = useComparisonStore((state) => state.speed);
  const measureSpeed = useComparisonStore((state) => state.measureSpeed);
  const statusText =
    status === 'measuring'
      ? fillText(speedText.measuring, { percent: Math.round(100 * progress) })
      : status === 'idle'
        ? speedText.idle
        : undefined;
  return (
    <section id="speed" data-section className="panel-card step-time-comparison" aria-labelledby="compare-speed">
      <h3 id="compare-speed">
        <BilingualText text={speedText.heading} />
      </h3>
      <BilingualParagraph text={speedText.body} />
      <div className="speed-controls">
        <button
          type="button"
          className="action-button"
          disabled={!ready || status === 'measuring'}
          onClick={() => void measureSpeed()}
        >
          <BilingualText text={status === 'done' ? speedText.measureAgain : speedText.measure} />
        </button>
        <p role="status" className="speed-status">
          {statusText && <BilingualText text={statusText} />}
        </p>
      </div>
      {speed && (
        <>
          <SpeedBars speed={speed} />
          <BilingualParagraph
            text={fillText(speedText.ratio, { ratio: speed.gruToLstm.toFixed(2) })}
            className="speed-ratio"
          />
          <BilingualParagraph
            className="speed-note"
            text={fillText(speedText.honestNote, {
              runs: speed.runs,
              steps: speed.steps,
              sizes: `${speed.inputSize} → ${speed.hiddenSize}`,
            })}
          />
        </>
      )}
    </section>
  );
}
