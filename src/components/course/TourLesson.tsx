import type { TourStepId } from '../../content/tour/tourOutline';
import { openLabText, tourLabQuestion } from '../../content/tour/tourLab';
import type { LessonStepText } from '../../content/tour/tourTypes';
import { openTourLab } from '../../store/tour/openTourLab';
import { TOUR_STAGING } from '../../store/tour/tourScript';
import { fillText } from '../shared/fillText';
import { tourUiText } from '../../content/tour/tourUi';
import { BilingualParagraph } from '../shared/BilingualParagraph';
import { BilingualText } from '../shared/BilingualText';
import { Formula } from '../shared/Formula';
import { withTerms } from '../shared/withTerms';

/** One step's lesson: title, paragraphs with the glossary's terms, its formula. */
export function TourLesson({ lesson, headingId }: { lesson: LessonStepText; headingId: string }) {
  return (
    <div className="tour-lesson">
      <h2 id={headingId} className="tour-title">
        <BilingualText text={withTerms(lesson.title)} stacked />
      </h2>
      {lesson.paragraphs.map((paragraph, index) => (
        <BilingualParagraph key={index} text={withTerms(paragraph)} />
      ))}
      {lesson.formula && <Formula tex={lesson.formula} className="tour-formula" />}
    </div>
  );
}

/** What to try in the view now; for a step that offers the training lab, its question and the way there. */
export function TourTry({ step, lesson }: { step: TourStepId; lesson: LessonStepText }) {
  const lab = TOUR_STAGING[step].lab;
  const labQuestion = tourLabQuestion(step);
  if (!lesson.tryThis && !labQuestion) return null;
  return (
    <div className="tour-try">
      <h3>
        <BilingualText text={tourUiText.tryThis} />
      </h3>
      {lesson.tryThis && <BilingualParagraph text={withTerms(lesson.tryThis)} />}
      {labQuestion && lab && (
        <>
          <BilingualParagraph text={withTerms(labQuestion)} />
          <p>
            <button type="button" className="action-button" onClick={() => openTourLab(step)}>
              <BilingualText text={fillText(openLabText, { length: lab.sequenceLength })} />
            </button>
          </p>
        </>
      )}
    </div>
  );
}
