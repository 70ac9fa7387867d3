import { useLayoutEffect, type RefObject } from 'react';

/**
 * Gives `box` a fixed height, its `content`'s, kept up to date by a ResizeObserver, and size and
 * layout containment (the attribute `data-held-height`, base.css: an attribute, which React leaves
 * alone, where it would drop a class it did not render). Chromium then lays a change inside the
 * box out alone instead of with every box up to the page's root: a formula's digits changing under
 * a drag laid the whole view out (2,000 objects, about 2 ms a frame) without it.
 *
 * `content` must be the box's only child, in its flow, and as wide as what it holds (at least the
 * box's width, more where it overflows): then its height plus the box's horizontal scrollbar, if
 * any, is the box's content height, and whatever could bring a scrollbar or take it away changes
 * the content's size, which the observer sees. The observer's callback runs after layout and
 * before paint, so a new height is laid out in the same frame: nothing jumps. Only the content is
 * observed: setting the box's height resizes the box, and observing that would loop. Where there
 * is no ResizeObserver (jsdom), the box is left as it is.
 */
export function useHeightHeldFromContent(
  box: RefObject<HTMLElement | null>,
  content: RefObject<HTMLElement | null>,
  enabled: boolean,
): void {
  useLayoutEffect(() => {
    const boxElement = box.current;
    const contentElement = content.current;
    if (!enabled || !boxElement || !contentElement || typeof ResizeObserver === 'undefined') return;
    const hold = (entries: ResizeObserverEntry[]) => {
      // The layout's own fractional height: a rounded one would move everything below by a
      // fraction of a pixel.
      const height = entries.at(-1)?.borderBoxSize[0]?.blockSize ?? contentElement.getBoundingClientRect().height;
      // offsetHeight − clientHeight: the horizontal scrollbar (the box has no border).
      const scrollbar = boxElement.offsetHeight - boxElement.clientHeight;
      boxElement.style.height = `${height + scrollbar}px`;
      boxElement.dataset.heldHeight = '';
    };
    const observer = new ResizeObserver(hold);
    observer.observe(contentElement);
    return () => {
      observer.disconnect();
      delete boxElement.dataset.heldHeight;
      boxElement.style.height = '';
    };
  }, [box, content, enabled]);
}
