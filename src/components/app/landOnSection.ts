/**
 * Brings the section a link names (`#plot`) to the top once its view has drawn it, and holds it
 * there while what is above it settles (formulas and numbers arrive after the first paint), until
 * the reader scrolls for themselves.
 */

/** How long to wait for the section to appear, and then to hold it in place. */
const FIND_FOR_MS = 5000;
const HOLD_FOR_MS = 2500;

/** A link's `#…` as an element id, or `undefined` for none or one that no section could have. */
export function sectionIdOf(hash: string): string | undefined {
  const id = hash.replace(/^#/, '');
  return /^[a-z][a-z0-9-]{0,40}$/.test(id) ? id : undefined;
}

/** Lands on the section `hash` names; returns a function that stops trying. */
export function landOnSection(hash: string): () => void {
  const id = sectionIdOf(hash);
  if (!id) return () => undefined;
  const started = performance.now();
  let landedAt: number | undefined;
  let frame = 0;
  const stop = () => {
    cancelAnimationFrame(frame);
    for (const type of ['wheel', 'touchstart', 'keydown', 'mousedown'] as const)
      window.removeEventListener(type, stop, true);
  };
  for (const type of ['wheel', 'touchstart', 'keydown', 'mousedown'] as const)
    window.addEventListener(type, stop, { capture: true, passive: true });
  const tick = () => {
    const now = performance.now();
    const section = document.getElementById(id);
    if (section?.hasAttribute('data-section')) {
      landedAt ??= now;
      if (Math.abs(section.getBoundingClientRect().top) > 1) section.scrollIntoView({ block: 'start' });
      if (now - landedAt > HOLD_FOR_MS) return stop();
    } else if (now - started > FIND_FOR_MS) return stop();
    frame = requestAnimationFrame(tick);
  };
  frame = requestAnimationFrame(tick);
  return stop;
}
