import { useCallback, useEffect, useRef, type RefObject } from 'react';
import { revealInView } from '../shared/revealInView';
import { useReducedMotion } from '../shared/useReducedMotion';

/** How soon after a move its stage is drawn (at once; the margin is for a busy phone). */
const MOVE_TO_STAGE_MS = 1000;

/**
 * The phone's drawing runs top to bottom, taller than the screen: after the reader moves to
 * another stage (Next, Previous, Play, the keys), the page scrolls, smoothly unless the reader
 * asks for less motion, until the stage's lit parts are between the walkthrough bar and the
 * course's dock; where they are already, it stays put. A stage set otherwise (a link, the course,
 * whose ring reveals the same parts) and a slider never scroll. The wide drawing, which fits its
 * screen, never scrolls either. `stage` is the current stage; `box` holds the diagram. Returns
 * `next` and `previous` as the reader's moves, which scroll.
 */
export function useRevealStage(
  box: RefObject<HTMLElement | null>,
  stage: number,
  next: () => void,
  previous: () => void,
): { onNext: () => void; onPrevious: () => void } {
  const reducedMotion = useReducedMotion();
  // When the reader last moved the stage: a move that changed nothing (Next at the last stage)
  // must not make a later change scroll.
  const movedAt = useRef(Number.NEGATIVE_INFINITY);
  useEffect(() => {
    if (performance.now() - movedAt.current > MOVE_TO_STAGE_MS) return;
    movedAt.current = Number.NEGATIVE_INFINITY;
    const diagram = box.current?.querySelector('.cell-diagram[data-layout="narrow"]');
    if (diagram) revealInView([diagram], reducedMotion ? 'auto' : 'smooth', 'nearest');
  }, [box, stage, reducedMotion]);
  const onNext = useCallback(() => {
    movedAt.current = performance.now();
    next();
  }, [next]);
  const onPrevious = useCallback(() => {
    movedAt.current = performance.now();
    previous();
  }, [previous]);
  return { onNext, onPrevious };
}
