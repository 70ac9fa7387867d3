import {
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import type { Bilingual } from '../../content/bilingual';
import { timeHeatMapText } from '../../content/sequence/sequenceHeatMaps';
import { scaleStops, textColorOn, type ValueKind } from '../../viz/colors';
import { heatMapPixels } from '../../viz/heatMapPixels';
import { largestMagnitude } from '../../viz/timeSeries';
import { BilingualText } from '../shared/BilingualText';
import { fillTemplate, fillText } from '../shared/fillText';
import { useHeightHeldFromContent } from '../shared/useHeightHeldFromContent';
import { useShownLanguages } from '../shared/useShownLanguages';
import { formatValue } from '../shared/VectorStrip';
import './TimeHeatMap.css';

export interface TimeHeatMapProps {
  /** What the map shows, in both languages (a glossary term): "forget gate". */
  name: Bilingual;
  /** Its letter in the equations: "f", "g". */
  symbol: string;
  /** Its role colour (`ROLE_COLORS[role].base`), for the title chip and the frame. */
  color: string;
  /** 'selector' for gates in (0, 1); 'signed' for the candidate, C and h. */
  kind: ValueKind;
  /** For signed values that may leave [−1, 1] (C): the scale widens to the map's largest |value|. */
  widenScale?: boolean;
  /** The values laid out [t][unit], `steps · units` of them, as `gateOverTime` returns them. */
  values: Float32Array;
  steps: number;
  units: number;
  /** The time step shown, marked by the outlined column. */
  step: number;
  /** Called with the time step the reader picked: a click on its column, or Enter on the cursor. */
  onPickStep: (t: number) => void;
}

interface Cell {
  unit: number;
  t: number;
}

/** Where the pointer is over the map, and where its tooltip goes (px from the figure's corner). */
interface Hover extends Cell {
  x: number;
  y: number;
}

const ARROWS: Readonly<Record<string, Cell>> = {
  ArrowUp: { unit: -1, t: 0 },
  ArrowDown: { unit: 1, t: 0 },
  ArrowLeft: { unit: 0, t: -1 },
  ArrowRight: { unit: 0, t: 1 },
};

/** Rows fill about 240px, but never fall under 6px (still hittable) or grow past 18px (8 units stay compact). */
function rowHeight(units: number): number {
  return Math.max(6, Math.min(18, Math.floor(240 / Math.max(1, units))));
}

const clamp = (value: number, end: number) => Math.max(0, Math.min(end - 1, value));

/**
 * One quantity of one cell over time: rows are units, columns time steps. The cells are one
 * canvas, painted only when the values change; the current step and the keyboard cursor are
 * elements laid over it, so scrubbing through time repaints nothing.
 */
export function TimeHeatMap({
  name,
  symbol,
  color,
  kind,
  widenScale = false,
  values,
  steps,
  units,
  step,
  onPickStep,
}: TimeHeatMapProps) {
  const [language] = useShownLanguages();
  const figure = useRef<HTMLElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const hintId = useId();
  const [hover, setHover] = useState<Hover | undefined>(undefined);
  const [focused, setFocused] = useState(false);
  // The cursor's column follows the current step until the reader moves it with the keyboard.
  const [cursor, setCursor] = useState<{ unit: number; t?: number }>({ unit: 0 });
  const extent = useMemo(() => (widenScale ? Math.max(1, largestMagnitude(values)) : 1), [values, widenScale]);
  const pixels = useMemo(() => heatMapPixels(values, steps, units, kind, extent), [values, steps, units, kind, extent]);

  useEffect(() => {
    if (steps * units === 0) return;
    // jsdom, and browsers out of canvas memory, give no context: the map then still works by keyboard.
    const context = canvas.current?.getContext('2d');
    if (!context) return;
    const image = context.createImageData(steps, units);
    image.data.set(pixels);
    context.putImageData(image, 0, 0);
  }, [pixels, steps, units]);

  const shownCursor: Cell = { unit: clamp(cursor.unit, units), t: clamp(cursor.t ?? step, steps) };
  const describe = ({ unit, t }: Cell) =>
    fillText(timeHeatMapText.cell, { unit, t, value: formatValue(values[t * units + unit] ?? NaN, 3) });
  const label = `${name[language]} ${symbol}`;

  const cellAt = (event: MouseEvent<HTMLElement>): Cell | undefined => {
    const box = event.currentTarget.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return undefined;
    const t = Math.floor(((event.clientX - box.left) / box.width) * steps);
    const unit = Math.floor(((event.clientY - box.top) / box.height) * units);
    return t >= 0 && t < steps && unit >= 0 && unit < units ? { unit, t } : undefined;
  };
  const showTooltip = (event: MouseEvent<HTMLElement>) => {
    const cell = cellAt(event);
    const frame = figure.current?.getBoundingClientRect();
    setHover(cell && frame && { ...cell, x: event.clientX - frame.left, y: event.clientY - frame.top });
  };
  const pick = (cell: Cell) => {
    setCursor({ unit: cell.unit });
    onPickStep(cell.t);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const move = ARROWS[event.key];
    if (move) {
      setCursor({ unit: clamp(shownCursor.unit + move.unit, units), t: clamp(shownCursor.t + move.t, steps) });
    } else if (event.key === 'Home' || event.key === 'End') {
      setCursor({ unit: shownCursor.unit, t: event.key === 'Home' ? 0 : steps - 1 });
    } else if (event.key === 'Enter' || event.key === ' ') {
      pick(shownCursor);
    } else return;
    event.preventDefault();
  };

  const columnLeft = (t: number) => `${(t / steps) * 100}%`;
  return (
    <figure ref={figure} className="time-heat-map" style={{ '--role-color': color } as CSSProperties}>
      <figcaption className="time-heat-map-title">
        <span className="time-heat-map-chip" style={{ background: color, color: textColorOn(color) }}>
          {symbol}
        </span>
        <span>
          <BilingualText text={name} />
        </span>
      </figcaption>
      <div
        className="time-heat-map-scroll"
        role="group"
        tabIndex={0}
        aria-label={label}
        aria-describedby={hintId}
        onKeyDown={onKeyDown}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
      >
        <div
          className="time-heat-map-plot"
          style={{ '--steps': steps, '--units': units, '--row-height': `${rowHeight(units)}px` } as CSSProperties}
          onPointerMove={showTooltip}
          onPointerDown={showTooltip}
          onPointerLeave={() => setHover(undefined)}
          onClick={(event) => {
            const cell = cellAt(event);
            if (cell) pick(cell);
          }}
        >
          <canvas
            ref={canvas}
            width={steps}
            height={units}
            role="img"
            aria-label={fillTemplate(timeHeatMapText.picture[language], {
              name: name[language],
              symbol,
              units,
              steps,
            })}
          />
          <span
            className="time-heat-map-step"
            style={{ left: columnLeft(step), width: `${100 / steps}%` }}
            aria-hidden="true"
          />
          {focused && (
            <span
              className="time-heat-map-cursor"
              style={{
                left: columnLeft(shownCursor.t),
                top: `${(shownCursor.unit / units) * 100}%`,
                width: `${100 / steps}%`,
                height: `${100 / units}%`,
              }}
              aria-hidden="true"
            />
          )}
        </div>
      </div>
      {hover && (
        <span
          className={`time-heat-map-tooltip${hover.t >= steps / 2 ? ' is-left' : ''}`}
          style={{ left: hover.x, top: hover.y }}
          aria-hidden="true"
        >
          <BilingualText text={describe(hover)} stacked />
        </span>
      )}
      <span id={hintId} className="visually-hidden">
        {timeHeatMapText.keyboardHint[language]}
      </span>
      <p className="time-heat-map-readout" aria-live="polite">
        {focused && <BilingualText text={describe(shownCursor)} />}
      </p>
      <ScaleLegend kind={kind} extent={extent} widened={widenScale} lastUnit={units - 1} lastStep={steps - 1} />
    </figure>
  );
}

interface ScaleLegendProps {
  kind: ValueKind;
  extent: number;
  widened: boolean;
  lastUnit: number;
  lastStep: number;
}

/**
 * The colour scale's ends and gradient, what rows and columns are, and, for C, how far the scale
 * reaches. A drag of a bias changes the scale's reach on every input: the legend holds its height
 * (useHeightHeldFromContent) so that the new numbers are laid out alone, in a block of its own
 * (the figure is a flex box, whose items are never laid out alone).
 */
function ScaleLegend({ kind, extent, widened, lastUnit, lastStep }: ScaleLegendProps) {
  const box = useRef<HTMLDivElement>(null);
  const body = useRef<HTMLDivElement>(null);
  useHeightHeldFromContent(box, body, true);
  const gradient = scaleStops(kind)
    .map(([offset, stop]) => `${stop} ${offset * 100}%`)
    .join(', ');
  const digits = widened ? 2 : 0;
  const [low, high] = kind === 'selector' ? ['0', '1'] : [formatValue(-extent, digits), formatValue(extent, digits)];
  return (
    <div className="time-heat-map-legend-slot">
      <div ref={box}>
        <div ref={body} className="time-heat-map-legend">
          <div className="time-heat-map-scale" aria-hidden="true">
            <span>{low}</span>
            <span className="time-heat-map-gradient" style={{ background: `linear-gradient(to right, ${gradient})` }} />
            <span>{high}</span>
          </div>
          {widened && (
            <p>
              <BilingualText text={fillText(timeHeatMapText.scaleNote, { max: formatValue(extent, 2) })} />
            </p>
          )}
          <p>
            <BilingualText text={fillText(timeHeatMapText.axes, { lastUnit, lastStep })} />
          </p>
        </div>
      </div>
    </div>
  );
}
