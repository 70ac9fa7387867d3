/**
 * Runs `task` just after the browser has painted the next frame: a requestAnimationFrame callback
 * runs before that paint, and a task queued from it runs after. Work started here never delays
 * the first contentful paint.
 */
export function afterFirstPaint(task: () => void): void {
  requestAnimationFrame(() => setTimeout(task, 0));
}

/**
 * Runs `task` when the main thread is idle (at the latest after `timeoutMs`), so fetching ahead
 * never competes with the reader's own clicks. Falls back to a timer where requestIdleCallback is
 * missing (Safari).
 */
export function whenIdle(task: () => void, timeoutMs = 2000): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: timeoutMs });
  else setTimeout(task, 200);
}
