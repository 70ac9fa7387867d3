import { shapesFieldErrors } from '../../content/shapes/shapes';
import type { FieldProblem } from '../../store/shapes/shapesSettings';
import { BilingualText } from '../shared/BilingualText';
import { fillText } from '../shared/fillText';

/** Why a field's value was not taken, beside the field: the rule in words, with the value still in use. */
export function FieldProblemNote({ problem, id }: { problem: FieldProblem | undefined; id?: string }) {
  if (!problem) return null;
  return (
    <p id={id} className="field-problem" role="alert">
      <BilingualText text={fillText(shapesFieldErrors[problem.rule], problem.values)} />
    </p>
  );
}
