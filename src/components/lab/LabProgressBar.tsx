import { labText } from '../../content/lab/lab';
import { useLabStore } from '../../store/lab/labStore';
import { BilingualText } from '../shared/BilingualText';
import { fillText } from '../shared/fillText';
import { useShownLanguages } from '../shared/useShownLanguages';

/** Steps done of the target, steps per second and the time left while training; what the trainer is doing otherwise. */
export function LabProgressBar() {
  const [language] = useShownLanguages();
  const phase = useLabStore((state) => state.phase);
  const error = useLabStore((state) => state.error);
  const step = useLabStore((state) => state.step);
  const target = useLabStore((state) => state.targetSteps);
  const speed = useLabStore((state) => state.stepsPerSecond);
  const running = useLabStore((state) => state.status === 'running');
  const backend = useLabStore((state) => state.backend);
  const shownStep = Math.min(step, target);
  const secondsLeft = running && speed > 0 ? Math.ceil(Math.max(0, target - step) / speed) : undefined;
  return (
    <div className="lab-progress">
      <progress
        max={target}
        value={shownStep}
        aria-label={labText.progress[language]}
        aria-valuetext={fillText(labText.stepOf, { step, target })[language]}
      />
      <p className="lab-progress-numbers" aria-live="off">
        <span data-testid="lab-step">
          <BilingualText text={fillText(labText.stepOf, { step, target })} />
        </span>
        {running && (
          <>
            {' · '}
            <BilingualText text={fillText(labText.speed, { speed: speed.toFixed(1) })} />
          </>
        )}
        {secondsLeft !== undefined && (
          <>
            {' · '}
            <BilingualText text={fillText(labText.timeLeft, { seconds: secondsLeft })} />
          </>
        )}
      </p>
      {phase === 'starting' && (
        <p className="lab-status">
          <BilingualText text={labText.starting} />
        </p>
      )}
      {error && (
        <p className="lab-status lab-error" role="alert">
          <BilingualText text={fillText(labText.failed, { reason: error })} />
        </p>
      )}
      {!running && step >= target && (
        <p className="lab-status">
          <BilingualText text={labText.done} />
        </p>
      )}
      {backend && (
        <p className="lab-status lab-backend">
          <BilingualText text={labText.backend} /> <code>{backend}</code>
        </p>
      )}
    </div>
  );
}
