import { describe, expect, it } from 'vitest';
import type { Bilingual } from '../../../src/content/bilingual';
import { glossary } from '../../../src/content/glossary';
import { exerciseText, lessonText } from '../../../src/content/tour/lessons';
import { withTerms } from '../../../src/components/shared/withTerms';
import { shapeFeedback, shapeReadingText } from '../../../src/content/tour/shapeFeedback';
import { EXERCISE_IDS, TOUR_STEP_IDS, tourChapters } from '../../../src/content/tour/tourOutline';
import { tourUiText } from '../../../src/content/tour/tourUi';

const placeholders = (text: Bilingual) => [...`${text.en} ${text.zh}`.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
const glossaryKeys = Object.keys(glossary);

/** Every `{en, zh}` pair inside `value`. */
function texts(value: unknown): Bilingual[] {
  if (typeof value !== 'object' || value === null) return [];
  if ('en' in value && 'zh' in value) return [value as Bilingual];
  return Object.values(value).flatMap(texts);
}

describe('the tour’s words', () => {
  it.each(TOUR_STEP_IDS)('step %s names only glossary terms and has a title and a lesson', (step) => {
    const lesson = lessonText[step];
    expect(lesson.paragraphs.length).toBeGreaterThan(0);
    for (const text of texts(lesson)) {
      for (const name of placeholders(text)) expect(glossaryKeys).toContain(name);
    }
  });

  it.each(EXERCISE_IDS)('exercise %s can be answered and explains every answer', (exercise) => {
    const text = exerciseText[exercise];
    if (text.kind === 'choice') {
      expect(text.options.length).toBeGreaterThanOrEqual(3);
      expect(text.options.filter((option) => option.correct)).toHaveLength(1);
      // Each option has its own explanation, not one shared "wrong".
      expect(new Set(text.options.map((option) => option.feedback.en)).size).toBe(text.options.length);
    }
    if (text.kind === 'task') expect(placeholders(text.notYet)).toEqual(['largest', 'largest']);
    const allowed = text.kind === 'task' ? [...glossaryKeys, 'largest'] : glossaryKeys;
    for (const part of texts(text)) for (const name of placeholders(part)) expect(allowed).toContain(name);
  });

  it('explains each shape mistake with only the numbers the check fills in', () => {
    const facts = ['name', 'gates', 'hidden', 'input', 'layers', 'directions', 'steps', 'batch'];
    for (const text of Object.values(shapeFeedback)) {
      for (const name of placeholders(text)) expect(facts).toContain(name);
    }
  });

  it('quotes only the part of an answer it could not read', () => {
    for (const text of Object.values(shapeReadingText)) {
      for (const name of placeholders(text)) expect(name).toBe('part');
    }
    expect(placeholders(shapeReadingText.unreadable)).toEqual(['part', 'part']);
  });

  // A student who cannot tell should not be able to pick the right option by its length: it is
  // never more than 15 % longer than the longest wrong one, as shown (terms filled in), in either language.
  it.each(EXERCISE_IDS.filter((id) => exerciseText[id].kind === 'choice'))(
    'choice %s does not give its answer away by length',
    (exercise) => {
      const text = exerciseText[exercise];
      if (text.kind !== 'choice') throw new Error(`${exercise} is not a choice`);
      for (const language of ['en', 'zh'] as const) {
        const length = (option: (typeof text.options)[number]) => [...withTerms(option.text)[language]].length;
        const right = length(text.options.find((option) => option.correct)!);
        const longestWrong = Math.max(...text.options.filter((option) => !option.correct).map(length));
        expect(right, `${exercise} (${language})`).toBeLessThanOrEqual(longestWrong * 1.15);
      }
    },
  );

  // The dock shows "Right." / "Not yet." above an answer's feedback; feedback that began with the
  // same word read "正确。正确。" on screen.
  it.each(EXERCISE_IDS.filter((id) => exerciseText[id].kind === 'choice'))(
    'choice %s leaves the verdict to the dock and does not repeat it',
    (exercise) => {
      const text = exerciseText[exercise];
      if (text.kind !== 'choice') throw new Error(`${exercise} is not a choice`);
      const verdicts = { en: /^(Right|Correct|Not yet|Wrong)[.,!]/, zh: /^(正确|对|没错|还不对|不对|错)[。，！]/ };
      for (const option of text.options) {
        for (const language of ['en', 'zh'] as const) {
          expect(option.feedback[language], `${exercise} (${language})`).not.toMatch(verdicts[language]);
        }
      }
      expect(tourUiText.right.zh).toBe('正确。');
    },
  );

  it('keeps step titles distinct, so the contents menu tells them apart', () => {
    const titles = TOUR_STEP_IDS.map((step) => lessonText[step].title);
    expect(new Set(titles.map((title) => title.en)).size).toBe(titles.length);
    expect(new Set(titles.map((title) => title.zh)).size).toBe(titles.length);
    expect(new Set(tourChapters.map((chapter) => chapter.title.zh)).size).toBe(tourChapters.length);
  });
});
