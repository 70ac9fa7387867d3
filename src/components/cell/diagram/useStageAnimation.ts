import { useEffect, useRef, useState } from 'react';
import { useReducedMotion } from '../../shared/useReducedMotion';

/**
 * Progress 0 … 1 of a flow animation that restarts whenever `key` changes (not on first render).
 * One requestAnimationFrame clock, local to the component: frames never go through the store.
 * With prefers-reduced-motion it is always 1, so every change is instant.
 */
export function useStageAnimation(key: string, durationMs: number): number {
  const reduced = useReducedMotion();
  const [frame, setFrame] = useState({ key, progress: 1 });
  const shownKey = useRef(key);

  useEffect(() => {
    if (reduced || shownKey.current === key) return;
    shownKey.current = key;
    let start: number | undefined;
    let handle = requestAnimationFrame(function tick(now) {
      start ??= now;
      const progress = Math.min(1, (now - start) / durationMs);
      setFrame({ key, progress });
      if (progress < 1) handle = requestAnimationFrame(tick);
    });
    return () => {
      cancelAnimationFrame(handle);
      // An interrupted animation must not leave the picture half drawn.
      setFrame({ key, progress: 1 });
    };
  }, [key, durationMs, reduced]);

  if (reduced) return 1;
  return frame.key === key ? frame.progress : 0;
}
