import { useEffect, useRef } from 'react';
import { WARM_UP_RUNS } from '../../store/warmUp';
import { whenIdle } from './afterFirstPaint';

/**
 * Once `ready` (the view has its first numbers), calls `warmUp(run)` for run 0 … WARM_UP_RUNS − 1,
 * each in an idle callback of its own, so none holds up a click. The first drag after the page
 * opens otherwise runs code V8 has not compiled yet, at two to four times its later cost, and
 * drops frames (bench:web's "first drag since the page loaded"). The long timeout keeps the runs
 * out of a drag that started before the page was ever idle.
 */
export function useWarmUpWhenIdle(ready: boolean, warmUp: (run: number) => void): void {
  const started = useRef(false);
  useEffect(() => {
    if (!ready || started.current) return;
    started.current = true;
    const runFrom = (run: number) => {
      if (run === WARM_UP_RUNS) return;
      warmUp(run);
      whenIdle(() => runFrom(run + 1), WARM_UP_IDLE_TIMEOUT_MS);
    };
    whenIdle(() => runFrom(0), WARM_UP_IDLE_TIMEOUT_MS);
  }, [ready, warmUp]);
}

const WARM_UP_IDLE_TIMEOUT_MS = 10_000;
