/**
 * The named sections of a view (`data-section` with an id), for views that have no stages or time
 * steps of their own: the key map steps through them like slides, and a link's `#id` lands on one.
 */

/** How far below the top a section counts as reached (rounding, and a sticky bar's edge). */
const REACHED_PX = 8;

function sections(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('main [data-section][id]')].filter(
    (section) => section.getClientRects().length > 0,
  );
}

/**
 * Scrolls to the next section below the top of the window (`by` 1) or the one above (`by` −1),
 * and names it in the link's `#`, so the link opens there. False when there is none that way.
 */
export function stepSection(by: 1 | -1): boolean {
  const tops = sections().map((section) => ({ section, top: section.getBoundingClientRect().top }));
  const target = by > 0 ? tops.find(({ top }) => top > REACHED_PX) : tops.filter(({ top }) => top < -REACHED_PX).at(-1);
  if (!target) return false;
  showSection(target.section);
  return true;
}

/** Scrolls `section` to the top of the window and writes its id into the link. */
function showSection(section: HTMLElement): void {
  section.scrollIntoView({ block: 'start' });
  const { pathname, search } = window.location;
  window.history.replaceState(window.history.state, '', `${pathname}${search}#${section.id}`);
}
