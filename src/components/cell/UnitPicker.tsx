import { useId } from 'react';
import { commonText } from '../../content/commonText';
import { BilingualText } from '../shared/BilingualText';

interface UnitPickerProps {
  hiddenSize: number;
  focusedUnit: number;
  onFocusUnit: (unit: number) => void;
}

/** Which unit the formulas show (and the diagram outlines): 0 … H − 1, like a tensor's index. */
export function UnitPicker({ hiddenSize, focusedUnit, onFocusUnit }: UnitPickerProps) {
  const id = useId();
  return (
    <div className="unit-focus">
      <label htmlFor={id}>
        <BilingualText text={commonText.focusedUnit} />
      </label>
      <select id={id} value={focusedUnit} onChange={(event) => onFocusUnit(Number(event.currentTarget.value))}>
        {Array.from({ length: hiddenSize }, (_, unit) => (
          <option key={unit} value={unit}>
            {unit}
          </option>
        ))}
      </select>
    </div>
  );
}
