import { useId, useState } from 'react';
import type { Bilingual } from '../../content/bilingual';
import { shapeFeedback } from '../../content/tour/shapeFeedback';
import type { ExerciseId } from '../../content/tour/tourOutline';
import type { ShapeExerciseText } from '../../content/tour/tourTypes';
import { tourUiText } from '../../content/tour/tourUi';
import {
  diagnoseShape,
  expectedShapes,
  parseShape,
  shapeFacts,
  type ShapeExerciseSpec,
} from '../../store/tour/tourExercises';
import { useTourStore } from '../../store/tour/tourStore';
import { BilingualParagraph } from '../shared/BilingualParagraph';
import { BilingualText } from '../shared/BilingualText';
import { fillText } from '../shared/fillText';
import { withTerms } from '../shared/withTerms';

/** The verdict on one tensor's shape: right, or what the answer gets wrong. */
type Verdict = { right: true } | { right: false; why: Bilingual };

/** Checks every answer against the model's shapes; a message instead when it cannot check. */
function verdicts(spec: ShapeExerciseSpec, answers: readonly string[]): Verdict[] | Bilingual {
  const given = answers.map(parseShape);
  if (given.some((shape) => shape === undefined)) return tourUiText.fillEveryNumber;
  let expected: Record<string, number[]>;
  try {
    expected = expectedShapes(spec);
  } catch {
    return tourUiText.modelNotReady;
  }
  return spec.questions.map((question, index) => {
    const mistake = diagnoseShape(spec, question, expected[question.name] ?? [], given[index] ?? []);
    if (!mistake) return { right: true };
    return { right: false, why: fillText(shapeFeedback[mistake], shapeFacts(spec, question.name)) };
  });
}

/** A question answered with shapes, one field per tensor, checked against the model layer. */
export function ShapeExercise({
  id,
  spec,
  text,
}: {
  id: ExerciseId;
  spec: ShapeExerciseSpec;
  text: ShapeExerciseText;
}) {
  const fieldId = useId();
  const markSolved = useTourStore((state) => state.markSolved);
  const [answers, setAnswers] = useState<string[]>(() => spec.questions.map(() => ''));
  const [result, setResult] = useState<Verdict[] | Bilingual | undefined>(undefined);
  const allRight = Array.isArray(result) && result.every((verdict) => verdict.right);
  return (
    <form
      className="exercise-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const checked = verdicts(spec, answers);
        setResult(checked);
        if (Array.isArray(checked) && checked.every((verdict) => verdict.right)) markSolved(id);
      }}
    >
      <BilingualParagraph text={withTerms(text.prompt)} />
      <pre className="exercise-code">
        <code>{text.code}</code>
      </pre>
      <div className="shape-answers">
        {spec.questions.map((question, index) => {
          const verdict = Array.isArray(result) ? result[index] : undefined;
          return (
            <div key={question.name} className="shape-answer">
              <label htmlFor={`${fieldId}-${index}`}>
                <BilingualText text={fillText(tourUiText.shapeOf, { name: question.name })} />
              </label>
              <input
                id={`${fieldId}-${index}`}
                type="text"
                inputMode="numeric"
                autoComplete="off"
                spellCheck={false}
                value={answers[index] ?? ''}
                aria-invalid={verdict ? !verdict.right : undefined}
                aria-describedby={verdict ? `${fieldId}-${index}-verdict` : undefined}
                onChange={(event) => {
                  const next = [...answers];
                  next[index] = event.target.value;
                  setAnswers(next);
                }}
              />
              {verdict && (
                <p
                  id={`${fieldId}-${index}-verdict`}
                  className={verdict.right ? 'shape-verdict right' : 'shape-verdict wrong'}
                >
                  <BilingualText text={verdict.right ? tourUiText.right : verdict.why} />
                </p>
              )}
            </div>
          );
        })}
      </div>
      <p className="shape-hint">
        <BilingualText text={tourUiText.shapeHint} />
      </p>
      <button type="submit" className="action-button">
        <BilingualText text={tourUiText.check} />
      </button>
      <div role="status" className="exercise-feedback-slot">
        {result && !Array.isArray(result) && (
          <p className="exercise-feedback wrong">
            <BilingualText text={result} />
          </p>
        )}
        {allRight && (
          <div className="exercise-feedback right">
            <BilingualParagraph text={withTerms(text.explanation)} />
          </div>
        )}
      </div>
    </form>
  );
}
