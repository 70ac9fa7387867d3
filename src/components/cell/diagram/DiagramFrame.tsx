import { useId, useState, type CSSProperties, type ReactElement, type ReactNode } from 'react';
import type { ArrowGeometry, DiagramMode } from '../../../viz/diagramGeometry';
import { NARROW_LINE_WEIGHT, NARROW_MAX_SCALE } from '../../../viz/narrowDiagramGeometry';
import { useClassroomStore } from '../../../store/classroom/classroomStore';
import { ArrowMarkers } from './ArrowMarkers';
import { FlowArrow } from './FlowArrow';
import type { DiagramShape } from './useNarrowDiagram';
import type { StageFlow } from './useStageFlow';
import { useCameraMove } from './useCameraMove';
import { useStageFrame } from './useStageFrame';
import { useShownLanguages } from '../../shared/useShownLanguages';
import './DiagramFrame.css';

/**
 * The smallest scale the wide drawing is drawn at where the page grows downwards: its numbers stay
 * legible (about 9 px). A box narrower than that gets the phone drawing, which fills the box's
 * width and grows downwards.
 */
const MIN_DIAGRAM_SCALE = 0.55;

/**
 * A box narrower than this (px) is a phone's held upright: it gets the phone drawing even where a
 * small cell's wide drawing would fit it, so a phone always shows the cell top to bottom.
 */
const PHONE_BOX_WIDTH = 480;

/** The narrowest box (px) a wide drawing `width` units wide is drawn in without scrolling sideways. */
export const wideMinWidth = (width: number) => Math.max(PHONE_BOX_WIDTH, Math.round(width * MIN_DIAGRAM_SCALE));

/**
 * Below this width-to-height ratio a drawing is "tall" (the GRU's): a wide screen then gives it the
 * whole height, with the rule and the sliders beside it rather than the rule under it.
 */
const TALL_BELOW_RATIO = 2.1;

/**
 * The same for presenter mode's frame of one stage. Lower, because its rule is shorter than the
 * whole cell's: at 1280×720 the LSTM forget stage's frame (1.9) draws larger above the rule, the
 * LSTM h_t stage's (1.1) and the GRU candidate's (1.7) beside it.
 */
const FRAME_TALL_BELOW_RATIO = 1.8;

/** What the frame gives the diagram drawn inside it. */
export interface DiagramFrameParts<Arrow extends string> {
  /** Where tooltips go: the frame's last layer, so no part of the diagram covers them. */
  tooltipLayer: SVGGElement | null;
  /** An arrow of the diagram, moving with the stage's flow and ending in its colour's marker. */
  drawArrow: (name: Arrow, geometry: ArrowGeometry, color: string, lit: boolean) => ReactElement;
  /** Every arrow of `arrows` in its colour, lit while the stage's flow moves it. */
  drawArrows: <Name extends Arrow>(arrows: Record<Name, ArrowGeometry>, colors: Record<Name, string>) => ReactElement[];
}

export interface DiagramFrameProps<Arrow extends string> {
  layout: { mode: DiagramMode; width: number; height: number };
  /** Shown in `data-stage`, for styles and tests. */
  stage: string;
  /** The diagram's accessible name. */
  title: string;
  /** Every colour an arrow may wear, each getting its arrowhead marker. */
  markerColors: readonly string[];
  flow: StageFlow<Arrow>;
  /** The phone's drawing fills its box's width and never scrolls sideways. Default wide. */
  shape?: DiagramShape;
  /** Receives the box, whose width chooses the shape (useNarrowDiagram). */
  boxRef?: (element: HTMLDivElement | null) => void;
  /**
   * The `data-part` names of the current stage's parts (framedParts): while presenting, the wide
   * drawing shows only their frame, large, unless the presenter asked for the whole cell.
   */
  framed?: readonly string[];
  children: (parts: DiagramFrameParts<Arrow>) => ReactNode;
}

/**
 * The SVG a cell diagram is drawn in: its arrowhead markers first, the diagram, then a layer for
 * tooltips on top.
 */
export function DiagramFrame<Arrow extends string>({
  layout,
  stage,
  title,
  markerColors,
  flow,
  shape = 'wide',
  boxRef,
  framed,
  children,
}: DiagramFrameProps<Arrow>) {
  const markerPrefix = useId();
  const [tooltipLayer, setTooltipLayer] = useState<SVGGElement | null>(null);
  const [svg, setSvg] = useState<SVGSVGElement | null>(null);
  const camera = useClassroomStore((state) => state.presenting && !state.wholeDiagram);
  const [language] = useShownLanguages();
  const frame = useStageFrame(svg, camera && shape === 'wide' ? framed : undefined, layout, language);
  const view = frame ?? { x: 0, y: 0, width: layout.width, height: layout.height };
  const ratio = view.width / view.height;
  // The layout takes the new frame's shape at once; the drawing inside it glides there.
  const shown = useCameraMove(view, `${shape} ${layout.width} ${layout.height}`);
  const teaching = layout.mode === 'teaching';
  const markerId = (color: string) => `${markerPrefix}-arrow-${color.slice(1)}`;

  const drawArrow = (name: Arrow, geometry: ArrowGeometry, color: string, lit: boolean) => (
    <FlowArrow
      key={name}
      name={name}
      geometry={geometry}
      color={color}
      lit={lit}
      progress={flow.arrowProgress(name)}
      teaching={teaching}
      weight={shape === 'narrow' ? NARROW_LINE_WEIGHT : 1}
      markerId={markerId}
    />
  );

  const drawArrows = <Name extends Arrow>(arrows: Record<Name, ArrowGeometry>, colors: Record<Name, string>) =>
    (Object.keys(arrows) as Name[]).map((name) => drawArrow(name, arrows[name], colors[name], flow.stepOf(name) >= 0));

  return (
    <div
      ref={boxRef}
      className={`cell-diagram cell-diagram-${layout.mode}`}
      data-stage={stage}
      data-layout={shape}
      data-shape={ratio < (frame ? FRAME_TALL_BELOW_RATIO : TALL_BELOW_RATIO) ? 'tall' : 'wide'}
      // The stage's frame (its viewBox once the camera has arrived), for styles and tests.
      data-framed={frame ? `${frame.x} ${frame.y} ${frame.width} ${frame.height}` : undefined}
    >
      <svg
        ref={setSvg}
        viewBox={`${shown.x} ${shown.y} ${shown.width} ${shown.height}`}
        width="100%"
        role="group"
        aria-label={title}
        style={
          {
            '--diagram-min-width': shape === 'wide' ? `${wideMinWidth(view.width)}px` : '0px',
            // Lets a layout size the drawing by the height it has: width = height × ratio.
            '--diagram-ratio': ratio,
            ...(shape === 'narrow' && { maxWidth: `${layout.width * NARROW_MAX_SCALE}px`, marginInline: 'auto' }),
          } as CSSProperties
        }
      >
        <ArrowMarkers colors={markerColors} idOf={markerId} teaching={teaching} />
        {children({ tooltipLayer, drawArrow, drawArrows })}
        <g ref={setTooltipLayer} />
      </svg>
    </div>
  );
}
