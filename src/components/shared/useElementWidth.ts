import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The content-box width (px, rounded down) of `ref`'s element, kept up to date as it resizes;
 * measured before the first paint, so a drawing sized by it never jumps. `fallback` until then,
 * and where there is no ResizeObserver (jsdom).
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>, fallback: number): number {
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const { paddingLeft, paddingRight } = getComputedStyle(element);
      const inner = element.clientWidth - parseFloat(paddingLeft) - parseFloat(paddingRight);
      if (inner > 0) setWidth(Math.floor(inner));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
