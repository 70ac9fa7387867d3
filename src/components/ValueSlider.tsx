import { useId } from 'react';
import './ValueSlider.css';

interface ValueSliderProps {
  /** Visible label, already in the reader's language (symbols such as x₂ read the same in both). */
  label: string;
  /** Accessible name when it should say more than the label, e.g. "input x, unit 2". */
  accessibleName?: string;
  value: number;
  min: number;
  max: number;
  step?: number;
  onChange: (value: number) => void;
}

/** A labelled range input with its value shown beside it; arrow keys, Home and End work as for any slider. */
export function ValueSlider({ label, accessibleName, value, min, max, step = 0.01, onChange }: ValueSliderProps) {
  const id = useId();
  return (
    <div className="value-slider">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="range"
        min={min}
        max={max}
        step={step}
        value={value}
        aria-label={accessibleName}
        aria-valuetext={value.toFixed(2)}
        onChange={(event) => onChange(Number(event.currentTarget.value))}
      />
      {/* The slider announces its own value (aria-valuetext); a live output would say it twice. */}
      <output htmlFor={id} aria-hidden="true">
        {value.toFixed(2)}
      </output>
    </div>
  );
}
