import type { CSSProperties } from 'react';
import { figureText, type FigureId, type FigureText } from '../../content/tour/figures';
import { ROLE_COLORS } from '../../viz/colors';
import { BilingualText } from '../shared/BilingualText';
import { lessonFigureLayouts, type FigureLabel, type FigureLayout } from './lessonFigureLayouts';
import { mathRuns } from '../shared/MathLabel';
import { useShownLanguages } from '../shared/useShownLanguages';
import './LessonFigure.css';

/**
 * One of the tour's figures: our drawing, with its words and symbols laid over it as real text, so
 * they follow the reader's language, scale with the figure and can be read by screen readers.
 */
export function LessonFigure({ figure }: { figure: FigureId }) {
  const [first] = useShownLanguages();
  const layout: FigureLayout = lessonFigureLayouts[figure];
  const text = figureText[figure];
  return (
    <figure className="lesson-figure" data-figure={figure}>
      <div className="lesson-figure-canvas" style={{ aspectRatio: `${layout.width} / ${layout.height}` }}>
        <img
          src={import.meta.env.BASE_URL + layout.src}
          alt={text.alt[first]}
          width={layout.width}
          height={layout.height}
          decoding="async"
        />
        {layout.labels.map((label, index) => (
          <PlacedLabel key={index} label={label} layout={layout} text={text} />
        ))}
      </div>
      <figcaption>
        <BilingualText text={text.caption} stacked />
      </figcaption>
    </figure>
  );
}

/** Latin or Greek letters: a symbol with one is a variable, set in italics. */
const LETTER = /[A-Za-z\u0370-\u03FF]/;

function PlacedLabel({ label, layout, text }: { label: FigureLabel; layout: FigureLayout; text: FigureText }) {
  const style: CSSProperties = {
    left: `${(label.x / layout.width) * 100}%`,
    top: `${(label.y / layout.height) * 100}%`,
    color: label.role ? ROLE_COLORS[label.role].strong : undefined,
    maxWidth: label.maxWidth === undefined ? undefined : `${(label.maxWidth / layout.width) * 100}%`,
  };
  const className = [
    'lesson-figure-label',
    `anchor-${label.anchor}`,
    `edge-${label.edge ?? 'middle'}`,
    label.maxWidth === undefined ? '' : 'wraps',
    label.math === undefined ? '' : 'lesson-figure-math',
    label.math !== undefined && !LETTER.test(label.math) ? 'upright' : '',
  ]
    .filter(Boolean)
    .join(' ');
  if (label.math !== undefined) {
    return (
      <span className={className} style={style}>
        {mathRuns(label.math).map((run, index) =>
          run.sub ? <sub key={index}>{run.text}</sub> : <span key={index}>{run.text}</span>,
        )}
      </span>
    );
  }
  const words = text.labels[label.text];
  return words ? (
    <span className={className} style={style}>
      <BilingualText text={words} stacked />
    </span>
  ) : null;
}
