import { useEffect } from 'react';

declare global {
  interface Window {
    /** Set by index.html while the prerendered page waits for the app: the clicks it held, once. */
    gatescopeTakeEarlyClicks?: () => number[][];
  }
}

/**
 * Clicks, once the app has drawn its first page, what the reader clicked on the prerendered page
 * before the app's scripts had arrived (index.html holds those clicks as paths of child indices
 * from #root). The app's first render is the page that was prerendered, so each path leads to the
 * same control; one that no longer leads to a control is dropped.
 */
export function useEarlyClicks(): void {
  useEffect(() => {
    const take = window.gatescopeTakeEarlyClicks;
    const root = document.getElementById('root');
    if (!take || !root) return;
    for (const path of take()) {
      let node: Element | undefined = root;
      for (const index of path) node = node?.children[index];
      if (node instanceof HTMLElement && node.matches('button, a, input, select, summary')) node.click();
    }
  }, []);
}
