/**
 * Runs `task` just after the browser has painted the next frame: a requestAnimationFrame callback
 * runs before that paint, and a task queued from it runs after. Work started here never delays
 * the first contentful paint.
 */
export function afterFirstPaint(task: () => void): void {
  requestAnimationFrame(() => setTimeout(task, 0));
}

/**
 * Runs `task` once the page has loaded (at once if it has): after every file the first view
 * needed, so what it starts never competes with them.
 */
export function afterLoad(task: () => void): void {
  if (document.readyState === 'complete') task();
  else window.addEventListener('load', () => task(), { once: true });
}

/**
 * Runs `task` when the main thread is idle (at the latest after `timeoutMs`), so fetching ahead
 * never competes with the reader's own clicks. Falls back to a timer where requestIdleCallback is
 * missing (Safari).
 */
export function whenIdle(task: () => void, timeoutMs = 2000): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: timeoutMs });
  else soonWhileThereIsADocument(task);
}

/**
 * Where requestIdleCallback is missing, a timer stands in. Idle tasks work on the page: one whose
 * document has gone by the time the timer fires (a test's jsdom torn down at the end of its file,
 * which failed a CI run with "document is not defined") has nothing left to do.
 */
function soonWhileThereIsADocument(task: () => void): void {
  setTimeout(() => {
    if (typeof document !== 'undefined') task();
  }, 200);
}

/**
 * Runs `task` in the first idle period at least `minimumMs` long: between the frames of a drag the
 * idle periods are shorter than that, so work started here never makes a frame of it late. Where
 * requestIdleCallback is missing (Safari), a timer stands in, as in {@link whenIdle}.
 */
export function whenIdleFor(minimumMs: number, task: () => void): void {
  if (typeof requestIdleCallback !== 'function') {
    soonWhileThereIsADocument(task);
    return;
  }
  const attempt = (deadline: IdleDeadline) => {
    if (deadline.timeRemaining() >= minimumMs) task();
    else requestIdleCallback(attempt);
  };
  requestIdleCallback(attempt);
}
