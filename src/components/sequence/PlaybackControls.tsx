import { useId, type CSSProperties } from 'react';
import { timelineText } from '../../content/sequence/sequence';
import { PLAYBACK_SPEEDS } from '../../store/sequence/sequenceSettings';
import { sequenceStore, useSequenceStore } from '../../store/sequence/sequenceStore';
import { BilingualText } from '../shared/BilingualText';
import { fillText } from '../shared/fillText';
import { usePlayback, usePlaybackSteps } from './usePlayback';
import { useShownLanguages } from '../shared/useShownLanguages';
import './PlaybackControls.css';

/** A bar and a triangle pointing at it: jump to the first (or last) step. Drawn, since not every font has ⏮. */
function JumpIcon({ toEnd }: { toEnd: boolean }) {
  return (
    <svg className="jump-icon" viewBox="0 0 16 16" aria-hidden="true">
      <g transform={toEnd ? undefined : 'matrix(-1 0 0 1 16 0)'}>
        <path d="M3 3 L11 8 L3 13 Z" />
        <rect x={11.5} y={3} width={2} height={10} />
      </g>
    </svg>
  );
}

/** Play / pause, step, jump, speed and a scrubber over the sequence's time steps. */
export function PlaybackControls() {
  const [language] = useShownLanguages();
  const scrubId = useId();
  const speedId = useId();
  const t = useSequenceStore((state) => state.t);
  const steps = useSequenceStore((state) => state.steps);
  const playing = useSequenceStore((state) => state.playing);
  const speed = useSequenceStore((state) => state.speed);
  // Actions never change, so reading them once does not subscribe to anything.
  const { play, pause, stepBy, goToStep, setSpeed } = sequenceStore.getState();
  usePlayback(playing);
  usePlaybackSteps();
  const last = steps - 1;
  return (
    <div className="playback-controls">
      <div className="playback-buttons">
        <button
          type="button"
          className="action-button"
          aria-label={timelineText.first[language]}
          title={timelineText.first[language]}
          onClick={() => goToStep(0)}
          disabled={t === 0}
        >
          <JumpIcon toEnd={false} />
        </button>
        {/* The arrows of the keys that step: ← and →. Named by aria-label, shown by title. */}
        <button
          type="button"
          className="action-button playback-arrow"
          aria-label={timelineText.stepBack[language]}
          title={timelineText.stepBack[language]}
          onClick={() => stepBy(-1)}
          disabled={t === 0}
        >
          <span aria-hidden="true">←</span>
        </button>
        <button
          type="button"
          className="action-button playback-play"
          aria-pressed={playing}
          onClick={() => (playing ? pause() : play())}
        >
          <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span>{' '}
          <BilingualText text={playing ? timelineText.pause : timelineText.play} />
        </button>
        <button
          type="button"
          className="action-button playback-arrow"
          aria-label={timelineText.stepForward[language]}
          title={timelineText.stepForward[language]}
          onClick={() => stepBy(1)}
          disabled={t === last}
        >
          <span aria-hidden="true">→</span>
        </button>
        <button
          type="button"
          className="action-button"
          aria-label={timelineText.last[language]}
          title={timelineText.last[language]}
          onClick={() => goToStep(last)}
          disabled={t === last}
        >
          <JumpIcon toEnd />
        </button>
      </div>
      <div className="playback-speed">
        <label htmlFor={speedId}>
          <BilingualText text={timelineText.speed} />
        </label>
        <select id={speedId} value={speed} onChange={(event) => setSpeed(Number(event.currentTarget.value))}>
          {PLAYBACK_SPEEDS.map((option) => (
            <option key={option} value={option}>
              {fillText(timelineText.perSecond, { count: option })[language]}
            </option>
          ))}
        </select>
      </div>
      <div className="playback-scrub">
        <label htmlFor={scrubId}>
          <BilingualText text={timelineText.scrub} />
        </label>
        <input
          id={scrubId}
          className="playback-range"
          style={{ '--filled': `${last > 0 ? (t / last) * 100 : 0}%` } as CSSProperties}
          type="range"
          min={0}
          max={last}
          step={1}
          value={t}
          aria-valuetext={fillText(timelineText.stepOf, { t, last })[language]}
          onChange={(event) => goToStep(Number(event.currentTarget.value))}
        />
        <output htmlFor={scrubId} className="playback-step" aria-live="off">
          <BilingualText text={fillText(timelineText.stepOf, { t, last })} />
        </output>
      </div>
    </div>
  );
}
