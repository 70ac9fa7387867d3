import { useEffect, useRef } from 'react';
import { flushSync } from 'react-dom';
import { WARM_UP_IDLE_MS, WARM_UP_RUNS, type WarmUp } from '../../store/warmUp';
import { whenIdleFor } from './afterFirstPaint';

/**
 * Once `ready` (the view has its first numbers), calls `warmUp(run)` for run 0 … WARM_UP_RUNS − 1,
 * each in an idle period of its own at least {@link WARM_UP_IDLE_MS} long, so none holds up a
 * click or makes a frame of a drag late. The first drag after the page opens otherwise runs code
 * V8 has not compiled yet, at two to four times its later cost, and drops frames (bench:web's
 * "first drag since the page loaded"). A store that rehearses (see WarmUp) has its moved state
 * rendered, then its own state rendered again, in the same task: React's update code and the
 * view's components run as a drag runs them, and no frame is painted in between.
 */
export function useWarmUpWhenIdle(ready: boolean, warmUp: WarmUp): void {
  const started = useRef(false);
  useEffect(() => {
    if (!ready || started.current) return;
    started.current = true;
    const runFrom = (run: number) => {
      if (run === WARM_UP_RUNS) return;
      const restore = flushSync(() => warmUp(run));
      if (restore) flushSync(restore);
      whenIdleFor(WARM_UP_IDLE_MS, () => runFrom(run + 1));
    };
    whenIdleFor(WARM_UP_IDLE_MS, () => runFrom(0));
  }, [ready, warmUp]);
}
