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
 * same control; one that no longer leads to a control, or whose control an earlier click took
 * off the page, is dropped.
 */
export function useEarlyClicks(): void {
  useEffect(() => {
    const take = window.gatescopeTakeEarlyClicks;
    const root = document.getElementById('root');
    if (!take || !root) return;
    // Every path is found before any click, since a click can change the page under the next path.
    const controls = take().map((path) => {
      let node: Element | undefined = root;
      for (const index of path) node = node?.children[index];
      return node instanceof HTMLElement && node.matches('button, a, input, select, summary') ? node : undefined;
    });
    // Each in a task of its own, as a reader's clicks come, so React has applied one before the next.
    const clickFrom = (at: number) => {
      if (at >= controls.length) return;
      const control = controls[at];
      if (control?.isConnected) control.click();
      setTimeout(() => clickFrom(at + 1), 0);
    };
    const first = setTimeout(() => clickFrom(0), 0);
    return () => clearTimeout(first);
  }, []);
}
