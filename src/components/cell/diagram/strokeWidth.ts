import type { CSSProperties } from 'react';

/**
 * Props for a stroke `width` user units wide, times `--stroke-scale` (1 unless set): presenter
 * mode thickens every line of the drawing at once for a washed-out projector (Presenting.css).
 * The attribute stays for where no stylesheet applies (the shapes-only images in public/images).
 */
export function scaledStroke(width: number): { strokeWidth: number; style: CSSProperties } {
  return { strokeWidth: width, style: { strokeWidth: `calc(${width}px * var(--stroke-scale, 1))` } };
}
