/** Room left between what is revealed and the edges of the band, when there is room for it. */
const BREATHING = 12;

/**
 * The parts of a drawing that its current state lights (a cell diagram marks its stage's parts
 * so): what is shown of a drawing taller than the window.
 */
const LIT_PARTS = '.is-lit';

/**
 * The part of the window where something can be seen: below any bar that sticks above it, above the
 * course's dock and the phone's slider tray.
 */
export function visibleBand(target: Element): { top: number; bottom: number } {
  let top = 0;
  // A bar that sticks (the explorers' walkthrough bar) covers what scrolls under it, within its
  // own container: the target's container, or one of its ancestors'.
  for (let node: Element | null = target; node && node !== document.body; node = node.parentElement) {
    for (let sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
      const style = getComputedStyle(sibling);
      if (style.position !== 'sticky' || style.display === 'none') continue;
      const stuckAt = Number.parseFloat(style.top);
      if (Number.isFinite(stuckAt)) top = Math.max(top, stuckAt + sibling.getBoundingClientRect().height);
    }
  }
  // What covers the window's bottom: the course's dock, and the phone's slider tray above it.
  const root = getComputedStyle(document.documentElement);
  const covered = ['--tour-dock-height', '--slider-tray-height']
    .map((name) => Number.parseFloat(root.getPropertyValue(name)))
    .reduce((sum, height) => sum + (Number.isFinite(height) ? height : 0), 0);
  return { top, bottom: window.innerHeight - covered };
}

interface Span {
  top: number;
  bottom: number;
}

function spanOf(elements: readonly Element[]): Span | undefined {
  const boxes = elements.map((element) => element.getBoundingClientRect()).filter((box) => box.width || box.height);
  if (boxes.length === 0) return undefined;
  return { top: Math.min(...boxes.map((box) => box.top)), bottom: Math.max(...boxes.map((box) => box.bottom)) };
}

/**
 * What to show of `elements`: all of them, or, when they are taller than `room` and light some of
 * their parts, those parts. `end` says that what is shown is too tall as well: its end (in a
 * drawing read top to bottom, where the stage's flow arrives) is what goes in view.
 */
function focusOf(elements: readonly Element[], room: number): (Span & { end: boolean }) | undefined {
  const whole = spanOf(elements);
  if (!whole || whole.bottom - whole.top <= room) return whole && { ...whole, end: false };
  const lit = spanOf(elements.flatMap((element) => [...element.querySelectorAll(LIT_PARTS)]));
  if (!lit) return { ...whole, end: false };
  return { ...lit, end: lit.bottom - lit.top > room };
}

/**
 * Scrolls the window so `elements` are in the visible band (visibleBand). A target taller than the
 * band shows its lit parts (a tall phone diagram, its current stage), and where even those are too
 * tall, their end; with no lit parts, its top. `center` puts what fits in the middle of the band;
 * `nearest` moves the page only if it is not already in the band, and only as far as needed.
 */
export function revealInView(
  elements: readonly Element[],
  behavior: ScrollBehavior,
  align: 'center' | 'nearest' = 'center',
): void {
  const first = elements[0];
  if (!first) return;
  const band = visibleBand(first);
  const room = band.bottom - band.top - 2 * BREATHING;
  const focus = focusOf(elements, room);
  if (!focus) return;
  const height = focus.bottom - focus.top;
  let wanted: number;
  if (height > room) {
    wanted = focus.end ? band.bottom - BREATHING - height : band.top + BREATHING;
  } else if (align === 'center') {
    wanted = band.top + BREATHING + (room - height) / 2;
  } else if (focus.top >= band.top && focus.bottom <= band.bottom) {
    return;
  } else {
    wanted = focus.top < band.top ? band.top + BREATHING : band.bottom - BREATHING - height;
  }
  if (Math.abs(focus.top - wanted) < 1) return;
  window.scrollTo({ top: window.scrollY + focus.top - wanted, behavior });
}
