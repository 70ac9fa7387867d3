import { labText } from '../../content/lab/lab';
import { LAB_MAX_LENGTH, LAB_MIN_LENGTH, labStore, useLabStore } from '../../store/lab/labStore';
import { BilingualText } from '../shared/BilingualText';
import { ValueSlider } from '../shared/ValueSlider';
import { useShownLanguages } from '../shared/useShownLanguages';
import { LabProgressBar } from './LabProgressBar';

/** The sequence length, Start / Pause, One step, Reset, and the progress bar under them. */
export function LabControls() {
  const [language] = useShownLanguages();
  const length = useLabStore((state) => state.sequenceLength);
  const carryOpen = useLabStore((state) => state.carryOpen);
  const running = useLabStore((state) => state.status === 'running');
  const ready = useLabStore((state) => state.phase === 'ready');
  const lab = labStore.getState();
  return (
    <div className="lab-controls" role="group" aria-label={labText.controls[language]} data-tour="network">
      <ValueSlider
        label={<BilingualText text={labText.sequenceLength} />}
        labelAbove
        accessibleName={labText.sequenceLength[language]}
        format={(value) => String(value)}
        value={length}
        min={LAB_MIN_LENGTH}
        max={LAB_MAX_LENGTH}
        step={1}
        onChange={(value) => labStore.getState().setSequenceLength(value)}
      />
      <label className="lab-carry">
        <input
          type="checkbox"
          checked={carryOpen}
          onChange={(event) => labStore.getState().setCarryOpen(event.currentTarget.checked)}
        />{' '}
        <BilingualText text={labText.carryOpen} />
      </label>
      <div className="lab-buttons">
        <button
          type="button"
          className="action-button lab-start"
          disabled={!ready}
          onClick={() => (running ? lab.pause() : lab.start())}
        >
          <BilingualText text={running ? labText.pause : labText.start} />
        </button>
        <button type="button" className="action-button" disabled={!ready || running} onClick={() => lab.takeStep()}>
          <BilingualText text={labText.step} />
        </button>
        <button type="button" className="action-button" disabled={!ready} onClick={() => lab.reset()}>
          <BilingualText text={labText.reset} />
        </button>
      </div>
      <LabProgressBar />
    </div>
  );
}
