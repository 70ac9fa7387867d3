import { useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import type { GateWeightBlock } from '../../model';
import { EXPLORER_LIMITS } from '../../store/explorerLimits';
import { diagramModeFor, type DiagramMode } from '../../viz/diagramGeometry';
import { divergingColor } from '../../viz/colors';
import { formatValue } from '../shared/VectorStrip';
import { fillTemplate } from '../shared/fillText';
import { CompactWeightCanvas } from './CompactWeightCanvas';
import { TeachingWeightGrid } from './TeachingWeightGrid';
import { WeightEditor } from './WeightEditor';
import type { WeightPosition } from './weightGrid';
import './WeightHeatMap.css';

/** Text the parent gives in the reader's language. Templates use {name}, {unit}, {column}, {value}, {min}, {max}. */
export interface WeightHeatMapLabels {
  /** Names the map and starts each weight's name: "forget gate weight". */
  name: string;
  /** One weight's accessible name: "{name}, unit {unit}, column {column}: {value}". */
  weightValue: string;
  /** Label of the editor's field: "New value for unit {unit}, column {column}". */
  editor: string;
  apply: string;
  cancel: string;
  /** Refusal of text that is not a finite number. */
  notANumber: string;
  /** Refusal of a number outside the allowed range: "Enter a number from {min} to {max}". */
  outOfRange: string;
}

export interface WeightHeatMapProps {
  /** The gate's weights over [h_{t−1}, x_t]: rows are units, the h columns come first. */
  block: GateWeightBlock;
  /** The gate's colour (its role colour), for the focus ring and the map's frame. */
  color: string;
  labels: WeightHeatMapLabels;
  /** Called with a parsed, finite, in-range value when the reader applies an edit. */
  onEdit: (unit: number, column: number, value: number) => void;
  /** Values the editor accepts; defaults to the explorer's weight limits. */
  range?: { min: number; max: number };
  /** Defaults to teaching up to 8 units and inputs, compact (one canvas) beyond. */
  mode?: DiagramMode;
}

/** A gate's weight block as a heat map; clicking a weight (or Enter on it) edits it. */
export function WeightHeatMap({
  block,
  color,
  labels,
  onEdit,
  range = EXPLORER_LIMITS.weight,
  mode = diagramModeFor(block.rows, block.cols - block.rows),
}: WeightHeatMapProps) {
  const [active, setActive] = useState<WeightPosition>({ unit: 0, column: 0 });
  const [editing, setEditing] = useState<WeightPosition | undefined>(undefined);
  const returnFocus = useRef<HTMLElement | null>(null);
  const hiddenSize = block.rows;
  let extent = 0;
  for (const value of block.data) extent = Math.max(extent, Math.abs(value));
  extent = extent > 0 ? extent : 1;

  const at = ({ unit, column }: WeightPosition) => block.data[unit * block.cols + column] ?? NaN;
  const columnName = (column: number) => (column < hiddenSize ? `h${column}` : `x${column - hiddenSize}`);
  const nameOf = (position: WeightPosition, digits = 2) =>
    fillTemplate(labels.weightValue, {
      name: labels.name,
      unit: position.unit,
      column: columnName(position.column),
      value: formatValue(at(position), digits),
    });
  const open = (position: WeightPosition) => {
    returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setActive(position);
    setEditing(position);
  };
  const close = () => {
    setEditing(undefined);
    returnFocus.current?.focus();
  };
  const move = (event: KeyboardEvent) => {
    const steps: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    const step = steps[event.key];
    if (!step) return false;
    event.preventDefault();
    setActive(({ unit, column }) => ({
      unit: Math.min(block.rows - 1, Math.max(0, unit + step[0])),
      column: Math.min(block.cols - 1, Math.max(0, column + step[1])),
    }));
    return true;
  };

  const shared = { block, active, extent, hiddenSize, nameOf, open, move };
  return (
    <div className={`weight-heat-map weight-heat-map-${mode}`} style={{ '--gate-color': color } as CSSProperties}>
      {mode === 'teaching' ? (
        <TeachingWeightGrid {...shared} label={labels.name} />
      ) : (
        <CompactWeightCanvas {...shared} label={labels.name} />
      )}
      <div className="weight-heat-map-legend" aria-hidden="true">
        <span>{formatValue(-extent, 2)}</span>
        <span
          className="weight-heat-map-gradient"
          style={{
            background: `linear-gradient(to right, ${[-1, -0.5, 0, 0.5, 1].map((t) => divergingColor(t)).join(', ')})`,
          }}
        />
        <span>{formatValue(extent, 2)}</span>
      </div>
      {editing && (
        <WeightEditor
          key={`${editing.unit}-${editing.column}`}
          label={fillTemplate(labels.editor, { unit: editing.unit, column: columnName(editing.column) })}
          initial={formatValue(at(editing), 4).replace('−', '-')}
          labels={labels}
          range={range}
          onApply={(value) => {
            onEdit(editing.unit, editing.column, value);
            close();
          }}
          onCancel={close}
        />
      )}
    </div>
  );
}
