import { useLayoutEffect, type RefObject } from 'react';

/**
 * Keeps `--screen-top` on the element: where it starts on the page, in px. CSS sizes it to the
 * rest of the first screen with `100dvh − var(--screen-top)`, so it fits under whatever sits
 * above it (the page header is twice as tall side by side, and wraps differently per language).
 * Measured again when the page or the window changes size, never while a slider moves.
 */
export function useScreenTop(ref: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    let frame = 0;
    let shown = '';
    const measure = () => {
      const top = `${Math.max(0, Math.round(element.getBoundingClientRect().top + window.scrollY))}px`;
      if (top === shown) return;
      shown = top;
      element.style.setProperty('--screen-top', top);
    };
    const remeasure = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(measure);
    };
    measure();
    // jsdom has no ResizeObserver; every browser the app supports does.
    if (typeof ResizeObserver === 'undefined') return;
    // What sits above changes the body's size too: the header's rows, the language, the tour's dock.
    const observer = new ResizeObserver(remeasure);
    observer.observe(document.body);
    window.addEventListener('resize', remeasure);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
      window.removeEventListener('resize', remeasure);
    };
  }, [ref]);
}
