import { useId, useRef, useState } from 'react';
import type { ExerciseId } from '../../content/tour/tourOutline';
import type { ChoiceExerciseText } from '../../content/tour/tourTypes';
import { tourUiText } from '../../content/tour/tourUi';
import { choiceOrder } from '../../store/tour/tourExercises';
import { useTourStore } from '../../store/tour/tourStore';
import { BilingualParagraph } from '../shared/BilingualParagraph';
import { BilingualText } from '../shared/BilingualText';
import { withTerms } from '../shared/withTerms';
import { useRevealAfterCheck } from './useRevealAfterCheck';

/** A multiple-choice question: pick one, check it, read why it is right or what is wrong with it. */
export function ChoiceExercise({ id, text }: { id: ExerciseId; text: ChoiceExerciseText }) {
  const name = useId();
  const markSolved = useTourStore((state) => state.markSolved);
  const [chosen, setChosen] = useState<number | undefined>(undefined);
  const [checked, setChecked] = useState<number | undefined>(undefined);
  const answer = checked === undefined ? undefined : text.options[checked];
  const feedback = useRef<HTMLDivElement>(null);
  const reveal = useRevealAfterCheck();
  return (
    <form
      className="exercise-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (chosen === undefined) return;
        setChecked(chosen);
        if (text.options[chosen]?.correct) markSolved(id);
        reveal(() => feedback.current);
      }}
    >
      <fieldset className="choice-options">
        <legend>
          <BilingualText text={withTerms(text.prompt)} />
        </legend>
        {choiceOrder(id, text.options.length).map((index) => (
          <label key={index} className="choice-option">
            <input
              type="radio"
              name={name}
              value={index}
              checked={chosen === index}
              onChange={() => setChosen(index)}
            />
            <span>
              <BilingualText text={withTerms(text.options[index]!.text)} />
            </span>
          </label>
        ))}
      </fieldset>
      <button type="submit" className="action-button" disabled={chosen === undefined}>
        <BilingualText text={tourUiText.check} />
      </button>
      <div ref={feedback} role="status" className="exercise-feedback-slot">
        {answer && (
          <div className={answer.correct ? 'exercise-feedback right' : 'exercise-feedback wrong'}>
            <p className="exercise-verdict">
              <BilingualText text={answer.correct ? tourUiText.right : tourUiText.notYetRight} />
            </p>
            <BilingualParagraph text={withTerms(answer.feedback)} />
          </div>
        )}
      </div>
    </form>
  );
}
