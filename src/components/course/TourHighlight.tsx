import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import type { TourTarget } from '../../store/tour/tourScript';
import { revealInView } from '../shared/revealInView';
import { useReducedMotion } from '../shared/useReducedMotion';
import './TourHighlight.css';

interface PageBox {
  top: number;
  left: number;
  width: number;
  height: number;
}

/** How long to wait for a target that appears late (an explorer waits for the model layer). */
const FIND_FOR_FRAMES = 600;

/** How long after a step starts its target is kept in view while the page lays itself out. */
const SETTLE_MS = 2000;

/** The box around every element of the target (the explorer's x, h and C sliders are one target), on the page. */
function pageBox(elements: readonly Element[]): PageBox {
  const boxes = elements.map((element) => element.getBoundingClientRect());
  const top = Math.min(...boxes.map((box) => box.top));
  const left = Math.min(...boxes.map((box) => box.left));
  const bottom = Math.max(...boxes.map((box) => box.bottom));
  const right = Math.max(...boxes.map((box) => box.right));
  return { top: top + window.scrollY, left: left + window.scrollX, width: right - left, height: bottom - top };
}

/**
 * A ring around the part of the view a tour step explains (`data-tour="…"`), scrolled into the
 * part of the window the dock and any sticky bar leave free when the step changes (a phone's tall
 * diagram shows its stage's lit parts there). The ring lives in page coordinates, so it scrolls with the page; it
 * follows the target's size and the page's layout, and never takes a click. Key it by step: each
 * step scrolls to its target again (the next step may point at the same part), and its ring starts
 * hidden until the target is found.
 */
export function TourHighlight({ target }: { target: TourTarget }) {
  const reducedMotion = useReducedMotion();
  const [box, setBox] = useState<PageBox | undefined>(undefined);
  useEffect(() => {
    let elements: Element[] = [];
    let frame = 0;
    let frames = 0;
    // The view may still be laying itself out (an explorer's step appears once the model layer
    // has computed it), so the target is scrolled to again while the page settles, unless the
    // student has started scrolling by hand.
    let settleUntil = 0;
    let studentScrolled = false;
    const scrollTo = (behavior: ScrollBehavior) => revealInView(elements, behavior);
    const measure = () => {
      if (elements.length === 0) return;
      setBox(pageBox(elements));
      if (!studentScrolled && performance.now() < settleUntil) scrollTo('auto');
    };
    const observer = new ResizeObserver(measure);
    const find = () => {
      elements = [...document.querySelectorAll(`[data-tour="${target}"]`)];
      if (elements.length === 0) {
        if (frames++ < FIND_FOR_FRAMES) frame = requestAnimationFrame(find);
        return;
      }
      scrollTo(reducedMotion ? 'auto' : 'smooth');
      settleUntil = performance.now() + SETTLE_MS;
      setBox(pageBox(elements));
      for (const element of elements) observer.observe(element);
      observer.observe(document.body);
    };
    const stopSettling = () => {
      studentScrolled = true;
    };
    find();
    window.addEventListener('resize', measure);
    for (const type of ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const) {
      window.addEventListener(type, stopSettling, { passive: true });
    }
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
      window.removeEventListener('resize', measure);
      for (const type of ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const) {
        window.removeEventListener(type, stopSettling);
      }
    };
  }, [target, reducedMotion]);
  if (!box) return null;
  return createPortal(
    <div
      className="tour-ring"
      data-target={target}
      aria-hidden="true"
      style={{ top: box.top - 6, left: box.left - 6, width: box.width + 12, height: box.height + 12 }}
    />,
    document.body,
  );
}
