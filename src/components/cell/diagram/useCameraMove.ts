import { useState } from 'react';
import type { Rect } from '../../../viz/diagramGeometry';
import { useStageAnimation } from './useStageAnimation';

/** How long presenter mode's camera takes from one stage's frame to the next. */
const CAMERA_MS = 450;

/**
 * The viewBox to draw while the camera moves to `view`: from the last frame to the new one over
 * {@link CAMERA_MS}, eased, so the class sees where in the cell the next stage is. A new drawing
 * (`drawing`: another size or shape) is shown at once, as is every change under reduced motion.
 */
export function useCameraMove(view: Rect, drawing: string): Rect {
  const [move, setMove] = useState({ from: view, to: view, drawing });
  if (!sameRect(move.to, view) || move.drawing !== drawing) {
    // Adjusted while rendering, as React advises for state derived from props; a move cut short
    // starts from where it was going.
    setMove({ from: move.drawing === drawing ? move.to : view, to: view, drawing });
  }
  const progress = useStageAnimation(`${drawing} ${view.x} ${view.y} ${view.width} ${view.height}`, CAMERA_MS);
  const eased = 1 - (1 - progress) ** 3;
  const { from } = move.drawing === drawing && sameRect(move.to, view) ? move : { from: view };
  if (eased === 1) return view;
  return {
    x: from.x + (view.x - from.x) * eased,
    y: from.y + (view.y - from.y) * eased,
    width: from.width + (view.width - from.width) * eased,
    height: from.height + (view.height - from.height) * eased,
  };
}

/** True when two rectangles are the same. */
export function sameRect(a: Rect | undefined, b: Rect | undefined): boolean {
  return a === b || (!!a && !!b && a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height);
}
