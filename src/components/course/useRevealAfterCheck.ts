import { useEffect, useRef, useState } from 'react';
import { useReducedMotion } from '../shared/useReducedMotion';

/** Room kept between what is revealed and the edge of its scrolling box. */
const MARGIN = 8;

/** The nearest ancestor of `element` that scrolls up and down (the dock's body). */
function scrollerOf(element: HTMLElement): HTMLElement | undefined {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node);
    if ((overflowY === 'auto' || overflowY === 'scroll') && node.scrollHeight > node.clientHeight) return node;
  }
  return undefined;
}

/**
 * Scrolls `element` into view inside its scrolling box, and only there (the dock is fixed, the
 * page behind it stays put): all of it when it fits, otherwise its top.
 */
export function revealInScroller(element: HTMLElement, behavior: ScrollBehavior): void {
  const scroller = scrollerOf(element);
  if (!scroller) return;
  const view = scroller.getBoundingClientRect();
  const box = element.getBoundingClientRect();
  let by = Math.max(0, box.bottom - (view.bottom - MARGIN));
  if (box.top - by < view.top + MARGIN) by = box.top - (view.top + MARGIN);
  if (Math.abs(by) >= 1) scroller.scrollBy({ top: by, behavior });
}

/**
 * After a check, the answer's verdict appears below the question, often below the fold of the
 * dock's body: "Check" would seem to do nothing. `reveal(find)` scrolls what `find` returns (the
 * verdict, once the check's render is on screen) into view within the dock.
 */
export function useRevealAfterCheck(): (find: () => HTMLElement | null | undefined) => void {
  const reducedMotion = useReducedMotion();
  const finder = useRef<() => HTMLElement | null | undefined>(() => undefined);
  const [requests, setRequests] = useState(0);
  // Only a new check reveals; a change of motion preference in between does not scroll.
  const handled = useRef(0);
  useEffect(() => {
    if (requests === handled.current) return;
    handled.current = requests;
    const element = finder.current();
    if (element) revealInScroller(element, reducedMotion ? 'auto' : 'smooth');
  }, [requests, reducedMotion]);
  return (find) => {
    finder.current = find;
    setRequests((count) => count + 1);
  };
}
