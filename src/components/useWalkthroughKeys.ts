import { useEffect } from 'react';

/** True when a key press belongs to a control that uses arrows itself (sliders, fields, menus). */
export function typingInto(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName);
}

/**
 * Steps the walkthrough from the keyboard anywhere on the page: → and Page Down forward, ← and
 * Page Up back, as a presentation clicker sends them. Keys typed into a slider or field stay there.
 */
export function useWalkthroughKeys(next: () => void, previous: () => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || typingInto(event.target)) return;
      if (event.key === 'ArrowRight' || event.key === 'PageDown') next();
      else if (event.key === 'ArrowLeft' || event.key === 'PageUp') previous();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [next, previous]);
}
