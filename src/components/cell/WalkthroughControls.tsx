import { useEffect, useState } from 'react';
import { commonText } from '../../content/commonText';
import { BilingualText } from '../shared/BilingualText';
import { fillText } from '../shared/fillText';
import { useViewSteps } from '../shared/useViewSteps';
import './WalkthroughControls.css';

/** How long Play stays on each stage: long enough to read the formula aloud. */
export const PLAY_INTERVAL_MS = 3000;

interface WalkthroughControlsProps {
  stage: number;
  total: number;
  onNext: () => void;
  onPrevious: () => void;
}

/**
 * Previous / Next / Play for the stages, which the page's key map steps too (→, Page Down, Space;
 * P plays); Play stops at the last stage.
 */
export function WalkthroughControls({ stage, total, onNext, onPrevious }: WalkthroughControlsProps) {
  const [playRequested, setPlayRequested] = useState(false);
  const atEnd = stage >= total - 1;
  // Reaching the last stage, by Play or by hand, ends playing.
  const playing = playRequested && !atEnd;
  useViewSteps({ next: onNext, previous: onPrevious, play: () => setPlayRequested(!playing && !atEnd) });
  useEffect(() => {
    if (!playing) return;
    const timer = setTimeout(() => {
      if (stage + 1 >= total - 1) setPlayRequested(false);
      onNext();
    }, PLAY_INTERVAL_MS);
    return () => clearTimeout(timer);
  }, [playing, stage, total, onNext]);
  return (
    <div className="walkthrough-controls">
      <button type="button" className="action-button" onClick={onPrevious} disabled={stage === 0}>
        <span aria-hidden="true">←</span>{' '}
        <span className="walkthrough-label">
          <BilingualText text={commonText.previous} />
        </span>
      </button>
      <button
        type="button"
        className="action-button"
        onClick={() => setPlayRequested(!playing)}
        aria-pressed={playing}
        disabled={atEnd && !playing}
      >
        <svg className="walkthrough-icon" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
          <path d={playing ? 'M2 1h3v10H2zM7 1h3v10H7z' : 'M2 1l9 5-9 5z'} />
        </svg>{' '}
        <span className="walkthrough-label">
          <BilingualText text={playing ? commonText.pause : commonText.play} />
        </span>
      </button>
      <button type="button" className="action-button" onClick={onNext} disabled={atEnd}>
        <span className="walkthrough-label">
          <BilingualText text={commonText.next} />
        </span>{' '}
        <span aria-hidden="true">→</span>
      </button>
      <p className="stage-count" aria-live="polite">
        {/* A phone shows the count as "2/6" (WalkthroughControls.css); it is read in words everywhere. */}
        <span className="stage-count-words">
          <BilingualText text={fillText(commonText.stageOf, { stage: stage + 1, total })} />
        </span>
        <span className="stage-count-short" aria-hidden="true">
          {stage + 1}/{total}
        </span>
      </p>
    </div>
  );
}
