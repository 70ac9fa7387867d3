import { useEffect } from 'react';
import type { ExerciseId } from '../../content/tour/tourOutline';
import type { TaskExerciseText } from '../../content/tour/tourTypes';
import { tourUiText } from '../../content/tour/tourUi';
import { useForgetTaskProgress } from '../../store/tour/tourReadings';
import { useTourStore } from '../../store/tour/tourStore';
import { BilingualParagraph } from '../shared/BilingualParagraph';
import { BilingualText } from '../shared/BilingualText';
import { fillText } from '../shared/fillText';
import { withTerms } from '../shared/withTerms';

/**
 * A task on the live model, checked as the student works: the tour's one task closes the forget
 * gate of the LSTM explorer, so this reads that explorer's f_t.
 */
export function TaskExercise({ id, text }: { id: ExerciseId; text: TaskExerciseText }) {
  const markSolved = useTourStore((state) => state.markSolved);
  const progress = useForgetTaskProgress();
  const done = progress?.done === true;
  useEffect(() => {
    if (done) markSolved(id);
  }, [done, id, markSolved]);
  return (
    <div className="exercise-form">
      <BilingualParagraph text={withTerms(text.prompt)} />
      <p className="task-live">
        <BilingualText text={tourUiText.liveCheck} />
      </p>
      <div role="status" className="exercise-feedback-slot">
        {progress && (
          <div className={done ? 'exercise-feedback right' : 'exercise-feedback pending'}>
            <BilingualParagraph
              text={withTerms(done ? text.done : fillText(text.notYet, { largest: progress.largest.toFixed(2) }))}
            />
          </div>
        )}
      </div>
    </div>
  );
}
