import { describe, expect, it } from 'vitest';
import { figureFileName } from '../../../../src/components/shared/figure/figureFileName';
import { figureStyle } from '../../../../src/components/shared/figure/figureStyles';

describe('figureFileName', () => {
  it('names a figure by the app, the view and what it shows', () => {
    expect(figureFileName(['lstm', 'forget'], 'svg')).toBe('gatescope-lstm-forget.svg');
    expect(figureFileName(['sequence', 'LSTM', 't', 12], 'png')).toBe('gatescope-sequence-lstm-t-12.png');
  });

  it('keeps a name to lower-case words and single dashes', () => {
    expect(figureFileName(['Compare ', 'memory / pulse!', '遗忘门', ''], 'svg')).toBe('gatescope-compare-memory-pulse.svg');
  });
});

/** A computed style from a plain record; properties it lacks read as their initial values. */
const computed =
  (values: Record<string, string>) =>
  (name: string): string =>
    values[name] ??
    ({ fill: 'rgb(0, 0, 0)', stroke: 'none', opacity: '1', 'font-size': '16px', 'font-weight': '400' } as Record<
      string,
      string
    >)[name] ??
    '';

describe('figureStyle', () => {
  it('writes what a class set: a dimmed part’s opacity, a stroke, a bold italic label', () => {
    expect(figureStyle(computed({ opacity: '0.32', stroke: 'rgb(15, 94, 102)', 'stroke-width': '2px' }))).toBe(
      'stroke:rgb(15, 94, 102);stroke-width:2px;opacity:0.32',
    );
    expect(figureStyle(computed({ 'font-weight': '700', 'font-style': 'italic' }))).toBe(
      'font-weight:700;font-style:italic',
    );
  });

  it('leaves out what the element inherits anyway, but not what it would not', () => {
    const parent = computed({ fill: 'rgb(230, 159, 0)', 'font-size': '14px', opacity: '0.32' });
    // Same fill and size as the parent: inherited. Opacity is not inherited, so it is written.
    expect(figureStyle(computed({ fill: 'rgb(230, 159, 0)', 'font-size': '14px', opacity: '0.32' }), parent)).toBe(
      'opacity:0.32',
    );
    // A child back at the initial weight under a bold parent must say so.
    expect(figureStyle(computed({ 'font-weight': '400' }), computed({ 'font-weight': '700' }))).toBe(
      'font-weight:400',
    );
  });

  it('writes nothing for an element drawn as SVG draws it by default', () => {
    expect(figureStyle(computed({}))).toBe('');
  });
});
