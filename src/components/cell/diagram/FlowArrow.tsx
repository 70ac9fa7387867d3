import { MUTED } from '../../../viz/colors';
import { pointAlong, type ArrowGeometry } from '../../../viz/diagramGeometry';
import { scaledStroke } from './strokeWidth';

export interface FlowArrowProps {
  /** Names the arrow in `data-part`, for tests and styles. */
  name: string;
  geometry: ArrowGeometry;
  /** The colour of what flows along it. */
  color: string;
  /** In the current stage's flow: drawn over in colour as the flow passes. */
  lit: boolean;
  /** How far the flow has come along this arrow, 0 … 1; 1 when it is not moving. */
  progress: number;
  teaching: boolean;
  /** Scales the line's width, and with it the arrowhead: thinner in the phone drawing. Default 1. */
  weight?: number;
  /** The id of the arrowhead marker of a colour (see ArrowMarkers). */
  markerId: (color: string) => string;
}

/**
 * An arrow of a cell diagram. Dimmed it keeps its own colour; lit it is muted grey, painted over
 * in colour up to `progress` with a dot at the front, so the reader sees the values travel.
 */
export function FlowArrow({ name, geometry, color, lit, progress, teaching, weight = 1, markerId }: FlowArrowProps) {
  const head = progress > 0 && progress < 1 ? pointAlong(geometry.points, progress) : undefined;
  return (
    <g className={`cell-diagram-arrow ${lit ? 'is-lit' : 'is-dimmed'}`} data-part={name} aria-hidden="true">
      <path
        d={geometry.path}
        fill="none"
        stroke={lit ? MUTED : color}
        {...scaledStroke((teaching ? 3 : 2.5) * weight)}
        markerEnd={`url(#${markerId(lit ? MUTED : color)})`}
      />
      {lit && (
        <path
          d={geometry.path}
          fill="none"
          stroke={color}
          {...scaledStroke((teaching ? 5 : 4) * weight)}
          pathLength={1}
          strokeDasharray="1 1"
          strokeDashoffset={1 - progress}
          markerEnd={progress >= 1 ? `url(#${markerId(color)})` : undefined}
        />
      )}
      {head && (
        <circle
          cx={head[0]}
          cy={head[1]}
          r={(teaching ? 7 : 6) * weight}
          fill={color}
          stroke="#ffffff"
          {...scaledStroke(2)}
        />
      )}
    </g>
  );
}
