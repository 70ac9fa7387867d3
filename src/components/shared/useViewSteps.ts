import { useEffect, useRef } from 'react';

/** What a view steps through, for the page's one key map: stages, time steps, sections. */
export interface ViewSteps {
  next: () => void;
  previous: () => void;
  first?: () => void;
  last?: () => void;
  /** Plays or pauses, where the view can play. */
  play?: () => void;
}

// The views that are mounted, latest last. Functions, not data, so they live here rather than in a
// store; the key map asks for the latest when a key arrives (there is one view at a time).
const mounted: ViewSteps[] = [];

/** The steps of the view showing, if it has registered any. */
export function shownViewSteps(): ViewSteps | undefined {
  return mounted.at(-1);
}

/**
 * Gives the page's key map this view's steps while the calling component is mounted. The latest
 * `steps` is used at each key press, so callers may pass a fresh object every render.
 */
export function useViewSteps(steps: ViewSteps): void {
  const latest = useRef(steps);
  useEffect(() => {
    latest.current = steps;
  });
  useEffect(() => {
    const call = (name: keyof ViewSteps) => () => latest.current[name]?.();
    const entry: ViewSteps = {
      next: call('next'),
      previous: call('previous'),
      first: call('first'),
      last: call('last'),
      play: call('play'),
    };
    mounted.push(entry);
    return () => void mounted.splice(mounted.indexOf(entry), 1);
  }, []);
}
