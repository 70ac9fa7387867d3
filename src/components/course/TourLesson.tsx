import type { LessonStepText } from '../../content/tour/tourTypes';
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

/** What to try in the view now. */
export function TourTry({ text }: { text: LessonStepText['tryThis'] }) {
  if (!text) return null;
  return (
    <div className="tour-try">
      <h3>
        <BilingualText text={tourUiText.tryThis} />
      </h3>
      <BilingualParagraph text={withTerms(text)} />
    </div>
  );
}
