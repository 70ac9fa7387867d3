import { useId } from 'react';
import { exerciseText } from '../../content/tour/lessons';
import type { ExerciseId } from '../../content/tour/tourOutline';
import { tourUiText } from '../../content/tour/tourUi';
import { EXERCISE_SPECS } from '../../store/tour/tourExercises';
import { useTourStore } from '../../store/tour/tourStore';
import { BilingualText } from '../shared/BilingualText';
import { ChoiceExercise } from './ChoiceExercise';
import { HoldMemoryReadout } from './HoldMemoryReadout';
import { ShapeExercise } from './ShapeExercise';
import { TaskExercise } from './TaskExercise';
import './ExerciseCard.css';

/** The step's exercise on its card: a heading that says whether it is solved, then the question. */
export function ExerciseCard({ id }: { id: ExerciseId }) {
  const headingId = useId();
  const solved = useTourStore((state) => state.solved.includes(id));
  const text = exerciseText[id];
  const spec = EXERCISE_SPECS[id];
  return (
    <section className="exercise-card" aria-labelledby={headingId} data-exercise={id}>
      <h3 id={headingId}>
        <BilingualText text={tourUiText.exercise} />
        {solved && (
          <span className="exercise-solved">
            {' '}
            ✓ <BilingualText text={tourUiText.solved} />
          </span>
        )}
      </h3>
      {/* Keyed by id: a new exercise starts with empty answers. */}
      {text.kind === 'choice' && <ChoiceExercise key={id} id={id} text={text} />}
      {id === 'holdMemory' && <HoldMemoryReadout />}
      {text.kind === 'task' && <TaskExercise key={id} id={id} text={text} />}
      {text.kind === 'shapes' && spec.kind === 'shapes' && <ShapeExercise key={id} id={id} spec={spec} text={text} />}
    </section>
  );
}
