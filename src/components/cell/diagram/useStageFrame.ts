import { useLayoutEffect, useState } from 'react';
import type { Rect } from '../../../viz/diagramGeometry';
import { stageFrame } from '../../../viz/stageFrame';
import { sameRect } from './useCameraMove';

/**
 * Presenter mode's camera on a cell diagram: the viewBox framing `parts` (`data-part` names) of
 * the drawing in `svg`, measured from the drawn parts so each one's label is in the frame too.
 * Measured before the paint that shows the stage, so the whole drawing never flashes between two
 * frames, and again when `language` changes or a font arrives (a label's width changes with its
 * face). Undefined while `parts` is undefined (the camera is off) or none of them is drawn.
 */
export function useStageFrame(
  svg: SVGSVGElement | null,
  parts: readonly string[] | undefined,
  drawing: { width: number; height: number },
  language: string,
): Rect | undefined {
  const [frame, setFrame] = useState<Rect>();
  const partsKey = parts?.join(' ');
  const { width, height } = drawing;
  useLayoutEffect(() => {
    const measure = () => {
      const next =
        svg && partsKey !== undefined ? stageFrame(partBoxes(svg, partsKey.split(' ')), { width, height }) : undefined;
      setFrame((shown) => (sameRect(shown, next) ? shown : next));
    };
    measure();
    if (!svg || partsKey === undefined || typeof document.fonts === 'undefined') return;
    document.fonts.addEventListener('loadingdone', measure);
    return () => document.fonts.removeEventListener('loadingdone', measure);
  }, [svg, partsKey, width, height, language]);
  return frame;
}

/** The boxes of the drawn parts named `parts`, in the drawing's units. */
function partBoxes(svg: SVGSVGElement, parts: readonly string[]): DOMRect[] {
  return (
    parts
      .flatMap((part) => [...svg.querySelectorAll<SVGGraphicsElement>(`[data-part="${CSS.escape(part)}"]`)])
      // jsdom draws nothing and has no getBBox: the camera then shows the whole drawing.
      .filter((element) => typeof element.getBBox === 'function')
      .map((element) => element.getBBox())
      .filter((box) => box.width > 0 || box.height > 0)
  );
}
