import { describe, expect, it } from 'vitest';
import { FIGURE_FAMILIES } from '../../../../src/components/shared/figure/figureFonts';
import {
  chooseSlices,
  faceOf,
  formatUnicodeRange,
  parseUnicodeRange,
  type FaceStyle,
  type SlicedFamily,
} from '../../../../src/components/shared/figure/fontSlices';

import { figureExportText } from '../../../../src/content/figureExport';
import { glossary } from '../../../../src/content/glossary';
import { gruExplorerText } from '../../../../src/content/gru/gruExplorer';
import { gruStageText } from '../../../../src/content/gru/gruStages';
import { lstmExplorerText } from '../../../../src/content/lstm/lstmExplorer';
import { lstmStageText } from '../../../../src/content/lstm/lstmStages';
import { memoryText } from '../../../../src/content/compare/comparison';
import { timelineText } from '../../../../src/content/sequence/sequence';

/**
 * What a figure can show in words: the captions (headings, stage titles, the step), the legends,
 * the timeline's row names and the plot's axes, the glossary's terms they name.
 */
const figureWords = [
  glossary,
  figureExportText,
  lstmExplorerText.heading,
  gruExplorerText.heading,
  Object.values(lstmStageText).map((stage) => stage.title),
  Object.values(gruStageText).map((stage) => stage.title),
  timelineText,
  memoryText,
];

/** Every string reachable from a value. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(strings);
  return [];
}

const asked = (face: FaceStyle, text: string) =>
  new Map([[`${face.weight} ${face.style}`, { face, characters: new Set(text) }]]);

describe('unicode-range', () => {
  it('reads single points, ranges and wildcards', () => {
    expect(parseUnicodeRange('U+0000-00FF, U+0131,U+4??')).toEqual([
      [0, 255],
      [0x131, 0x131],
      [0x400, 0x4ff],
    ]);
  });

  it('writes code points back with neighbours joined', () => {
    expect(formatUnicodeRange([0x43, 0x41, 0x42, 0x7c, 0x2299, 0x41])).toBe('U+41-43,U+7C,U+2299');
  });
});

describe('faceOf', () => {
  it('maps any weight to the nearer of 400 and 700, and oblique to italic', () => {
    expect(faceOf(300, 'normal')).toEqual({ weight: 400, style: 'normal' });
    expect(faceOf(600, 'oblique 10deg')).toEqual({ weight: 700, style: 'italic' });
  });
});

describe('chooseSlices', () => {
  const latin: SlicedFamily = {
    name: 'Latin',
    slices: { basic: [[0x20, 0x7e]], greek: [[0x370, 0x3ff]] },
    url: (slice, face) => `latin-${slice}-${face.weight}-${face.style}`,
  };
  const chinese: SlicedFamily = {
    name: 'Chinese',
    slices: { a: [[0x20, 0x7e], [0x2299, 0x2299]], b: [[0x4e00, 0x9fff]] },
    url: (slice, face) => (face.style === 'italic' ? undefined : `chinese-${slice}-${face.weight}`),
  };

  it('gives each character to the first family that has it, and only the slices used', () => {
    const { chosen, missing } = chooseSlices(asked({ weight: 400, style: 'normal' }, 'h ⊙ 门σ'), [latin, chinese]);
    expect(missing).toEqual([]);
    expect(chosen.map(({ url, characters }) => [url, characters.join('')])).toEqual([
      ['latin-basic-400-normal', 'h '],
      ['chinese-a-400', '⊙'],
      ['chinese-b-400', '门'],
      ['latin-greek-400-normal', 'σ'],
    ]);
  });

  it('draws italic Chinese from the upright file, still named italic', () => {
    const { chosen } = chooseSlices(asked({ weight: 700, style: 'italic' }, '门'), [latin, chinese]);
    expect(chosen).toEqual([
      { family: 'Chinese', slice: 'b', face: { weight: 700, style: 'italic' }, url: 'chinese-b-700', characters: ['门'] },
    ]);
  });

  it('answers the characters no family has', () => {
    expect(chooseSlices(asked({ weight: 400, style: 'normal' }, 'aЖ'), [latin, chinese]).missing).toEqual(['Ж']);
  });

  it('finds a font file for every character a figure’s words and signs use, in each face', () => {
    const text = [...figureWords.flatMap(strings), 'C_{t−1} ⊙ h̃ σ tanh × + −0.25 · → ←', '0123456789'].join('');
    for (const face of [faceOf(400, 'normal'), faceOf(700, 'normal'), faceOf(700, 'italic')]) {
      const characters = new Set([...text].filter((character) => character.codePointAt(0)! >= 0x20));
      const { chosen, missing } = chooseSlices(asked(face, [...characters].join('')), FIGURE_FAMILIES);
      expect(missing).toEqual([]);
      for (const slice of chosen) expect(slice.url).toMatch(/\.woff2$/);
    }
  });
});
