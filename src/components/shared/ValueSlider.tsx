import { useId, type ReactNode } from 'react';
import './ValueSlider.css';

interface ValueSliderProps {
  /** Visible label: a symbol such as x₂ (the same in both languages), or words as a node. */
  label: ReactNode;
  /** Puts the label on its own row above the slider, for words rather than a symbol. */
  labelAbove?: boolean;
  /** How the value is shown and spoken; two decimals unless given. */
  format?: (value: number) => string;
  /** Accessible name when it should say more than the label, e.g. "input x, unit 2". */
  accessibleName?: string;
  value: number;
  min: number;
  max: number;
  step?: number;
  onChange: (value: number) => void;
}

/** A labelled range input with its value shown beside it; arrow keys, Home and End work as for any slider. */
export function ValueSlider({
  label,
  labelAbove = false,
  format = (shown) => shown.toFixed(2),
  accessibleName,
  value,
  min,
  max,
  step = 0.01,
  onChange,
}: ValueSliderProps) {
  const id = useId();
  return (
    <div className={labelAbove ? 'value-slider label-above' : 'value-slider'}>
      <label htmlFor={id}>{label}</label>
      {/* In a block of its own, so that the slider can be laid out alone (ValueSlider.css). */}
      <div className="value-slider-track">
        <input
          id={id}
          type="range"
          min={min}
          max={max}
          step={step}
          value={value}
          aria-label={accessibleName}
          aria-valuetext={format(value)}
          onChange={(event) => onChange(Number(event.currentTarget.value))}
        />
      </div>
      {/* The slider announces its own value (aria-valuetext); a live output would say it twice. The
          value in a block of its own, laid out alone as it changes (ValueSlider.css). */}
      <output htmlFor={id} aria-hidden="true">
        <span className="value-slider-readout">{format(value)}</span>
      </output>
    </div>
  );
}
