import { useEffect, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import type { Rect } from '../../viz/diagramGeometry';

/** How the cells of a strip that shows an input (x_t, h_{t−1}, C_{t−1}) are changed in place. */
export interface CellAdjust {
  /** The range of cell `index`, as its slider has it; undefined for a cell that cannot be changed. */
  rangeOf: (index: number) => { min: number; max: number } | undefined;
  /** Sets cell `index` to `value`, already limited to its range and rounded to the slider's step. */
  onChange: (index: number, value: number) => void;
  /** How to change a cell, in the reader's language: each cell's accessible description. */
  description: string;
}

/** The sliders' step: a dragged value lands where a slider could have put it. */
const STEP = 0.01;
/** A drag across this many CSS pixels sweeps the whole range; Shift makes it ten times finer. */
const DRAG_SPAN = 200;
const FINE = 0.1;
/** What ↑ / ↓ add, and with Shift. */
const KEY_STEP = 0.1;
const FINE_KEY_STEP = 0.01;

/** The attribute a compact strip's cell carries its index in, so one handler on the strip serves every cell. */
export const CELL_INDEX_ATTRIBUTE = 'data-cell-index';

/** The index of the cell an event happened in (see {@link CELL_INDEX_ATTRIBUTE}); undefined outside a cell. */
export function cellIndexOf(target: EventTarget | null): number | undefined {
  const cell = target instanceof Element ? target.closest(`[${CELL_INDEX_ATTRIBUTE}]`) : null;
  const index = Number(cell?.getAttribute(CELL_INDEX_ATTRIBUTE) ?? NaN);
  return Number.isInteger(index) ? index : undefined;
}

const KEY_DIRECTIONS: Record<string, 1 | -1> = { ArrowUp: 1, ArrowDown: -1, '+': 1, '=': 1, '-': -1, '−': -1 };

/** `value` inside `range` and on the slider's step, without binary fractions (0.3, not 0.30000000000000004). */
export function onStep(value: number, range: { min: number; max: number }): number {
  const limited = Math.min(range.max, Math.max(range.min, value));
  return Number((Math.round(limited / STEP) * STEP).toFixed(2));
}

/** The ▲ above and ▼ below a cell, shown while it is hovered or focused: it can be pulled up or down. */
export function gripPath(cell: Rect): string {
  const middle = cell.x + cell.width / 2;
  const half = Math.min(5, cell.width / 2);
  const tall = half;
  const top = cell.y - 3;
  const bottom = cell.y + cell.height + 3;
  return (
    `M${middle - half},${top} L${middle + half},${top} L${middle},${top - tall} Z ` +
    `M${middle - half},${bottom} L${middle + half},${bottom} L${middle},${bottom + tall} Z`
  );
}

interface Drag {
  pointerId: number;
  index: number;
  /** Where the drag has taken the value, before rounding: the limits hold it, so turning back responds at once. */
  value: number;
  x: number;
  y: number;
  /** The value waiting for the next animation frame, and that frame. */
  pending: number | undefined;
  frame: number | undefined;
  sent: number;
}

/**
 * Pointer and key handlers that change a strip's cells: a mouse or pen drags a cell up to raise it
 * and down to lower it; a finger slides it sideways (right raises), so an upright swipe still
 * scrolls the page (the cells are `touch-action: pan-y`); ↑ / ↓ (or + / −) step it by 0.1, with
 * Shift by 0.01, and Shift makes a drag ten times finer. A drag sends at most one value per
 * animation frame, so the model computes once a frame however fast the pointer reports.
 */
export function useCellAdjust(adjust: CellAdjust | undefined, values: ArrayLike<number> | undefined) {
  const latest = useRef({ adjust, values });
  const drag = useRef<Drag | undefined>(undefined);
  useEffect(() => {
    latest.current = { adjust, values };
  });
  useEffect(
    () => () => {
      if (drag.current?.frame !== undefined) cancelAnimationFrame(drag.current.frame);
    },
    [],
  );

  const send = (current: Drag) => {
    current.frame = undefined;
    if (current.pending === undefined || current.pending === current.sent) return;
    current.sent = current.pending;
    latest.current.adjust?.onChange(current.index, current.pending);
  };
  /** Moves the dragged value as far as the pointer went since its last report. */
  const follow = (current: Drag, event: PointerEvent, range: { min: number; max: number }) => {
    const along = event.pointerType === 'touch' ? event.clientX - current.x : current.y - event.clientY;
    if (!Number.isFinite(along) || along === 0) return;
    current.x = event.clientX;
    current.y = event.clientY;
    const gain = ((range.max - range.min) / DRAG_SPAN) * (event.shiftKey ? FINE : 1);
    current.value = Math.min(range.max, Math.max(range.min, current.value + along * gain));
    current.pending = onStep(current.value, range);
  };
  const end = (event: PointerEvent, range?: { min: number; max: number }) => {
    const current = drag.current;
    if (!current || current.pointerId !== event.pointerId) return;
    // A finger's last stretch may come only with its lift.
    if (range) follow(current, event, range);
    if (current.frame !== undefined) cancelAnimationFrame(current.frame);
    send(current);
    drag.current = undefined;
  };

  /** Handlers for cell `index`; undefined where it cannot be changed. */
  const cellHandlers = (index: number) => {
    const range = adjust?.rangeOf(index);
    if (!range) return undefined;
    return {
      onPointerDown: (event: PointerEvent<SVGGElement>) => {
        if (event.pointerType === 'mouse' && event.button !== 0) return;
        const value = Number(latest.current.values?.[index] ?? 0);
        drag.current = {
          pointerId: event.pointerId,
          index,
          value,
          x: event.clientX,
          y: event.clientY,
          pending: undefined,
          frame: undefined,
          sent: onStep(value, range),
        };
        event.currentTarget.setPointerCapture?.(event.pointerId);
      },
      onPointerMove: (event: PointerEvent<SVGGElement>) => {
        const current = drag.current;
        if (!current || current.pointerId !== event.pointerId) return;
        follow(current, event, range);
        if (current.pending !== undefined) current.frame ??= requestAnimationFrame(() => send(current));
      },
      onPointerUp: (event: PointerEvent<SVGGElement>) => end(event, range),
      onPointerCancel: (event: PointerEvent<SVGGElement>) => end(event),
    };
  };

  /**
   * The same pointer handlers for a whole strip whose cells carry {@link CELL_INDEX_ATTRIBUTE}: a
   * press starts on the cell under it, and the rest of the drag follows that cell (the strip holds
   * the pointer capture).
   */
  const dragged = () => (drag.current === undefined ? undefined : cellHandlers(drag.current.index));
  const stripHandlers = {
    onPointerDown: (event: PointerEvent<SVGGElement>) => {
      const index = cellIndexOf(event.target);
      if (index !== undefined) cellHandlers(index)?.onPointerDown(event);
    },
    onPointerMove: (event: PointerEvent<SVGGElement>) => dragged()?.onPointerMove(event),
    onPointerUp: (event: PointerEvent<SVGGElement>) => dragged()?.onPointerUp(event),
    onPointerCancel: (event: PointerEvent<SVGGElement>) => dragged()?.onPointerCancel(event),
  };

  /** Changes cell `index` for ↑ / ↓ / + / −; true when the key was used. */
  const onKey = (index: number, event: KeyboardEvent): boolean => {
    const direction = KEY_DIRECTIONS[event.key];
    const range = adjust?.rangeOf(index);
    if (!direction || !range || event.altKey || event.ctrlKey || event.metaKey) return false;
    event.preventDefault();
    const shift = event.shiftKey && event.key.startsWith('Arrow');
    const value = Number(values?.[index] ?? 0) + direction * (shift ? FINE_KEY_STEP : KEY_STEP);
    adjust?.onChange(index, onStep(value, range));
    return true;
  };

  return { cellHandlers, stripHandlers, onKey };
}
