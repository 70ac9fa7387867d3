import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import type { DiagramMode, Rect, StripGeometry } from '../../viz/diagramGeometry';
import { MUTED, textColorOn, valueColor, type ValueKind } from '../../viz/colors';
import { outlinesByKey } from '../../viz/rectOutlines';
import { CompactStripCells, compactCellId, usePaintedCells } from './CompactStripCells';
import { cellIndexOf, gripPath, useCellAdjust, type CellAdjust } from './useCellAdjust';
import './VectorStrip.css';

/** `value` with `digits` decimals and a true minus sign; never "−0.00". */
export function formatValue(value: number, digits: number): string {
  if (!Number.isFinite(value)) return String(value);
  const text = Math.abs(value).toFixed(digits);
  return value < 0 && Number(text) !== 0 ? `−${text}` : text;
}

/**
 * A cell's number, never wider than "−0.00": cells are sized for that, and C reaches ±20. From 10
 * on one decimal goes, from 100 both (rounding decides, so 9.996 already reads "10.0"); the
 * cell's accessible name and tooltip keep every decimal.
 */
export function formatCellValue(value: number, decimals: number): string {
  const magnitude = Math.abs(value);
  const fitted = magnitude >= 99.95 ? 0 : magnitude >= 9.995 ? Math.min(decimals, 1) : decimals;
  return formatValue(value, fitted);
}

/** What a cell shows for a value not computed yet (NaN in a pending explanation): never a number. */
export const PENDING_CELL_TEXT = '…';

/** True when every value of `values` is NaN: a vector the model has not computed yet. */
function isPending(values: Float32Array | readonly number[] | undefined): boolean {
  if (values === undefined || values.length === 0) return false;
  for (const value of values) if (!Number.isNaN(value)) return false;
  return true;
}

/** A cell's number (or the pending mark), centred in the cell. */
function cellText(cell: Rect, fontSize: number, ink: string, text: string) {
  return (
    <text
      x={cell.x + cell.width / 2}
      y={cell.y + cell.height / 2 - 2}
      dy="0.35em"
      textAnchor="middle"
      fontSize={fontSize}
      fill={ink}
      className="vector-strip-value"
    >
      {text}
    </text>
  );
}

/** Accessible name of one cell when the parent gives no wording: "forget gate, unit 3: 0.93". */
export const defaultDescribe = (label: string) => (index: number, value: string) => `${label}, unit ${index}: ${value}`;

export interface VectorStripProps {
  /** Where the strip and each of its cells sit (from a cell diagram's layout). */
  geometry: StripGeometry;
  /**
   * The vector; undefined draws empty cells (nothing computed yet). All NaN draws the strip waiting
   * for the model: quiet cells with "…", hidden from screen readers and the tab order, in the
   * place and size its numbers will take.
   */
  values: Float32Array | readonly number[] | undefined;
  /** What to paint while an animation runs; names and tooltips always tell `values`. */
  shownValues?: Float32Array | readonly number[];
  /** 'selector' for gates in (0, 1), 'signed' for everything else. */
  kind: ValueKind;
  /** The vector's name in the reader's language, e.g. "forget gate": names the strip. */
  label: string;
  /** A cell's accessible name from its 0-based index and formatted value; default {@link defaultDescribe}. */
  describe?: (index: number, value: string) => string;
  /** 'teaching': numbers in cells, each cell a tab stop. 'compact': one tab stop, arrow keys move. */
  mode: DiagramMode;
  /** Font size of the numbers in cells, in viewBox units. */
  fontSize?: number;
  /** Outline colour of the strip (its gate's colour). */
  accent?: string;
  /** The unit the formulas show: outlined. Only for hidden-size vectors. */
  focusedUnit?: number;
  /** Called when the reader focuses or clicks a cell. */
  onFocusUnit?: (unit: number) => void;
  /** Where tooltips are drawn, so later parts of the SVG cannot cover them. */
  tooltipLayer?: SVGGElement | null;
  /** Width of the drawing, to keep tooltips inside it. */
  viewWidth?: number;
  className?: string;
  /** Makes the cells changeable in place (dragged, or ↑ / ↓): for the inputs a slider also sets. */
  adjust?: CellAdjust;
}

function Tooltip({
  cell,
  text,
  fontSize,
  viewWidth,
}: {
  cell: Rect;
  text: string;
  fontSize: number;
  viewWidth: number;
}) {
  const width = text.length * fontSize * 0.56 + fontSize;
  const height = fontSize * 1.7;
  const x = Math.min(Math.max(cell.x + cell.width / 2 - width / 2, 2), viewWidth - width - 2);
  const y = cell.y - height - 6;
  return (
    <g className="vector-strip-tooltip" aria-hidden="true">
      <rect x={x} y={y} width={width} height={height} rx={fontSize * 0.3} fill="#15202b" />
      <text x={x + width / 2} y={y + height / 2} dy="0.35em" textAnchor="middle" fontSize={fontSize} fill="#ffffff">
        {text}
      </text>
    </g>
  );
}

/** Bar inside a cell: selectors grow from the left edge, signed values from the middle. */
function magnitudeBar(cell: Rect, kind: ValueKind, value: number): Rect {
  const inner = cell.width - 8;
  const clamped = Math.max(kind === 'selector' ? 0 : -1, Math.min(1, value));
  const height = 4;
  const y = cell.y + cell.height - height - 3;
  if (kind === 'selector') return { x: cell.x + 4, y, width: clamped * inner, height };
  const middle = cell.x + cell.width / 2;
  const length = (Math.abs(clamped) * inner) / 2;
  return { x: clamped < 0 ? middle - length : middle, y, width: length, height };
}

/** A cell's fill: its value's colour, white while it has none. */
const fillOf = (kind: ValueKind, value: number | undefined) => (value === undefined ? '#ffffff' : valueColor(kind, value));

/** Both inks a cell's number and bar may take, in a fixed order: a bar path per ink keeps its element. */
const INKS = ['#000000', '#ffffff'] as const;

/**
 * The bars of a teaching strip's cells as one path's data per ink (the number's colour on the
 * cell's fill): a drag that moves every bar then changes two attributes, not a rectangle per cell
 * (see outlinesByKey). Both inks always, in the same order, so the paths stay the same elements.
 */
function magnitudeBars(
  cells: readonly Rect[],
  kind: ValueKind,
  values: ArrayLike<number>,
  inkOf: (index: number) => (typeof INKS)[number],
) {
  const bars = cells.flatMap((cell, index) => {
    const value = values[index];
    // A path is drawn only up to the first error in its data, so one NaN would blank the bars of
    // its ink after it: a value not computed has no bar.
    if (value === undefined || Number.isNaN(value)) return [];
    return [{ ...magnitudeBar(cell, kind, value), ink: inkOf(index) }];
  });
  const byInk = new Map(outlinesByKey(bars, (bar) => bar.ink).map(({ key, d }) => [key, d]));
  return INKS.map((ink) => ({ key: ink, d: byInk.get(ink) ?? '' }));
}

/** A vector as a strip of cells coloured by value, inside an SVG. */
export function VectorStrip({
  geometry,
  values,
  shownValues,
  kind,
  label,
  describe = defaultDescribe(label),
  mode,
  fontSize = 17,
  accent = '#4b5a68',
  focusedUnit,
  onFocusUnit,
  tooltipLayer,
  viewWidth = Infinity,
  className,
  adjust,
}: VectorStripProps) {
  const id = useId();
  const [revealed, setRevealed] = useState<number | undefined>(undefined);
  const [active, setActive] = useState(0);
  const adjustable = useCellAdjust(adjust, values);
  const length = geometry.cells.length;
  const painted = shownValues ?? values;
  const teaching = mode === 'teaching';
  const pending = isPending(values);
  const decimals = geometry.decimals ?? 2;
  const nameOf = (index: number) =>
    values === undefined ? describe(index, '…') : describe(index, formatValue(values[index] ?? NaN, 2));

  const choose = (index: number) => {
    setActive(index);
    setRevealed(index);
    onFocusUnit?.(index);
  };
  const onStripKey = (event: KeyboardEvent) => {
    // Every vector is one row of cells: down and up move by one cell, like the arrows along it,
    // rather than jump to its ends.
    const moves: Record<string, number> = {
      ArrowRight: 1,
      ArrowLeft: -1,
      ArrowDown: 1,
      ArrowUp: -1,
      Home: -length,
      End: length,
    };
    if (adjustable.onKey(active, event)) return;
    const move = moves[event.key];
    if (move === undefined) return;
    event.preventDefault();
    choose(Math.min(length - 1, Math.max(0, active + move)));
  };

  // A compact strip's cells are drawn once and recoloured in place (CompactStripCells); a
  // teaching strip's few cells, and the cells of a strip waiting for the model, are rendered here.
  const list = useRef<SVGGElement>(null);
  const drawnInPlace = !teaching && !pending;
  usePaintedCells(list, drawnInPlace ? painted : undefined, kind, nameOf);
  const changeable = drawnInPlace && adjust ? geometry.cells.map((_, index) => (adjust.rangeOf(index) ? '1' : '0')).join('') : '';

  // Each drawn cell's fill and the ink on it, worked out once for its number and its bar.
  const fills = drawnInPlace || pending ? [] : geometry.cells.map((_, index) => fillOf(kind, painted?.[index]));
  const inks = fills.map(textColorOn);
  const cells = drawnInPlace ? null : geometry.cells.map((cell, index) => {
    if (pending) {
      return (
        <g key={index}>
          <rect {...cell} fill="#ffffff" stroke="#ffffff" strokeWidth={teaching ? 2 : 0.6} />
          {teaching && decimals > 0 && cellText(cell, fontSize, MUTED, PENDING_CELL_TEXT)}
        </g>
      );
    }
    const value = painted?.[index];
    const fill = fills[index]!;
    const ink = inks[index]!;
    const handlers = adjustable.cellHandlers(index);
    const cellClass = handlers ? ' vector-strip-adjustable' : '';
    return (
      <g
        key={index}
        role="img"
        tabIndex={0}
        className={`vector-strip-cell${cellClass}`}
        aria-label={nameOf(index)}
        onPointerEnter={() => setRevealed(index)}
        onClick={() => choose(index)}
        onKeyDown={(event) => adjustable.onKey(index, event)}
        onFocus={() => choose(index)}
        onBlur={() => setRevealed(undefined)}
        {...(handlers && { ...handlers, 'aria-describedby': `${id}-adjust` })}
      >
        <rect {...cell} fill={fill} stroke="#ffffff" strokeWidth={2} />
        {value !== undefined && decimals > 0 && cellText(cell, fontSize, ink, formatCellValue(value, decimals))}
        {handlers && <path className="vector-strip-grip" d={gripPath(cell)} aria-hidden="true" />}
      </g>
    );
  });

  // A teaching strip's bars, one path per ink (see magnitudeBars), over the cells they sit in.
  // Faded with fill-opacity, not opacity: an element's opacity is an effect of its own, which
  // Chromium cannot fold into the strip's compositing layer (DiagramFrame.css), so everything
  // painted after the bars, from the strip's frame on, went into a layer of its own over it, and a
  // software compositor blended all those layers again on every frame of a drag. The bars never
  // overlap one another, so the two look the same.
  const bars =
    !teaching || pending || painted === undefined ? null : (
      <g className="vector-strip-bars" aria-hidden="true" pointerEvents="none">
        {magnitudeBars(geometry.cells, kind, painted, (index) => inks[index]!).map(({ key: ink, d }) => (
          <path key={ink} d={d} fill={ink} fillOpacity={0.55} />
        ))}
      </g>
    );

  const ring = (index: number | undefined, kindClass: string) => {
    const cell = index === undefined ? undefined : geometry.cells[index];
    if (!cell) return null;
    const inset = teaching ? 1.5 : 0.75;
    return (
      <g className={kindClass} aria-hidden="true" pointerEvents="none">
        <rect
          x={cell.x - inset}
          y={cell.y - inset}
          width={cell.width + 2 * inset}
          height={cell.height + 2 * inset}
          fill="none"
          stroke="#15202b"
          strokeWidth={teaching ? 4 : 2.5}
        />
        <rect {...cell} fill="none" stroke="#ffffff" strokeWidth={teaching ? 1.5 : 1} />
      </g>
    );
  };

  const revealedValue = revealed === undefined ? undefined : values?.[revealed];
  const revealedCell = revealed === undefined ? undefined : geometry.cells[revealed];
  let tooltip: ReactNode = null;
  if (revealedCell && revealed !== undefined) {
    const text = describe(revealed, revealedValue === undefined ? '…' : formatValue(revealedValue, 4));
    // Above a changeable cell's ▲, which shows while the tooltip does.
    const above = adjustable.cellHandlers(revealed) ? { ...revealedCell, y: revealedCell.y - 8 } : revealedCell;
    tooltip = <Tooltip cell={above} text={text} fontSize={teaching ? 17 : 19} viewWidth={viewWidth} />;
  }

  const frame = (
    <rect
      x={geometry.x - 1}
      y={geometry.y - 1}
      width={geometry.width + 2}
      height={geometry.height + 2}
      fill="none"
      stroke={accent}
      strokeWidth={teaching ? 2.5 : 2}
      aria-hidden="true"
    />
  );
  const classes = ['vector-strip', `vector-strip-${mode}`, className].filter(Boolean).join(' ');

  if (pending)
    return (
      <g className={`${classes} vector-strip-pending`} aria-hidden="true">
        {cells}
        {frame}
        {ring(focusedUnit, 'vector-strip-focused-unit')}
      </g>
    );

  return (
    <g className={classes} onPointerLeave={() => setRevealed(undefined)}>
      {adjust && <desc id={`${id}-adjust`}>{adjust.description}</desc>}
      {teaching ? (
        <>
          <g role="group" aria-label={label}>
            {cells}
          </g>
          {bars}
        </>
      ) : (
        <g
          ref={list}
          role="listbox"
          tabIndex={0}
          aria-label={label}
          aria-activedescendant={compactCellId(id, active)}
          className="vector-strip-cells"
          onKeyDown={onStripKey}
          onPointerOver={(event) => {
            const index = cellIndexOf(event.target);
            if (index !== undefined) setRevealed(index);
          }}
          onClick={(event) => {
            const index = cellIndexOf(event.target);
            if (index !== undefined) choose(index);
          }}
          {...(adjust && adjustable.stripHandlers)}
          onFocus={() => {
            const start = focusedUnit !== undefined && focusedUnit < length ? focusedUnit : active;
            setActive(start);
            setRevealed(start);
          }}
          onBlur={() => setRevealed(undefined)}
        >
          <CompactStripCells
            geometry={geometry}
            idPrefix={id}
            changeable={changeable}
            adjustDescriptionId={`${id}-adjust`}
            active={active}
          />
        </g>
      )}
      {frame}
      {ring(focusedUnit, 'vector-strip-focused-unit')}
      {revealed !== focusedUnit && ring(revealed, 'vector-strip-revealed')}
      {tooltipLayer ? createPortal(tooltip, tooltipLayer) : tooltip}
    </g>
  );
}
