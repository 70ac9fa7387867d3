import { useId } from 'react';
import type { Bilingual } from '../../content/bilingual';
import { lessonText } from '../../content/tour/lessons';
import { tourChapters, type TourStepId } from '../../content/tour/tourOutline';
import { tourUiText } from '../../content/tour/tourUi';
import { stepIndex, useTourStore } from '../../store/tour/tourStore';
import { BilingualText } from '../shared/BilingualText';
import { useShownLanguages } from '../shared/useShownLanguages';
import { withTerms } from '../shared/withTerms';

/** The tour's contents as a menu: chapters and their steps, to jump anywhere. */
export function TourContentsMenu() {
  const id = useId();
  const languages = useShownLanguages();
  const step = useTourStore((state) => state.step);
  const goTo = useTourStore((state) => state.goTo);
  // An <option> holds plain text only: side by side, both languages on one line.
  const name = (text: Bilingual) => languages.flatMap((language) => (language ? [text[language]] : [])).join(' · ');
  return (
    <div className="tour-contents-menu">
      {/* Named for screen readers; on screen the chosen step's title says what the menu is. */}
      <label htmlFor={id} className="visually-hidden">
        <BilingualText text={tourUiText.jumpTo} />
      </label>
      <select id={id} value={step} onChange={(event) => goTo(event.target.value as TourStepId)}>
        {tourChapters.map((chapter, chapterIndex) => (
          <optgroup key={chapter.id} label={`${chapterIndex + 1}. ${name(chapter.title)}`}>
            {chapter.steps.map((option) => (
              <option key={option} value={option}>
                {`${stepIndex(option) + 1}. ${name(withTerms(lessonText[option].title))}`}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
