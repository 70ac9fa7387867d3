import type { LabelAnchor } from '../../viz/diagramGeometry';

/** Splits "C_{t−1} ⊙ x_t" into plain and subscript runs: `_{…}` and `_x` are subscripts. */
export function mathRuns(source: string): { text: string; sub: boolean }[] {
  const runs: { text: string; sub: boolean }[] = [];
  let rest = source;
  for (let match = /_\{([^}]*)\}|_(\S)/.exec(rest); match; match = /_\{([^}]*)\}|_(\S)/.exec(rest)) {
    if (match.index > 0) runs.push({ text: rest.slice(0, match.index), sub: false });
    runs.push({ text: match[1] ?? match[2] ?? '', sub: true });
    rest = rest.slice(match.index + match[0].length);
  }
  if (rest) runs.push({ text: rest, sub: false });
  return runs;
}

/**
 * A math symbol in SVG, "h_{t−1}" drawn with a lowered, smaller t−1. Hidden from screen readers:
 * the parts it names carry their own accessible names in the reader's language.
 */
export function MathLabel(props: {
  source: string;
  x: number;
  y: number;
  anchor: LabelAnchor['anchor'];
  size: number;
  color: string;
}) {
  const shift = props.size * 0.3;
  const runs = mathRuns(props.source);
  return (
    <text
      x={props.x}
      y={props.y}
      textAnchor={props.anchor}
      fontSize={props.size}
      fill={props.color}
      className="cell-diagram-math"
      aria-hidden="true"
    >
      {runs.map((run, index) => {
        const lowered = runs[index - 1]?.sub ?? false;
        const dy = run.sub === lowered ? undefined : run.sub ? shift : -shift;
        return (
          <tspan key={index} dy={dy} fontSize={run.sub ? props.size * 0.7 : undefined}>
            {run.text}
          </tspan>
        );
      })}
    </text>
  );
}
