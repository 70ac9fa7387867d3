import { useLayoutEffect } from 'react';

const heightOf = (element: HTMLElement) => element.offsetHeight;

/**
 * Publishes a length measured on `ref`'s element as the CSS variable `name` on `:root` (in px),
 * kept up to date as the element or the window changes size, and removed on unmount. Set before
 * the first paint, so what sizes itself by it never jumps. `measure` defaults to the element's
 * height; pass a function defined outside the component, or the variable is republished on
 * every render.
 */
export function usePublishedLength(
  ref: React.RefObject<HTMLElement | null>,
  name: `--${string}`,
  measure: (element: HTMLElement) => number = heightOf,
): void {
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const root = document.documentElement;
    const publish = () => root.style.setProperty(name, `${Math.round(measure(element))}px`);
    publish();
    window.addEventListener('resize', publish);
    // jsdom has no ResizeObserver; every browser the app supports does.
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(publish);
    observer?.observe(element);
    return () => {
      observer?.disconnect();
      window.removeEventListener('resize', publish);
      root.style.removeProperty(name);
    };
  }, [ref, name, measure]);
}
