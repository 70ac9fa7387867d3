import { useLayoutEffect, type RefObject } from 'react';

/**
 * Keeps `data-more-below` on a box that scrolls vertically while part of its content is hidden
 * below, so CSS can show that there is more (a fade and an arrow at its foot). Watches the box's
 * scrolling and the size of the box and of its content, which changes from stage to stage.
 */
export function useMoreBelow(ref: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    const update = () => {
      const more = box.scrollTop + box.clientHeight < box.scrollHeight - 2;
      if (more !== box.hasAttribute('data-more-below')) box.toggleAttribute('data-more-below', more);
    };
    update();
    // jsdom has no ResizeObserver; every browser the app supports does.
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(update);
    observer.observe(box);
    for (const child of box.children) observer.observe(child);
    // The content is replaced when the stage changes: watch the new children too.
    const mutations = new MutationObserver(() => {
      for (const child of box.children) observer.observe(child);
      update();
    });
    mutations.observe(box, { childList: true });
    box.addEventListener('scroll', update, { passive: true });
    return () => {
      observer.disconnect();
      mutations.disconnect();
      box.removeEventListener('scroll', update);
    };
  }, [ref]);
}
