import { LANGUAGE_TAGS } from '../../content/bilingual';
import { glossary } from '../../content/glossary';
import { lessonText } from '../../content/tour/lessons';
import { EXERCISE_IDS, tourChapters } from '../../content/tour/tourOutline';
import { tourUiText } from '../../content/tour/tourUi';
import { stagingOf, stepIndex, tourStore, useTourStore } from '../../store/tour/tourStore';
import { BilingualParagraph } from '../shared/BilingualParagraph';
import { BilingualText } from '../shared/BilingualText';
import { fillText } from '../shared/fillText';
import { lazyPart } from '../shared/lazyPart';
import { withTerms } from '../shared/withTerms';
import './LearnView.css';

// The figure shows only while the tour is open, and it brings the diagrams' colour scales: it
// arrives in its own chunk rather than with the course's first screen.
const lessonFigure = lazyPart(() => import('./LessonFigure').then((m) => m.LessonFigure), 'lesson-figure-loading');
const LessonFigure = lessonFigure.Part;

/** Start, continue or restart the tour, and how much of it is done. */
function CourseActions() {
  const active = useTourStore((state) => state.active);
  const step = useTourStore((state) => state.step);
  const solved = useTourStore((state) => state.solved.length);
  const { start, goTo, forgetProgress } = tourStore.getState();
  const begun = stepIndex(step) > 0 || solved > 0;
  return (
    <div className="course-actions">
      {!active && (
        <button type="button" className="action-button course-start" onClick={start}>
          <BilingualText text={begun ? tourUiText.continueTour : tourUiText.startTour} />
          {begun && ` (${stepIndex(step) + 1})`}
        </button>
      )}
      {begun && (
        <button type="button" className="action-button" onClick={() => goTo('welcome')}>
          <BilingualText text={tourUiText.restartTour} />
        </button>
      )}
      <p className="course-progress">
        <BilingualText text={fillText(tourUiText.exerciseProgress, { solved, total: EXERCISE_IDS.length })} />
      </p>
      {begun && (
        <button type="button" className="text-button" onClick={forgetProgress}>
          <BilingualText text={tourUiText.resetProgress} />
        </button>
      )}
    </div>
  );
}

/** Every chapter and step, to start anywhere; the current step and solved exercises marked. */
function CourseContents() {
  const active = useTourStore((state) => state.active);
  const current = useTourStore((state) => state.step);
  const solved = useTourStore((state) => state.solved);
  const goTo = useTourStore((state) => state.goTo);
  return (
    <section
      id="contents"
      data-section
      className="course-contents panel-card"
      aria-labelledby="course-contents-heading"
      data-tour="contents"
    >
      <h2 id="course-contents-heading">
        <BilingualText text={tourUiText.contentsHeading} stacked />
      </h2>
      <ol className="course-chapters">
        {tourChapters.map((chapter) => (
          <li key={chapter.id}>
            <h3>
              <BilingualText text={chapter.title} />
            </h3>
            <ol className="course-steps">
              {chapter.steps.map((step) => {
                const { exercise } = stagingOf(step);
                return (
                  <li key={step} value={stepIndex(step) + 1}>
                    <button
                      type="button"
                      className="course-step"
                      aria-current={active && step === current ? 'step' : undefined}
                      onClick={() => goTo(step)}
                    >
                      <BilingualText text={withTerms(lessonText[step].title)} />
                    </button>
                    {exercise && (
                      <span className={solved.includes(exercise) ? 'course-exercise solved' : 'course-exercise'}>
                        {solved.includes(exercise) ? '✓ ' : ''}
                        <BilingualText text={solved.includes(exercise) ? tourUiText.solved : tourUiText.hasExercise} />
                      </span>
                    )}
                  </li>
                );
              })}
            </ol>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The glossary's term pairs: the one English and the one Chinese name of each term. */
function CourseGlossary() {
  return (
    <section
      id="glossary"
      data-section
      className="course-glossary panel-card"
      aria-labelledby="course-glossary-heading"
      data-tour="glossary"
    >
      <h2 id="course-glossary-heading">
        <BilingualText text={tourUiText.glossaryHeading} stacked />
      </h2>
      <BilingualParagraph text={tourUiText.glossaryIntro} />
      <table>
        <thead>
          <tr>
            <th scope="col">
              <BilingualText text={tourUiText.glossaryEnglish} />
            </th>
            <th scope="col">
              <BilingualText text={tourUiText.glossaryChinese} />
            </th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(glossary).map(([key, term]) => (
            <tr key={key}>
              <td lang={LANGUAGE_TAGS.en}>{term.en}</td>
              <td lang={LANGUAGE_TAGS.zh}>{term.zh}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** The course page: what the tour is, its figure for the current step, its contents and the glossary. */
export function LearnView() {
  const active = useTourStore((state) => state.active);
  const figure = useTourStore((state) => stagingOf(state.step).figure);
  return (
    <div className="learn-view">
      <section className="learn-intro" aria-labelledby="learn-heading">
        <h2 id="learn-heading">
          <BilingualText text={tourUiText.learnHeading} stacked />
        </h2>
        <BilingualParagraph text={tourUiText.learnIntro} />
        <CourseActions />
      </section>
      {active && figure && (
        <div className="learn-figure" data-tour="figure">
          <LessonFigure figure={figure} />
        </div>
      )}
      <div className="learn-columns">
        <CourseContents />
        <CourseGlossary />
      </div>
    </div>
  );
}
