import { useEffect } from 'react';
import { typingInto } from './useWalkthroughKeys';

/**
 * N and B step the tour from anywhere on the page. Arrows and Page Up/Down already step the
 * explorers' stages and the sequence's playback, so the tour has letters of its own.
 */
export function useTourKeys(active: boolean, next: () => void, back: () => void): void {
  useEffect(() => {
    if (!active) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || typingInto(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'n') next();
      else if (key === 'b') back();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active, next, back]);
}
