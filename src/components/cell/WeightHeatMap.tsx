import { useEffect, useId, useRef, useState, type CSSProperties, type KeyboardEvent, type MouseEvent } from 'react';
import type { GateWeightBlock } from '../../model';
import { EXPLORER_LIMITS } from '../../store/explorerLimits';
import { diagramModeFor, type DiagramMode } from '../../viz/diagramGeometry';
import { divergingColor, divergingRgb, textColorOn } from '../../viz/colors';
import { formatValue } from '../shared/VectorStrip';
import { fillTemplate } from '../shared/fillText';
import { subscripted } from '../shared/subscript';
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

interface Position {
  unit: number;
  column: number;
}

/** Reads what a reader typed: accepts −, full-width digits and a decimal comma; undefined if not a finite number. */
export function parseWeight(text: string): number | undefined {
  const normalized = text
    .trim()
    .replace(/[０-９]/g, (digit) => String(digit.charCodeAt(0) - 0xff10))
    .replace(/[−－]/g, '-')
    .replace(/[．，,]/g, '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(normalized)) return undefined;
  const value = Number(normalized);
  return Number.isFinite(value) ? value : undefined;
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
  const [active, setActive] = useState<Position>({ unit: 0, column: 0 });
  const [editing, setEditing] = useState<Position | undefined>(undefined);
  const returnFocus = useRef<HTMLElement | null>(null);
  const hiddenSize = block.rows;
  let extent = 0;
  for (const value of block.data) extent = Math.max(extent, Math.abs(value));
  extent = extent > 0 ? extent : 1;

  const at = ({ unit, column }: Position) => block.data[unit * block.cols + column] ?? NaN;
  const columnName = (column: number) => (column < hiddenSize ? `h${column}` : `x${column - hiddenSize}`);
  const nameOf = (position: Position, digits = 2) =>
    fillTemplate(labels.weightValue, {
      name: labels.name,
      unit: position.unit,
      column: columnName(position.column),
      value: formatValue(at(position), digits),
    });
  const open = (position: Position) => {
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
        <TeachingGrid {...shared} label={labels.name} />
      ) : (
        <CompactCanvas {...shared} label={labels.name} />
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

interface GridProps {
  block: GateWeightBlock;
  active: Position;
  extent: number;
  hiddenSize: number;
  label: string;
  nameOf: (position: Position, digits?: number) => string;
  open: (position: Position) => void;
  move: (event: KeyboardEvent) => boolean;
}

/** Up to 8 × 16 weights: one button each, one tab stop, arrow keys between them. */
function TeachingGrid({ block, active, extent, hiddenSize, label, nameOf, open, move }: GridProps) {
  const grid = useRef<HTMLDivElement>(null);
  const moved = useRef(false);
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    grid.current?.querySelector<HTMLButtonElement>('[tabindex="0"]')?.focus();
  }, [active]);
  const columns = Array.from({ length: block.cols }, (_, column) => column);
  const header = (column: number) =>
    column < hiddenSize ? subscripted('h', column) : subscripted('x', column - hiddenSize);
  return (
    <div
      ref={grid}
      role="group"
      aria-label={label}
      className="weight-heat-map-grid"
      style={{ gridTemplateColumns: `auto repeat(${block.cols}, minmax(2.6rem, max-content))` }}
      onKeyDown={(event) => {
        if (move(event)) moved.current = true;
      }}
    >
      <span aria-hidden="true" />
      {columns.map((column) => (
        <span
          key={column}
          aria-hidden="true"
          className={`weight-heat-map-column${column === hiddenSize ? ' is-first-x' : ''}`}
        >
          {header(column)}
        </span>
      ))}
      {Array.from({ length: block.rows }, (_, unit) => [
        <span key={`row-${unit}`} aria-hidden="true" className="weight-heat-map-row">
          {unit}
        </span>,
        ...columns.map((column) => {
          const value = block.data[unit * block.cols + column] ?? NaN;
          const background = divergingColor(value, extent);
          const isActive = active.unit === unit && active.column === column;
          return (
            <button
              key={`${unit}-${column}`}
              type="button"
              tabIndex={isActive ? 0 : -1}
              aria-label={nameOf({ unit, column })}
              title={nameOf({ unit, column }, 4)}
              className={`weight-heat-map-cell${column === hiddenSize ? ' is-first-x' : ''}`}
              style={{ background, color: textColorOn(background) }}
              onClick={() => open({ unit, column })}
            >
              {formatValue(value, 2)}
            </button>
          );
        }),
      ])}
    </div>
  );
}

/** The course's 100 × 150 weights: one canvas pixel each, one tab stop, arrow keys and a live readout. */
function CompactCanvas({ block, active, extent, hiddenSize, label, nameOf, open, move }: GridProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [hovered, setHovered] = useState<Position | undefined>(undefined);
  const readoutId = useId();
  useEffect(() => {
    const context = canvas.current?.getContext('2d');
    if (!context) return;
    const image = context.createImageData(block.cols, block.rows);
    block.data.forEach((value, index) => {
      const [red, green, blue] = divergingRgb(value, extent);
      image.data.set([red, green, blue, 255], index * 4);
    });
    context.putImageData(image, 0, 0);
  }, [block, extent]);

  const positionOf = (event: MouseEvent<HTMLCanvasElement>): Position | undefined => {
    const box = event.currentTarget.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return undefined;
    const column = Math.floor(((event.clientX - box.left) / box.width) * block.cols);
    const unit = Math.floor(((event.clientY - box.top) / box.height) * block.rows);
    if (column < 0 || column >= block.cols || unit < 0 || unit >= block.rows) return undefined;
    return { unit, column };
  };
  const place = ({ unit, column }: Position) => ({
    left: `${(column / block.cols) * 100}%`,
    top: `${(unit / block.rows) * 100}%`,
    width: `${100 / block.cols}%`,
    height: `${100 / block.rows}%`,
  });
  const shown = hovered ?? active;
  return (
    <div className="weight-heat-map-compact" style={{ '--columns': block.cols, '--rows': block.rows } as CSSProperties}>
      <div className="weight-heat-map-axis" aria-hidden="true">
        <span style={{ width: `${(hiddenSize / block.cols) * 100}%` }}>h₀ … {subscripted('h', hiddenSize - 1)}</span>
        <span>x₀ … {subscripted('x', block.cols - hiddenSize - 1)}</span>
      </div>
      <div
        role="group"
        tabIndex={0}
        aria-label={label}
        aria-describedby={readoutId}
        className="weight-heat-map-canvas"
        onKeyDown={(event) => {
          if (move(event)) return;
          if (event.key === 'Enter' || event.key === ' ') {
            event.preventDefault();
            open(active);
          }
        }}
      >
        <canvas
          ref={canvas}
          width={block.cols}
          height={block.rows}
          onPointerMove={(event) => setHovered(positionOf(event))}
          onPointerLeave={() => setHovered(undefined)}
          onClick={(event) => {
            const position = positionOf(event);
            if (position) open(position);
          }}
        />
        <span className="weight-heat-map-divider" style={{ left: `${(hiddenSize / block.cols) * 100}%` }} />
        <span className="weight-heat-map-active" style={place(active)} aria-hidden="true" />
        <span
          className={`weight-heat-map-tooltip${hovered ? ' is-hovered' : ''}${shown.column > block.cols * 0.6 ? ' is-left' : ''}`}
          style={{ left: `${((shown.column + 0.5) / block.cols) * 100}%`, top: `${(shown.unit / block.rows) * 100}%` }}
          aria-hidden="true"
        >
          {nameOf(shown, 4)}
        </span>
      </div>
      <p id={readoutId} className="weight-heat-map-readout" aria-live="polite">
        {nameOf(active)}
      </p>
    </div>
  );
}

interface EditorProps {
  label: string;
  initial: string;
  labels: WeightHeatMapLabels;
  range: { min: number; max: number };
  onApply: (value: number) => void;
  onCancel: () => void;
}

function WeightEditor({ label, initial, labels, range, onApply, onCancel }: EditorProps) {
  const [text, setText] = useState(initial);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const inputId = useId();
  const problemId = useId();
  return (
    <form
      className="weight-heat-map-editor"
      onSubmit={(event) => {
        event.preventDefault();
        const value = parseWeight(text);
        if (value === undefined) setProblem(labels.notANumber);
        else if (value < range.min || value > range.max) {
          const signed = (bound: number) => String(bound).replace('-', '−');
          setProblem(fillTemplate(labels.outOfRange, { min: signed(range.min), max: signed(range.max) }));
        } else onApply(value);
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        onCancel();
      }}
    >
      <label htmlFor={inputId}>{label}</label>
      <input
        id={inputId}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        // The editor opens because the reader asked to edit this weight: the field is where they go.
        autoFocus
        onFocus={(event) => event.currentTarget.select()}
        value={text}
        aria-invalid={problem !== undefined}
        aria-describedby={problem ? problemId : undefined}
        onChange={(event) => {
          setText(event.currentTarget.value);
          setProblem(undefined);
        }}
      />
      <button type="submit">{labels.apply}</button>
      <button type="button" onClick={onCancel}>
        {labels.cancel}
      </button>
      {problem && (
        <p id={problemId} role="alert" className="weight-heat-map-problem">
          {problem}
        </p>
      )}
    </form>
  );
}
