import { useCallback, useEffect, useRef, useState, type PointerEvent, type ReactNode, type WheelEvent } from 'react';
import { sequenceStore } from '../../store/sequence/sequenceStore';
import { scrollToShowStep, type TimelineLayout } from '../../viz/timelineLayout';

/** How far (px) a press may move and still be a click on a cell rather than a drag of the columns. */
const DRAG_SLOP = 6;

interface TimelineColumnsProps {
  layout: TimelineLayout;
  /** Pixels per unit. */
  scale: number;
  /** The width (px) the columns have beside the rows' names. */
  room: number;
  /** The drawing's accessible name. */
  label: string;
  /** The drawing, in the layout's units. Passed as children, they are not re-rendered when the window moves. */
  children: ReactNode;
}

/**
 * The timeline's columns, never wider than their room: when they do not all fit, the SVG shows
 * a window of them (its viewBox), which moves to keep the step shown in view as it changes
 * (playback, the scrubber, the keys), and which a drag or a sideways wheel moves by hand. An
 * arrow and a fade at an edge say that more steps lie past it.
 */
export function TimelineColumns({ layout, scale, room, label, children }: TimelineColumnsProps) {
  const full = layout.width * scale;
  const shown = Math.max(0, Math.min(full, room));
  const maxOffset = Math.max(0, full - shown);
  const showStep = (t: number, from: number) => scrollToShowStep(layout, scale, t, Math.min(from, maxOffset), shown);
  const [offset, setOffset] = useState(() => showStep(sequenceStore.getState().t, 0));
  // A new size or sequence keeps the step shown in view, settled during this render, before any paint.
  const [fitted, setFitted] = useState({ layout, scale, shown });
  if (fitted.layout !== layout || fitted.scale !== scale || fitted.shown !== shown) {
    setFitted({ layout, scale, shown });
    setOffset(showStep(sequenceStore.getState().t, offset));
  }
  const at = Math.min(offset, maxOffset);

  const follow = useCallback(
    (t: number) => setOffset((previous) => scrollToShowStep(layout, scale, t, Math.min(previous, maxOffset), shown)),
    [layout, scale, shown, maxOffset],
  );
  // The step changes many times a second while playing: read from the store, not through a render
  // of the whole timeline. The window moves only when the step leaves it.
  useEffect(
    () =>
      sequenceStore.subscribe((state, previous) => {
        if (state.t !== previous.t) follow(state.t);
      }),
    [follow],
  );

  const pan = useCallback(
    (delta: number) => setOffset((previous) => Math.min(maxOffset, Math.max(0, Math.min(previous, maxOffset) + delta))),
    [maxOffset],
  );
  const press = useRef<{ pointer: number; startX: number; lastX: number } | undefined>(undefined);
  const dragged = useRef(false);
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    dragged.current = false;
    if (maxOffset <= 0 || event.button !== 0) return;
    press.current = { pointer: event.pointerId, startX: event.clientX, lastX: event.clientX };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const current = press.current;
    if (!current || current.pointer !== event.pointerId) return;
    if (!dragged.current && Math.abs(event.clientX - current.startX) <= DRAG_SLOP) return;
    if (!dragged.current) {
      dragged.current = true;
      event.currentTarget.setPointerCapture(event.pointerId);
    }
    pan(current.lastX - event.clientX);
    current.lastX = event.clientX;
  };
  const onPointerEnd = () => {
    press.current = undefined;
  };
  const onWheel = (event: WheelEvent<HTMLDivElement>) => {
    if (maxOffset <= 0) return;
    const sideways = event.deltaX !== 0 ? event.deltaX : event.shiftKey ? event.deltaY : 0;
    if (Math.abs(sideways) > Math.abs(event.shiftKey ? 0 : event.deltaY)) pan(sideways);
  };

  return (
    <div
      className="timeline-window"
      data-hidden-before={at > 0.5 || undefined}
      data-hidden-after={at < maxOffset - 0.5 || undefined}
      data-pannable={maxOffset > 0 || undefined}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerEnd}
      onPointerCancel={onPointerEnd}
      onClickCapture={(event) => {
        // A drag ends with a click on whatever cell it started on: that cell is not opened.
        if (!dragged.current) return;
        dragged.current = false;
        event.stopPropagation();
        event.preventDefault();
      }}
      onWheel={onWheel}
    >
      <svg
        className="timeline-svg"
        viewBox={`${at / scale} 0 ${shown / scale} ${layout.height}`}
        width={shown}
        height={layout.height * scale}
        role="group"
        aria-label={label}
        // A figure of the timeline shows every column, not the window on them.
        data-figure-view-box={`0 0 ${layout.width} ${layout.height}`}
        data-figure-width={full}
      >
        {children}
      </svg>
    </div>
  );
}
