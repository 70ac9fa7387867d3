import { INK } from '../../viz/colors';
import type { StripGeometry } from '../../viz/diagramGeometry';

/**
 * The dashed line a strip of two vectors side by side draws between them ([h_{t−1}, x_t]'s h and
 * x cells, a bidirectional output's two directions), running `overhang` past the strip's top and
 * bottom; nothing for a strip of one vector.
 */
export function StripDivider({ geometry, overhang }: { geometry: StripGeometry; overhang: number }) {
  if (geometry.dividerX === undefined) return null;
  return (
    <line
      x1={geometry.dividerX}
      x2={geometry.dividerX}
      y1={geometry.y - overhang}
      y2={geometry.y + geometry.height + overhang}
      stroke={INK}
      strokeWidth={2}
      strokeDasharray="4 3"
      aria-hidden="true"
    />
  );
}
