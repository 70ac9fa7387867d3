import { tourUiText } from '../../content/tour/tourUi';
import { useMemoryHoldReadout } from '../../store/tour/tourReadings';
import { BilingualText } from '../shared/BilingualText';
import { fillText } from '../shared/fillText';

/**
 * The "hold the memory" exercise's live numbers from the sequence view: as the student pushes the
 * forget bias up and the input bias down, f goes to 1, i to 0 and C stops moving away from C0.
 */
export function HoldMemoryReadout() {
  const readout = useMemoryHoldReadout();
  if (!readout) return null;
  return (
    <p className="exercise-readout" aria-live="polite">
      <BilingualText
        text={fillText(tourUiText.holdReadout, {
          forget: readout.meanForget.toFixed(3),
          input: readout.meanInput.toFixed(3),
          change: (readout.relativeChange * 100).toFixed(1),
        })}
      />
    </p>
  );
}
