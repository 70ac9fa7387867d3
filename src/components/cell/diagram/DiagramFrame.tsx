import { useId, useState, type ReactElement, type ReactNode } from 'react';
import type { ArrowGeometry, DiagramMode } from '../../../viz/diagramGeometry';
import { ArrowMarkers } from './ArrowMarkers';
import { FlowArrow } from './FlowArrow';
import type { StageFlow } from './useStageFlow';
import './DiagramFrame.css';

/**
 * The smallest scale a diagram is drawn at before it scrolls sideways instead: its numbers stay
 * legible, and the 1580-unit LSTM diagram still fits whole beside the tour's column at 1280 px.
 */
const MIN_DIAGRAM_SCALE = 0.55;

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
  children,
}: DiagramFrameProps<Arrow>) {
  const markerPrefix = useId();
  const [tooltipLayer, setTooltipLayer] = useState<SVGGElement | null>(null);
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
      markerId={markerId}
    />
  );

  const drawArrows = <Name extends Arrow>(arrows: Record<Name, ArrowGeometry>, colors: Record<Name, string>) =>
    (Object.keys(arrows) as Name[]).map((name) => drawArrow(name, arrows[name], colors[name], flow.stepOf(name) >= 0));

  return (
    <div className={`cell-diagram cell-diagram-${layout.mode}`} data-stage={stage}>
      <svg
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        width="100%"
        role="group"
        aria-label={title}
        style={{ minWidth: `${Math.round(layout.width * MIN_DIAGRAM_SCALE)}px` }}
      >
        <ArrowMarkers colors={markerColors} idOf={markerId} teaching={teaching} />
        {children({ tooltipLayer, drawArrow, drawArrows })}
        <g ref={setTooltipLayer} />
      </svg>
    </div>
  );
}
