import { useEffect, useRef } from 'react';

/** True when a key press belongs to a control that uses arrows itself (sliders, fields, menus). */
export function typingInto(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName);
}

/**
 * Keys that act anywhere on the page (the walkthrough's stages, the sequence's playback, the
 * tour's steps). `handle` returns true for a key it used, which then does nothing else. Keys with
 * a modifier, already handled, or typed into a slider or field stay where they are.
 */
export function usePageKeys(handle: (event: KeyboardEvent) => boolean): void {
  // The latest handler is read at the key press, so the listener is added once, not every render.
  const latest = useRef(handle);
  useEffect(() => {
    latest.current = handle;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || typingInto(event.target)) return;
      if (latest.current(event)) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
