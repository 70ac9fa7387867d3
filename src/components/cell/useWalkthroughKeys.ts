import { usePageKeys } from '../shared/usePageKeys';

/**
 * Steps the walkthrough from the keyboard anywhere on the page: → and Page Down forward, ← and
 * Page Up back, as a presentation clicker sends them.
 */
export function useWalkthroughKeys(next: () => void, previous: () => void): void {
  usePageKeys((event) => {
    if (event.key === 'ArrowRight' || event.key === 'PageDown') next();
    else if (event.key === 'ArrowLeft' || event.key === 'PageUp') previous();
    else return false;
    return true;
  });
}
