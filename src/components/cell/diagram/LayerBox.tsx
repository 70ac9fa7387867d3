import type { RoleColor } from '../../../viz/colors';
import type { BoxGeometry, DiagramFontSize } from '../../../viz/diagramGeometry';
import { MathLabel } from '../../shared/MathLabel';
import { scaledStroke } from './strokeWidth';

export interface LayerBoxProps {
  /** The layer, named in `data-part` as `layer:<layer>`. */
  layer: string;
  geometry: BoxGeometry;
  /** The colours of the gate the layer computes. */
  color: RoleColor;
  /** In the current stage: lit, with a thicker outline; otherwise dimmed. */
  lit: boolean;
  fontSize: DiagramFontSize;
  /** What a linear box shows, having no activation to: its weight, "W_{hn}". */
  weightSymbol?: string;
}

/** A fully connected layer of a cell diagram: a box in its gate's colours, named by its activation. */
export function LayerBox({ layer, geometry: box, color, lit, fontSize, weightSymbol = '' }: LayerBoxProps) {
  const centerX = box.x + box.width / 2;
  const centerY = box.y + box.height / 2;
  return (
    <g className={`cell-diagram-part ${lit ? 'is-lit' : 'is-dimmed'}`} data-part={`layer:${layer}`} aria-hidden="true">
      <rect
        x={box.x}
        y={box.y}
        width={box.width}
        height={box.height}
        rx={10}
        fill={color.soft}
        stroke={color.strong}
        {...scaledStroke(lit ? 4 : 2.5)}
      />
      {box.activation === 'linear' ? (
        <MathLabel
          source={weightSymbol}
          x={centerX}
          y={centerY + fontSize.label * 0.35}
          anchor="middle"
          size={fontSize.label}
          color={color.strong}
        />
      ) : (
        <text
          x={centerX}
          y={centerY}
          dy="0.35em"
          textAnchor="middle"
          fontSize={box.activation === 'tanh' ? fontSize.label : fontSize.operator}
          fill={color.strong}
          className="cell-diagram-operator"
        >
          {box.activation === 'tanh' ? 'tanh' : 'σ'}
        </text>
      )}
    </g>
  );
}
