import { useId, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { inputSketchText } from '../../content/sequence/sequenceInputs';
import { INPUT_LIMIT } from '../../model';
import { divergingColor } from '../../viz/colors';
import { BilingualText } from '../shared/BilingualText';
import { fillText } from '../shared/fillText';
import { useShownLanguages } from '../shared/useShownLanguages';
import './InputSketch.css';

/** One drawn value: x_t[feature] of the shown sequence at step `t`. */
export interface SketchPoint {
  t: number;
  value: number;
}

/** The chart's coordinate system (SVG viewBox units); the chart scales to its container's width. */
export const SKETCH_FRAME = { width: 360, height: 150, margin: { top: 8, right: 8, bottom: 26, left: 30 } } as const;

const PLOT = {
  left: SKETCH_FRAME.margin.left,
  right: SKETCH_FRAME.width - SKETCH_FRAME.margin.right,
  top: SKETCH_FRAME.margin.top,
  bottom: SKETCH_FRAME.height - SKETCH_FRAME.margin.bottom,
};

const KEY_STEP = 0.1;
const SHIFT_KEY_STEP = 0.5;

const clampValue = (value: number) => Math.max(-INPUT_LIMIT, Math.min(INPUT_LIMIT, value));
// Two decimals: finer than a pointer can aim, and what the sliders elsewhere show.
const rounded = (value: number) => Math.round(value * 100) / 100;
const yOf = (value: number) => PLOT.top + ((INPUT_LIMIT - value) / (2 * INPUT_LIMIT)) * (PLOT.bottom - PLOT.top);
const format = (value: number) => {
  const text = value.toFixed(2);
  return text === '-0.00' ? '0.00' : text.replace('-', '−');
};

/** The step and value under a point of the chart, in viewBox units. */
function pointAt(x: number, y: number, steps: number): SketchPoint {
  const band = (PLOT.right - PLOT.left) / steps;
  const t = Math.max(0, Math.min(steps - 1, Math.floor((x - PLOT.left) / band)));
  const value = INPUT_LIMIT - ((y - PLOT.top) / (PLOT.bottom - PLOT.top)) * 2 * INPUT_LIMIT;
  return { t, value: rounded(clampValue(value)) };
}

/**
 * The steps a stroke from `from` to `to` crosses, `from` itself excluded, each valued on the
 * straight line between them: pointer events come every few pixels, so a quick drag would
 * otherwise skip steps.
 */
function strokeBetween(from: SketchPoint, to: SketchPoint): SketchPoint[] {
  if (from.t === to.t) return [to];
  const direction = Math.sign(to.t - from.t);
  const points: SketchPoint[] = [];
  for (let t = from.t + direction; t !== to.t + direction; t += direction) {
    const share = (t - from.t) / (to.t - from.t);
    points.push({ t, value: rounded(from.value + (to.value - from.value) * share) });
  }
  return points;
}

interface InputSketchProps {
  /** x_t[feature] of the shown sequence for t = 0 … L − 1, within ±3. */
  values: readonly number[];
  /** The step the view shows, shaded. */
  shownStep: number;
  /** Which x[:, b, f] this is, for its name. */
  batch: number;
  feature: number;
  /** The steps a stroke or key press set; called once per pointer move or key. */
  onDraw: (points: SketchPoint[]) => void;
}

/**
 * A bar per step of x_t[f] over t, drawn on by dragging across it, or from the keyboard as a
 * slider whose arrow keys pick a step (← →) and change its value (↑ ↓).
 */
export function InputSketch({ values, shownStep, batch, feature, onDraw }: InputSketchProps) {
  const [language] = useShownLanguages();
  const hintId = useId();
  const [picked, setPicked] = useState(shownStep);
  const stroke = useRef<SketchPoint | undefined>(undefined);
  const steps = values.length;
  const chosen = Math.min(picked, steps - 1);
  const band = (PLOT.right - PLOT.left) / steps;
  const zero = yOf(0);

  const pointerPoint = (event: PointerEvent<SVGSVGElement>): SketchPoint | undefined => {
    const box = event.currentTarget.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return undefined;
    // The chart keeps its aspect ratio, so screen pixels map linearly onto viewBox units.
    const x = ((event.clientX - box.left) / box.width) * SKETCH_FRAME.width;
    const y = ((event.clientY - box.top) / box.height) * SKETCH_FRAME.height;
    return pointAt(x, y, steps);
  };

  const startStroke = (event: PointerEvent<SVGSVGElement>) => {
    if (event.button !== 0) return;
    const point = pointerPoint(event);
    if (!point) return;
    // Capture keeps the stroke ours when the finger or mouse leaves the chart mid-drag.
    event.currentTarget.setPointerCapture(event.pointerId);
    stroke.current = point;
    setPicked(point.t);
    onDraw([point]);
  };

  const continueStroke = (event: PointerEvent<SVGSVGElement>) => {
    const from = stroke.current;
    if (!from) return;
    const point = pointerPoint(event);
    // Each draw re-runs the whole network, so a pointer that moved without changing anything draws nothing.
    if (!point || (point.t === from.t && point.value === from.value)) return;
    stroke.current = point;
    setPicked(point.t);
    onDraw(strokeBetween(from, point));
  };

  const endStroke = () => {
    stroke.current = undefined;
  };

  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    const change = event.shiftKey ? SHIFT_KEY_STEP : KEY_STEP;
    const moves: Record<string, () => void> = {
      ArrowLeft: () => setPicked(Math.max(0, chosen - 1)),
      ArrowRight: () => setPicked(Math.min(steps - 1, chosen + 1)),
      Home: () => setPicked(0),
      End: () => setPicked(steps - 1),
      ArrowUp: () => onDraw([{ t: chosen, value: rounded(clampValue((values[chosen] ?? 0) + change)) }]),
      ArrowDown: () => onDraw([{ t: chosen, value: rounded(clampValue((values[chosen] ?? 0) - change)) }]),
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    move();
  };

  const chosenValue = values[chosen] ?? 0;
  return (
    <figure className="input-sketch-figure">
      <svg
        className="input-sketch"
        viewBox={`0 0 ${SKETCH_FRAME.width} ${SKETCH_FRAME.height}`}
        tabIndex={0}
        role="slider"
        aria-label={fillText(inputSketchText.name, { b: batch, feature })[language]}
        aria-describedby={hintId}
        aria-orientation="vertical"
        aria-valuemin={-INPUT_LIMIT}
        aria-valuemax={INPUT_LIMIT}
        aria-valuenow={rounded(chosenValue)}
        aria-valuetext={
          fillText(inputSketchText.value, { t: chosen, last: steps - 1, value: format(chosenValue) })[language]
        }
        onPointerDown={startStroke}
        onPointerMove={continueStroke}
        onPointerUp={endStroke}
        onPointerCancel={endStroke}
        onLostPointerCapture={endStroke}
        onKeyDown={onKeyDown}
      >
        <rect
          className="sketch-plot"
          x={PLOT.left}
          y={PLOT.top}
          width={PLOT.right - PLOT.left}
          height={PLOT.bottom - PLOT.top}
        />
        <rect
          className="sketch-shown-step"
          x={PLOT.left + Math.min(shownStep, steps - 1) * band}
          y={PLOT.top}
          width={band}
          height={PLOT.bottom - PLOT.top}
        />
        {[INPUT_LIMIT, 0, -INPUT_LIMIT].map((tick) => (
          <g key={tick} className={tick === 0 ? 'sketch-zero' : 'sketch-tick'}>
            <line x1={PLOT.left} x2={PLOT.right} y1={yOf(tick)} y2={yOf(tick)} />
            <text x={PLOT.left - 6} y={yOf(tick)} textAnchor="end" dominantBaseline="middle">
              {format(tick).replace('.00', '')}
            </text>
          </g>
        ))}
        {values.map((value, t) => (
          <g key={t} className="sketch-step" data-step={t}>
            <rect
              x={PLOT.left + t * band + band * 0.2}
              width={band * 0.6}
              y={Math.min(zero, yOf(value))}
              height={Math.abs(yOf(value) - zero)}
              fill={divergingColor(value, INPUT_LIMIT)}
            />
            <circle cx={PLOT.left + (t + 0.5) * band} cy={yOf(value)} r={Math.min(3, band * 0.35)} />
          </g>
        ))}
        <rect
          className="sketch-chosen"
          x={PLOT.left + chosen * band}
          y={PLOT.top}
          width={band}
          height={PLOT.bottom - PLOT.top}
        />
        <text className="sketch-axis" x={PLOT.left} y={SKETCH_FRAME.height - 8} textAnchor="start">
          0
        </text>
        <text className="sketch-axis" x={(PLOT.left + PLOT.right) / 2} y={SKETCH_FRAME.height - 8} textAnchor="middle">
          {inputSketchText.timeAxis[language]}
        </text>
        <text className="sketch-axis" x={PLOT.right} y={SKETCH_FRAME.height - 8} textAnchor="end">
          {steps - 1}
        </text>
      </svg>
      <figcaption>
        {/* Keys on a screen with a keyboard, what a finger does on a touch screen (base.css). */}
        <span id={hintId}>
          <span className="keyboard-hint">
            <BilingualText text={inputSketchText.hint} />
          </span>
          <span className="touch-hint">
            <BilingualText text={inputSketchText.touchHint} />
          </span>
        </span>{' '}
        <BilingualText text={fillText(inputSketchText.shownStep, { t: shownStep })} />
      </figcaption>
    </figure>
  );
}
