import { useMemo } from 'react';
import { valueRowLayout } from '../../viz/valueRowLayout';
import { StripDivider } from '../shared/StripDivider';
import { VectorStrip } from '../shared/VectorStrip';

export interface ValueRowProps {
  /** The vector; undefined draws empty cells (nothing computed yet). */
  values: Float32Array | undefined;
  hiddenSize: number;
  /** 2: `values` is a forward and a reverse vector of `hiddenSize` each, drawn side by side. */
  parts?: 1 | 2;
  /** Names the strip, e.g. "out[5, 0, :]". */
  label: string;
  /** A cell's accessible name from its index and formatted value. */
  describe: (index: number, value: string) => string;
  /** Outline colour: the colour of what the vector holds. */
  accent: string;
}

// Compact cells are 10 units wide; drawn a little larger they stay easy to point at.
const PIXELS_PER_UNIT = { teaching: 1, compact: 1.4 } as const;

/** A hidden-size vector in its own small drawing, outside a cell diagram, coloured as the diagrams colour it. */
export function ValueRow({ values, hiddenSize, parts = 1, label, describe, accent }: ValueRowProps) {
  const layout = useMemo(() => valueRowLayout(hiddenSize, parts), [hiddenSize, parts]);
  const { geometry, width, height, mode } = layout;
  const scale = PIXELS_PER_UNIT[mode];
  return (
    <svg
      className={`value-row value-row-${mode}`}
      viewBox={`0 0 ${width} ${height}`}
      width={width * scale}
      height={height * scale}
    >
      <VectorStrip
        geometry={geometry}
        values={values}
        kind="signed"
        label={label}
        describe={describe}
        mode={mode}
        fontSize={layout.fontSize.value}
        accent={accent}
        viewWidth={width}
      />
      <StripDivider geometry={geometry} overhang={2} />
    </svg>
  );
}
