import { useLayoutEffect, useState } from 'react';

/** A cell diagram's two drawings: the wide one (the course's picture) and the phone's, top to bottom. */
export type DiagramShape = 'wide' | 'narrow';

/**
 * Which drawing a diagram's box calls for: the phone's where the box grows downwards with the page
 * and is narrower than `minWideWidth` px, the smallest width at which the wide drawing's numbers
 * stay legible (below it, the wide drawing would scroll sideways). Where a layout sizes the drawing
 * by the height it has instead (`--diagram-fit: height`, DiagramFrame.css), the wide drawing stays.
 * Measured before the first paint, so the page never shows the other drawing first, and again
 * whenever the box resizes. `ref` goes on the box. Until measured (and in jsdom): wide.
 */
export function useNarrowDiagram(minWideWidth: number): {
  ref: (element: HTMLDivElement | null) => void;
  shape: DiagramShape;
} {
  const [box, setBox] = useState<HTMLDivElement | null>(null);
  const [shape, setShape] = useState<DiagramShape>('wide');
  useLayoutEffect(() => {
    if (!box) return;
    const measure = () => {
      const width = box.clientWidth;
      const sizedByHeight = getComputedStyle(box).getPropertyValue('--diagram-fit').trim() === 'height';
      setShape(width > 0 && width < minWideWidth && !sizedByHeight ? 'narrow' : 'wide');
    };
    measure();
    // jsdom has no ResizeObserver; every browser the app supports does.
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    return () => observer.disconnect();
  }, [box, minWideWidth]);
  return { ref: setBox, shape };
}
