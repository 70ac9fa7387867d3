import { pytorchExercises } from './exercisesPytorch';
import { selectorExercises } from './exercisesSelectors';
import { gruLessons } from './lessonsGru';
import { ideaLessons } from './lessonsIdea';
import { pytorchLessons } from './lessonsPytorch';
import { selectorLessons } from './lessonsSelectors';
import { timeLessons } from './lessonsTime';
import { wrapUpLessons } from './lessonsWrapUp';
import type { ExerciseId, TourStepId } from './tourOutline';
import type { ExerciseText, LessonStepText } from './tourTypes';

// The chapters are written in their own files; typed as whole records here, so a step or an
// exercise without words does not compile.

/** The words of every step of the tour. */
export const lessonText: Readonly<Record<TourStepId, LessonStepText>> = {
  ...ideaLessons,
  ...timeLessons,
  ...selectorLessons,
  ...gruLessons,
  ...pytorchLessons,
  ...wrapUpLessons,
};

/** The words of every exercise of the tour. */
export const exerciseText: Readonly<Record<ExerciseId, ExerciseText>> = { ...selectorExercises, ...pytorchExercises };
