import { memo, useLayoutEffect, useRef, type RefObject } from 'react';
import type { StripGeometry } from '../../viz/diagramGeometry';
import { valueColor, type ValueKind } from '../../viz/colors';
import { CELL_INDEX_ATTRIBUTE, gripPath } from './useCellAdjust';

/** The id of a compact strip's cell `index`: what the strip's aria-activedescendant names. */
export const compactCellId = (idPrefix: string, index: number) => `${idPrefix}-cell-${index}`;

interface CompactStripCellsProps {
  geometry: StripGeometry;
  /** Prefix of the cells' ids; the strip's aria-activedescendant names one of them. */
  idPrefix: string;
  /**
   * Per cell, '1' where it can be changed in place (a grip, the adjust description), else '0': a
   * string, so that memo compares it by value.
   */
  changeable: string;
  /** The id of the description a changeable cell points to. */
  adjustDescriptionId: string;
  /** The cell the strip's arrow keys are on. */
  active: number;
}

/**
 * A compact strip's cells, without their colours or names: React draws them again only when the
 * strip's shape, its changeable cells or its active cell change. A drag recolours hundreds of
 * cells a frame (seven strips of 100 at hidden 100), and rendering each of them again cost about
 * 1.4 MB of short-lived objects per input, whose scavenges (up to 20 ms) made frames late;
 * {@link usePaintedCells} sets the two attributes that change instead.
 */
export const CompactStripCells = memo(function CompactStripCells({
  geometry,
  idPrefix,
  changeable,
  adjustDescriptionId,
  active,
}: CompactStripCellsProps) {
  return geometry.cells.map((cell, index) => {
    const canChange = changeable[index] === '1';
    return (
      <g
        key={index}
        id={compactCellId(idPrefix, index)}
        role="option"
        aria-selected={index === active}
        aria-describedby={canChange ? adjustDescriptionId : undefined}
        className={canChange ? 'vector-strip-adjustable' : undefined}
        {...{ [CELL_INDEX_ATTRIBUTE]: index }}
      >
        {/* No fill here: usePaintedCells owns it, and React must never set it back. */}
        <rect {...cell} stroke="#ffffff" strokeWidth={0.6} />
        {canChange && <path className="vector-strip-grip" d={gripPath(cell)} aria-hidden="true" />}
      </g>
    );
  });
});

/**
 * Colours and names the cells {@link CompactStripCells} drew inside `list`, before the browser
 * paints: each cell's fill from `painted` and its accessible name from `nameOf`, touching only
 * the attributes whose text changed. What was set is remembered per element, so cells React adds
 * later (a larger size) are painted too.
 */
export function usePaintedCells(
  list: RefObject<SVGGElement | null>,
  painted: ArrayLike<number> | undefined,
  kind: ValueKind,
  nameOf: (index: number) => string,
): void {
  const setFills = useRef(new WeakMap<Element, string>());
  const setNames = useRef(new WeakMap<Element, string>());
  useLayoutEffect(() => {
    const cells = list.current?.children;
    if (!cells) return;
    for (let index = 0; index < cells.length; index++) {
      const cell = cells[index]!;
      const rect = cell.firstElementChild;
      const value = painted?.[index];
      const fill = value === undefined ? '#ffffff' : valueColor(kind, value);
      if (rect && setFills.current.get(rect) !== fill) {
        rect.setAttribute('fill', fill);
        setFills.current.set(rect, fill);
      }
      const name = nameOf(index);
      if (setNames.current.get(cell) !== name) {
        cell.setAttribute('aria-label', name);
        setNames.current.set(cell, name);
      }
    }
  });
}
