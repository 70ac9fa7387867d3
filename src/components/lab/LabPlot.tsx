import type { ReactNode } from 'react';
import type { LabKind } from '../../model';
import { LAB_MODEL_COLORS, LAB_MODEL_DASHES, type PlotLayout } from '../../viz/labPlots';

interface LabPlotProps {
  layout: PlotLayout;
  width: number;
  height: number;
  /** The plot's accessible name. */
  label: string;
  /** The x axis's name, under it. */
  xLabel: string;
  /** What is drawn under the lines (a chance-level rule). */
  children?: ReactNode;
}

/** One of the lab's line plots: grid, ticks and one line per model, in its colour and dash. */
export function LabPlot({ layout, width, height, label, xLabel, children }: LabPlotProps) {
  const { area } = layout;
  return (
    <svg className="lab-plot" role="img" aria-label={label} width={width} height={height}>
      <g className="lab-plot-grid" aria-hidden="true">
        {layout.yTicks.map((tick) => (
          <g key={`y${tick.value}`}>
            <line x1={area.left} x2={area.right} y1={tick.at} y2={tick.at} />
            <text x={area.left - 4} y={tick.at} textAnchor="end" dominantBaseline="middle">
              {tick.label}
            </text>
          </g>
        ))}
        {layout.xTicks.map((tick) => (
          <text key={`x${tick.value}`} x={tick.at} y={area.bottom + 13} textAnchor="middle">
            {tick.label}
          </text>
        ))}
        <line className="lab-plot-axis" x1={area.left} x2={area.right} y1={area.bottom} y2={area.bottom} />
        <text className="lab-plot-axis-name" x={(area.left + area.right) / 2} y={height - 2} textAnchor="middle">
          {xLabel}
        </text>
      </g>
      {children}
      {layout.lines.map((line) => (
        <path
          key={line.kind}
          className="lab-plot-line"
          data-model={line.kind}
          data-points={line.points}
          d={line.path}
          stroke={LAB_MODEL_COLORS[line.kind]}
          strokeDasharray={LAB_MODEL_DASHES[line.kind]}
        />
      ))}
    </svg>
  );
}

/** The models' names in their colours and dashes, for the plots beside it. */
export function LabLegend({ kinds }: { kinds: readonly LabKind[] }) {
  return (
    <ul className="lab-legend">
      {kinds.map((kind) => (
        <li key={kind}>
          <svg width="28" height="10" aria-hidden="true">
            <line
              x1="1"
              x2="27"
              y1="5"
              y2="5"
              stroke={LAB_MODEL_COLORS[kind]}
              strokeWidth="2.5"
              strokeDasharray={LAB_MODEL_DASHES[kind]}
            />
          </svg>
          {kind}
        </li>
      ))}
    </ul>
  );
}
