import { useId, useRef, useState } from 'react';
import type { Bilingual } from '../../content/bilingual';
import { shapeFeedback, shapeReadingText } from '../../content/tour/shapeFeedback';
import type { ExerciseId } from '../../content/tour/tourOutline';
import type { ShapeExerciseText } from '../../content/tour/tourTypes';
import { tourUiText } from '../../content/tour/tourUi';
import {
  diagnoseShape,
  expectedShapes,
  readShape,
  shapeFacts,
  type ShapeExerciseSpec,
} from '../../store/tour/tourExercises';
import { useTourStore } from '../../store/tour/tourStore';
import { BilingualParagraph } from '../shared/BilingualParagraph';
import { BilingualText } from '../shared/BilingualText';
import { fillText } from '../shared/fillText';
import { withTerms } from '../shared/withTerms';
import { useRevealAfterCheck } from './useRevealAfterCheck';

/** The verdict on one tensor's shape: right, or what the answer gets wrong. */
type Verdict = { right: true } | { right: false; why: Bilingual };

/**
 * Checks every answer against the model's shapes; an answer that cannot be read says what could
 * not be read. A message instead when the model layer cannot check yet.
 */
function verdicts(spec: ShapeExerciseSpec, answers: readonly string[]): Verdict[] | Bilingual {
  const readings = answers.map(readShape);
  let expected: Record<string, number[]> = {};
  if (readings.some((reading) => 'shape' in reading)) {
    try {
      expected = expectedShapes(spec);
    } catch {
      return tourUiText.modelNotReady;
    }
  }
  return spec.questions.map((question, index) => {
    const reading = readings[index] ?? { problem: 'empty' };
    if (!('shape' in reading)) {
      const part = 'part' in reading ? reading.part : '';
      return { right: false, why: fillText(shapeReadingText[reading.problem], { part }) };
    }
    const mistake = diagnoseShape(spec, question, expected[question.name] ?? [], reading.shape);
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
  const form = useRef<HTMLFormElement>(null);
  const reveal = useRevealAfterCheck();
  return (
    <form
      ref={form}
      className="exercise-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const checked = verdicts(spec, answers);
        setResult(checked);
        if (Array.isArray(checked) && checked.every((verdict) => verdict.right)) markSolved(id);
        // The first answer that is wrong, with what is wrong with it; else the message or the explanation.
        reveal(
          () =>
            form.current?.querySelector('[aria-invalid="true"]')?.closest<HTMLElement>('.shape-answer') ??
            form.current?.querySelector<HTMLElement>('.exercise-feedback-slot'),
        );
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
                // Not "numeric": a phone's digit pad has no comma, space or ×.
                inputMode="text"
                autoComplete="off"
                autoCapitalize="off"
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
