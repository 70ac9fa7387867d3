import { useLayoutEffect, type DependencyList, type RefObject } from 'react';

/**
 * What a crowded stage gives up, in turn: the bias sliders' hint; then some height of each slider's
 * row; then the diagram's width, the sliders taking two columns (CellExplorer.css).
 */
const EASINGS = ['data-hintless', 'data-dense', 'data-crowded'] as const;

/** The least room the stage's rule keeps beside a tall diagram before the stage counts as crowded. */
const MIN_RULE_HEIGHT = 230;

/**
 * Marks the explorer's stage grid when, laid out plainly, its sliders do not fit their column's
 * height or leave the rule almost no room (long side-by-side legends, a low window, the course's
 * column beside the page, eight sliders a vector), with as many of {@link EASINGS} as it takes.
 * Measured before paint, again when the stage changes size and whenever `deps` change (language,
 * sizes): never while a slider moves.
 */
export function useCrowdedStage(ref: RefObject<HTMLElement | null>, deps: DependencyList): void {
  useLayoutEffect(() => {
    const stage = ref.current;
    if (!stage) return;
    let frame = 0;
    let width = 0;
    let height = 0;
    const measure = () => {
      for (const step of EASINGS) stage.removeAttribute(step);
      const controls = stage.querySelector<HTMLElement>('.live-controls');
      const rule = stage.querySelector<HTMLElement>('.rule-area');
      // Only where the stage has a height of its own (the wide layout) can its parts run out of room.
      if (!controls || getComputedStyle(stage).containerType !== 'size') return;
      // Beside a tall drawing the rule gets what the sliders leave; under a wide one, a fixed share.
      const besideTall = stage.querySelector('.cell-diagram[data-shape="tall"]') !== null;
      const crowded = () =>
        controls.scrollHeight > controls.clientHeight + 1 ||
        (besideTall && rule !== null && rule.clientHeight < MIN_RULE_HEIGHT);
      // One step at a time, only as far as needed: each costs the reader something.
      for (const step of EASINGS) {
        if (!crowded()) return;
        stage.setAttribute(step, '');
      }
    };
    measure();
    // jsdom has no ResizeObserver; every browser the app supports does.
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const box = entry?.contentRect;
      if (!box || (Math.round(box.width) === width && Math.round(box.height) === height)) return;
      width = Math.round(box.width);
      height = Math.round(box.height);
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(measure);
    });
    observer.observe(stage);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller names what changes the stage's content
  }, [ref, ...deps]);
}
