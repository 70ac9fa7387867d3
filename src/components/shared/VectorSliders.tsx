import { useState, type ReactNode } from 'react';
import type { Bilingual } from '../../content/bilingual';
import { BilingualText } from './BilingualText';
import { useShownLanguages } from './useShownLanguages';
import { ValueSlider } from './ValueSlider';
import './VectorSliders.css';

/** Above this many components one slider with a component picker replaces a slider each. */
export const MAX_SLIDERS_SHOWN = 8;

interface VectorSlidersProps {
  legend: Bilingual;
  /** Name for screen readers, e.g. "input x" (a slider then reads "input x, unit 2"). */
  name: Bilingual;
  /** Symbol before the subscript in each label: x, h, C; the index is a real subscript, as in the diagrams. */
  symbol: string;
  values: readonly number[];
  range: { min: number; max: number };
  onChange: (index: number, value: number) => void;
  /** The part of the view a tour step can point at (`data-tour`). */
  tourTarget?: string;
  /** A line under the sliders, e.g. how else the values can be changed. */
  hint?: ReactNode;
}

/**
 * A slider for each component of a vector; at the course's sizes (50 or 100 components) one
 * slider and a picker for the component, so the panel stays short.
 */
export function VectorSliders({ legend, name, symbol, values, range, onChange, tourTarget, hint }: VectorSlidersProps) {
  const [language] = useShownLanguages();
  const [picked, setPicked] = useState(0);
  const compact = values.length > MAX_SLIDERS_SHOWN;
  const shown = compact ? [Math.min(picked, values.length - 1)] : values.map((_, index) => index);
  return (
    <fieldset className="control-panel vector-sliders" data-tour={tourTarget}>
      <legend>
        <BilingualText text={legend} />
      </legend>
      {compact && (
        <label className="component-picker">
          {symbol}
          <sub>i</sub>, i ={' '}
          <input
            type="number"
            min={0}
            max={values.length - 1}
            value={shown[0]}
            onChange={(event) => {
              const index = Number(event.currentTarget.value);
              if (Number.isInteger(index) && index >= 0 && index < values.length) setPicked(index);
            }}
          />
        </label>
      )}
      {shown.map((index) => (
        <ValueSlider
          key={index}
          label={
            <>
              {symbol}
              <sub>{index}</sub>
            </>
          }
          accessibleName={`${name[language]}, ${index}`}
          value={values[index] ?? 0}
          min={range.min}
          max={range.max}
          onChange={(value) => onChange(index, value)}
        />
      ))}
      {hint && <p className="hint">{hint}</p>}
    </fieldset>
  );
}
