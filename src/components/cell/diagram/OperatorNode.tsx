import { INK } from '../../../viz/colors';
import type { DiagramFontSize, NodeGeometry, NodeOperation } from '../../../viz/diagramGeometry';
import { scaledStroke } from './strokeWidth';

const SYMBOLS: Record<NodeOperation, string> = { multiply: '×', add: '+', tanh: 'tanh', oneMinus: '1 −' };

export interface OperatorNodeProps {
  /** Names the node in `data-part`, for tests and styles. */
  name: string;
  geometry: NodeGeometry;
  /** In the current stage: lit, with a thicker outline; otherwise dimmed. */
  lit: boolean;
  fontSize: DiagramFontSize;
}

/** A pointwise operation of a cell diagram: × and + in a circle, tanh and 1 − in a pill. */
export function OperatorNode({ name, geometry, lit, fontSize }: OperatorNodeProps) {
  // Words are set smaller than the one-glyph operators, so they fit inside their pill.
  const isWord = geometry.operation === 'tanh' || geometry.operation === 'oneMinus';
  return (
    <g className={`cell-diagram-part ${lit ? 'is-lit' : 'is-dimmed'}`} data-part={name} aria-hidden="true">
      <rect
        x={geometry.x - geometry.radiusX}
        y={geometry.y - geometry.radiusY}
        width={geometry.radiusX * 2}
        height={geometry.radiusY * 2}
        rx={geometry.radiusY}
        fill="#ffffff"
        stroke={INK}
        {...scaledStroke(lit ? 3.5 : 2.5)}
      />
      <text
        x={geometry.x}
        y={geometry.y}
        dy="0.35em"
        textAnchor="middle"
        fontSize={isWord ? fontSize.label * 0.8 : fontSize.operator}
        fill={INK}
        className="cell-diagram-operator"
      >
        {SYMBOLS[geometry.operation]}
      </text>
    </g>
  );
}
