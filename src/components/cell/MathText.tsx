import { mathRuns } from '../shared/MathLabel';

/**
 * A math symbol in HTML, written as the diagram writes it: `b_f` as b with a subscript f,
 * `h_{t−1}` with t−1 lowered (the diagram's SVG labels use the same runs).
 */
export function MathText({ source }: { source: string }) {
  return (
    <span className="math-text">
      {mathRuns(source).map((run, index) => (run.sub ? <sub key={index}>{run.text}</sub> : run.text))}
    </span>
  );
}
