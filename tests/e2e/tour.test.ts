import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillText } from '../../src/components/shared/fillText';
import { withTerms } from '../../src/components/shared/withTerms';
import type { Language } from '../../src/content/bilingual';
import { glossary } from '../../src/content/glossary';
import { commonText } from '../../src/content/commonText';
import { exerciseText, lessonText } from '../../src/content/tour/lessons';
import { EXERCISE_IDS, TOUR_STEP_IDS, type ExerciseId } from '../../src/content/tour/tourOutline';
import { tourUiText } from '../../src/content/tour/tourUi';
import { initBackend } from '../../src/model';
import { EXERCISE_SPECS, expectedShapes } from '../../src/store/tour/tourExercises';
import { TOUR_STAGING, type TourStaging } from '../../src/store/tour/tourScript';
import { accessibilityViolations } from './support/axe';
import { appUrl, launchBrowser, openPage } from './support/browser';
import { viewFromLink } from '../../src/store/viewStore';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  await initBackend();
});

afterAll(async () => {
  await browser?.close();
});

const dock = (page: Page) => page.locator('.tour-dock');
const exactly = (text: string) => new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);

/** Answers the step's exercise the right way (a choice after one wrong pick, to see its explanation). */
async function answer(page: Page, exercise: ExerciseId, language: Language): Promise<void> {
  const card = dock(page).locator(`[data-exercise="${exercise}"]`);
  const check = card.getByRole('button', { name: tourUiText.check[language] });
  const text = exerciseText[exercise];
  if (text.kind === 'choice') {
    const wrong = text.options.find((option) => !option.correct)!;
    await card.getByRole('radio', { name: withTerms(wrong.text)[language] }).check();
    await check.click();
    await card.getByText(withTerms(wrong.feedback)[language]).waitFor();
    const right = text.options.find((option) => option.correct)!;
    await card.getByRole('radio', { name: withTerms(right.text)[language] }).check();
    await check.click();
    await card.getByText(withTerms(right.feedback)[language]).waitFor();
  } else if (text.kind === 'shapes') {
    const spec = EXERCISE_SPECS[exercise];
    if (spec.kind !== 'shapes') throw new Error(`${exercise} has no shapes`);
    const shapes = expectedShapes(spec);
    for (const question of spec.questions) {
      const label = fillText(tourUiText.shapeOf, { name: question.name })[language];
      // In Chinese, typed as a Chinese keyboard types it: full-width brackets and commas.
      const shape = shapes[question.name]!;
      const typed = language === 'zh' ? `（${shape.join('，')}）` : `(${shape.join(', ')})`;
      await card.getByRole('textbox', { name: label }).fill(typed);
    }
    await check.click();
    await card.getByText(withTerms(text.explanation)[language]).waitFor();
  } else {
    // The task: close the forget gate with its bias slider, as the step asks.
    const name = fillText(commonText.gateBias, { gate: glossary.forgetGate[language] })[language];
    const slider = page.getByRole('slider', { name });
    await slider.focus();
    await slider.press('Home');
    await card.getByText(withTerms(text.done)[language]).waitFor();
  }
  await card.getByText(tourUiText.solved[language]).waitFor();
}

/** The figures a step hides while its exercise is open, as the page shows them now. */
async function concealable(page: Page, staging: TourStaging): Promise<string[]> {
  const figures: string[] = [];
  if (staging.conceal?.includes('outputShapes'))
    figures.push(...(await page.locator('.sequence-output-shape').allTextContents()));
  if (staging.conceal?.includes('parameterRatio')) figures.push(await page.locator('.parameter-ratio').innerText());
  return figures.map((text) => text.trim());
}

/** Walks the whole tour from the course page with Next, checking every step as a student meets it. */
async function walkTour(page: Page, language: Language): Promise<void> {
  await page.goto(appUrl(`/?view=course&lang=${language}`));
  await page.getByRole('button', { name: tourUiText.startTour[language] }).click();
  for (const [index, step] of TOUR_STEP_IDS.entries()) {
    const staging = TOUR_STAGING[step];
    const lesson = lessonText[step];
    await dock(page)
      .getByRole('heading', { level: 2, name: exactly(withTerms(lesson.title)[language]) })
      .waitFor();
    await dock(page)
      .getByText(fillText(tourUiText.stepOf, { step: index + 1, total: TOUR_STEP_IDS.length })[language])
      .waitFor();
    for (const paragraph of lesson.paragraphs) await dock(page).getByText(withTerms(paragraph)[language]).waitFor();
    // The step set its view and points at what it explains.
    await page.locator(`.tour-ring[data-target="${staging.highlight}"]`).waitFor({ timeout: 15_000 });
    expect(viewFromLink(new URL(page.url()).searchParams.get('view'))).toBe(staging.view);
    expect(new URL(page.url()).searchParams.get('tour')).toBe(step);
    const shown =
      (await dock(page).innerText()) + (staging.figure ? await page.locator('.lesson-figure').innerText() : '');
    expect(shown, `step ${step}`).not.toMatch(/\{\w+\}|undefined|NaN/);
    // What the exercise asks for is a "?" on the view until it is answered, then the real figure.
    if (staging.conceal) {
      const hidden = await concealable(page, staging);
      expect(hidden.length, `step ${step}`).toBeGreaterThan(0);
      expect(new Set(hidden), `step ${step}`).toEqual(new Set(['?']));
    }
    if (staging.exercise) await answer(page, staging.exercise, language);
    if (staging.conceal) {
      await expect.poll(async () => (await concealable(page, staging)).every((figure) => /\d/.test(figure))).toBe(true);
    }
    const last = index === TOUR_STEP_IDS.length - 1;
    await dock(page)
      .getByRole('button', { name: (last ? tourUiText.finish : tourUiText.next)[language] })
      .click();
  }
  await dock(page).waitFor({ state: 'detached' });
}

describe('the guided tour', () => {
  it.each(['en', 'zh'] as const)(
    'runs from the first step to the last in %s, every exercise answered, without a page error',
    async (language) => {
      const watched = await openPage(browser, { viewport: { width: 1280, height: 720 } });
      try {
        await walkTour(watched.page, language);
        const progress = fillText(tourUiText.exerciseProgress, {
          solved: EXERCISE_IDS.length,
          total: EXERCISE_IDS.length,
        })[language];
        await watched.page.getByText(progress).waitFor();
        expect(watched.problems).toEqual([]);
      } finally {
        await watched.close();
      }
    },
    300_000,
  );

  it('resumes where the student left after a reload, and a link opens the step it names', async () => {
    const watched = await openPage(browser);
    try {
      const { page } = watched;
      await page.goto(appUrl('/?view=learn&lang=en'));
      await page.getByRole('button', { name: tourUiText.startTour.en }).click();
      await dock(page).getByRole('combobox', { name: tourUiText.jumpTo.en }).selectOption('cellUpdate');
      await page.locator('.tour-ring[data-target="diagram"]').waitFor();
      await page.goto(appUrl('/'));
      await dock(page)
        .getByRole('heading', { level: 2, name: withTerms(lessonText.cellUpdate.title).en })
        .waitFor();
      expect(new URL(page.url()).searchParams.get('tour')).toBe('cellUpdate');
      expect(watched.problems).toEqual([]);
    } finally {
      await watched.close();
    }
    const fresh = await openPage(browser, { locale: 'zh-CN' });
    try {
      await fresh.page.goto(appUrl('/?tour=gruGates'));
      await dock(fresh.page)
        .getByRole('heading', { level: 2, name: withTerms(lessonText.gruGates.title).zh })
        .waitFor();
      await fresh.page.locator('.tour-ring[data-target="stage"]').waitFor();
      expect(new URL(fresh.page.url()).searchParams.get('view')).toBe('gru');
      expect(fresh.problems).toEqual([]);
    } finally {
      await fresh.close();
    }
  });

  it('passes axe with an exercise open, in each language and side by side, on a phone too', async () => {
    for (const [query, viewport] of [
      ['lang=en&tour=parameterShapes', { width: 1280, height: 720 }],
      ['lang=en&tour=outputShapes', { width: 1280, height: 720 }],
      ['lang=zh&tour=whichGate', { width: 1920, height: 1080 }],
      ['lang=zh&both=1&tour=sigmoid', { width: 390, height: 844 }],
    ] as const) {
      const watched = await openPage(browser, { viewport });
      try {
        await watched.page.goto(appUrl(`/?${query}`));
        await dock(watched.page).locator('.exercise-card').waitFor();
        await watched.page.locator('.tour-ring').waitFor();
        expect(await accessibilityViolations(watched.page), query).toEqual([]);
        const overflow = await watched.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, query).toBeLessThanOrEqual(0);
        expect(watched.problems).toEqual([]);
      } finally {
        await watched.close();
      }
    }
  });
});
