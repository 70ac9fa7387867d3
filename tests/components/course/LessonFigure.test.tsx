import { act, cleanup, render, screen, within } from '@testing-library/react';
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LessonFigure } from '../../../src/components/course/LessonFigure';
import { lessonFigureLayouts, type FigureLayout } from '../../../src/components/course/lessonFigureLayouts';
import { mathRuns } from '../../../src/components/shared/MathLabel';
import type { Language } from '../../../src/content/bilingual';
import { FIGURE_IDS, figureText } from '../../../src/content/tour/figures';
import { DEFAULT_LANGUAGE_SETTINGS, languageStore } from '../../../src/store/languageStore';

const publicFolder = join(dirname(fileURLToPath(import.meta.url)), '../../../public');

beforeEach(() => languageStore.getState().restoreSettings(DEFAULT_LANGUAGE_SETTINGS));
afterEach(() => {
  cleanup();
  languageStore.getState().restoreSettings(DEFAULT_LANGUAGE_SETTINGS);
});

const chooseLanguage = (language: Language, sideBySide = false) =>
  act(() => languageStore.getState().restoreSettings({ language, sideBySide }));

const figures = FIGURE_IDS.map((id) => [id, lessonFigureLayouts[id] as FigureLayout] as const);

/** A math label as it reads on screen: "h_{t−1}" shows as "ht−1", the t−1 lowered. */
const shownMath = (source: string) =>
  mathRuns(source)
    .map((run) => run.text)
    .join('');

const wordKeys = (layout: FigureLayout) =>
  layout.labels.flatMap((label) => (label.text === undefined ? [] : [label.text]));

describe.each(figures)('the %s figure', (id, layout) => {
  const file = join(publicFolder, layout.src);

  it('is a text-free SVG whose viewBox is the layout’s size', () => {
    expect(statSync(file).size).toBeLessThan(20_000);
    const image = new DOMParser().parseFromString(readFileSync(file, 'utf8'), 'image/svg+xml');
    expect(image.getElementsByTagName('parsererror')).toHaveLength(0);
    const svg = image.documentElement;
    expect(svg.tagName).toBe('svg');
    expect(svg.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(svg.getAttribute('viewBox')).toBe(`0 0 ${layout.width} ${layout.height}`);
    expect(svg.getAttribute('width')).toBe(String(layout.width));
    expect(svg.getAttribute('height')).toBe(String(layout.height));
    // Words belong to the overlay, in the reader's language: none may be baked into the drawing.
    for (const tag of ['text', 'tspan', 'textPath', 'font', 'foreignObject', 'image']) {
      expect(svg.getElementsByTagName(tag), tag).toHaveLength(0);
    }
    expect(readFileSync(file, 'utf8')).not.toMatch(/font-family|@font-face/);
  });

  it('places every label inside the drawing and uses every word written for it', () => {
    for (const label of layout.labels) {
      expect(label.x).toBeGreaterThanOrEqual(0);
      expect(label.x).toBeLessThanOrEqual(layout.width);
      expect(label.y).toBeGreaterThanOrEqual(0);
      expect(label.y).toBeLessThanOrEqual(layout.height);
    }
    const written = Object.keys(figureText[id].labels).sort();
    expect([...new Set(wordKeys(layout))].sort()).toEqual(written);
  });

  it.each(['en', 'zh'] as const)('shows its drawing, words, symbols and caption in %s', (language) => {
    chooseLanguage(language);
    const { container } = render(<LessonFigure figure={id} />);
    const text = figureText[id];
    const other = language === 'en' ? 'zh' : 'en';

    const figure = screen.getByRole('figure');
    const image = within(figure).getByRole('img', { name: text.alt[language] });
    expect(image.getAttribute('src')).toBe(`${import.meta.env.BASE_URL}${layout.src}`);
    expect(within(figure).getByText(text.caption[language]).closest('figcaption')).toBeTruthy();
    expect(within(figure).queryByText(text.caption[other])).toBeNull();

    for (const key of new Set(wordKeys(layout))) {
      const words = text.labels[key]!;
      expect(within(figure).getAllByText(words[language]).length).toBeGreaterThan(0);
      expect(within(figure).queryByText(words[other])).toBeNull();
    }

    // Labels are placed over the drawing in % of its box, so they stay on their shapes at any width.
    const placed = Array.from(container.querySelectorAll<HTMLElement>('.lesson-figure-label'));
    expect(placed).toHaveLength(layout.labels.length);
    layout.labels.forEach((label, index) => {
      const element = placed[index]!;
      expect(parseFloat(element.style.left)).toBeCloseTo((label.x / layout.width) * 100, 3);
      expect(parseFloat(element.style.top)).toBeCloseTo((label.y / layout.height) * 100, 3);
      if (label.math !== undefined) expect(element.textContent).toBe(shownMath(label.math));
    });
  });

  it('shows both languages side by side, the chosen one first, and the alt text in it', () => {
    chooseLanguage('zh', true);
    render(<LessonFigure figure={id} />);
    const text = figureText[id];
    const figure = screen.getByRole('figure');
    expect(within(figure).getByRole('img', { name: text.alt.zh })).toBeTruthy();
    for (const language of ['zh', 'en'] as const) {
      expect(within(figure).getByText(text.caption[language])).toBeTruthy();
      for (const key of new Set(wordKeys(layout))) {
        expect(within(figure).getAllByText(text.labels[key]![language]).length).toBeGreaterThan(0);
      }
    }
  });
});

describe('LessonFigure', () => {
  it('writes subscripts as subscripts', () => {
    render(<LessonFigure figure="unrolled" />);
    const lowered = screen.getAllByText('t−1', { selector: 'sub' });
    expect(lowered.map((sub) => sub.parentElement?.textContent)).toEqual(
      expect.arrayContaining(['ht−1', 'Ct−1', 'xt−1']),
    );
  });

  it('switches the alt text, labels and caption when the reader changes language', () => {
    render(<LessonFigure figure="selector" />);
    expect(screen.getAllByText('erased')).toHaveLength(2);
    chooseLanguage('zh');
    expect(screen.getAllByText('被擦除')).toHaveLength(2);
    expect(screen.queryByText('erased')).toBeNull();
    expect(screen.getByRole('img', { name: figureText.selector.alt.zh })).toBeTruthy();
  });
});
