import { useCallback, useEffect, useId, useLayoutEffect, useState, type RefObject } from 'react';
import { revealInView } from '../shared/revealInView';
import { useReducedMotion } from '../shared/useReducedMotion';

/** The tray's height while it covers the bottom of the window, for what keeps clear of it. */
const TRAY_HEIGHT = '--slider-tray-height';

/** What the slider tray's button and the tray share. */
export interface SliderTrayState {
  open: boolean;
  /** The tray's id, for the button's `aria-controls`. */
  trayId: string;
  toggle: () => void;
  /** Closes the tray and gives the focus back to its button. */
  close: () => void;
}

/** Whether the tray is drawn as a tray (a phone's layout), not as the sliders' column beside the diagram. */
const covers = (tray: HTMLElement) => getComputedStyle(tray).position === 'fixed';

/**
 * The phone's slider tray: on a screen too narrow for the sliders' column beside the diagram, the
 * same sliders (the explorer's one `.live-controls`, `tray`) open as a tray fixed along the bottom
 * of the window, above the course's dock, so a student drags them with the diagram in view above.
 * While open, the tray's height is published as `--slider-tray-height` (revealInView keeps what it
 * reveals above it, the page ends above it); opening it brings the stage's lit parts above it and
 * moves the focus into it; focusing a bias shift's slider brings its gate's layer and strip into
 * view (`gates`, in the order BiasSliders draws them), so the numbers it changes are on screen while
 * the finger drags. Escape or the tray's Close button closes it and returns the focus to the button.
 * `stage` holds the diagram, `toggle` is the button. Where the sliders keep their column (CSS
 * decides), the tray is never drawn as one and none of this moves the page.
 */
export function useSliderTray(
  tray: RefObject<HTMLElement | null>,
  stage: RefObject<HTMLElement | null>,
  toggleButton: RefObject<HTMLButtonElement | null>,
  gates: readonly string[],
): SliderTrayState {
  const [open, setOpen] = useState(false);
  const trayId = useId();
  const reducedMotion = useReducedMotion();
  const behavior: ScrollBehavior = reducedMotion ? 'auto' : 'smooth';

  useLayoutEffect(() => {
    const element = tray.current;
    if (!open || !element) return;
    const root = document.documentElement;
    const publish = () => root.style.setProperty(TRAY_HEIGHT, `${covers(element) ? element.offsetHeight : 0}px`);
    publish();
    window.addEventListener('resize', publish);
    // jsdom has no ResizeObserver; every browser the app supports does.
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(publish);
    observer?.observe(element);
    return () => {
      observer?.disconnect();
      window.removeEventListener('resize', publish);
      root.style.removeProperty(TRAY_HEIGHT);
    };
  }, [open, tray]);

  // Opened: the focus goes into the tray (its name is read, Tab reaches Close and the sliders), and
  // the stage's lit parts move above it if it covers them.
  useEffect(() => {
    const element = tray.current;
    if (!open || !element || !covers(element)) return;
    element.focus({ preventScroll: true });
    const frame = requestAnimationFrame(() => {
      const diagram = stage.current?.querySelector('.cell-diagram[data-layout="narrow"]');
      if (diagram) revealInView([diagram], behavior, 'nearest');
    });
    return () => cancelAnimationFrame(frame);
  }, [open, tray, stage, behavior]);

  const close = useCallback(() => {
    setOpen(false);
    toggleButton.current?.focus({ preventScroll: true });
  }, [toggleButton]);

  useEffect(() => {
    const element = tray.current;
    if (!open || !element) return;
    const onFocus = (event: FocusEvent) => {
      const slider = event.target;
      if (!(slider instanceof HTMLInputElement) || !covers(element)) return;
      const biases = [...element.querySelectorAll('.bias-sliders input[type="range"]')];
      const gate = gates[biases.indexOf(slider)];
      const diagram = stage.current?.querySelector('.cell-diagram[data-layout="narrow"]');
      if (gate === undefined || !diagram) return;
      const parts = [...diagram.querySelectorAll(`[data-part="layer:${gate}"], [data-part="gate:${gate}"]`)];
      revealInView(parts, behavior, 'nearest');
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !covers(element)) return;
      event.preventDefault();
      close();
    };
    element.addEventListener('focusin', onFocus);
    element.addEventListener('keydown', onKey);
    return () => {
      element.removeEventListener('focusin', onFocus);
      element.removeEventListener('keydown', onKey);
    };
  }, [open, tray, stage, gates, behavior, close]);

  const toggle = useCallback(() => setOpen((shown) => !shown), []);
  return { open, trayId, toggle, close };
}
