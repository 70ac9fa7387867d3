import { chooseSlices, formatUnicodeRange, parseUnicodeRange, type FaceStyle, type SlicedFamily } from './fontSlices';

/**
 * The fonts a figure embeds, so it looks the same on a machine without the page's system fonts:
 * Noto Sans for Latin and Greek, Noto Sans SC for Chinese and the math signs (⊙, −) Noto Sans
 * lacks. Both come split by unicode-range (fontsource); a figure embeds only the slices its text
 * uses. The files are this app's own assets, fetched from its origin only when a figure is made.
 */
export const FIGURE_FONT_FAMILY = 'Gatescope Figure';

// Weights 400 and 700 only: the diagrams' text is regular or bold, and every other weight maps to
// the nearer of the two (faceOf). Each file becomes an asset of the build, never part of a chunk.
const latinFiles = import.meta.glob<string>(
  '/node_modules/@fontsource/noto-sans/files/noto-sans-{latin,latin-ext,greek}-{400,700}-{normal,italic}.woff2',
  { query: '?url', import: 'default', eager: true },
);
const chineseFiles = import.meta.glob<string>('/node_modules/@fontsource/noto-sans-sc/files/*-{400,700}-normal.woff2', {
  query: '?url',
  import: 'default',
  eager: true,
});
const latinRanges = import.meta.glob<Record<string, string>>('/node_modules/@fontsource/noto-sans/unicode.json', {
  import: 'default',
  eager: true,
});
const chineseRanges = import.meta.glob<Record<string, string>>('/node_modules/@fontsource/noto-sans-sc/unicode.json', {
  import: 'default',
  eager: true,
});

/** A family from its fontsource package's unicode.json and the files the globs found. */
function family(
  name: string,
  ranges: Record<string, Record<string, string>>,
  files: Record<string, string>,
  file: (slice: string, face: FaceStyle) => string,
): SlicedFamily {
  const byName = new Map(Object.entries(files).map(([path, url]) => [path.slice(path.lastIndexOf('/') + 1), url]));
  const table = Object.values(ranges)[0] ?? {};
  return {
    name,
    slices: Object.fromEntries(Object.entries(table).map(([slice, value]) => [slice, parseUnicodeRange(value)])),
    url: (slice, face) => byName.get(file(slice, face)),
  };
}

/** The families in order of preference. */
export const FIGURE_FAMILIES: readonly SlicedFamily[] = [
  family('Noto Sans', latinRanges, latinFiles, (slice, face) => `noto-sans-${slice}-${face.weight}-${face.style}.woff2`),
  // Its slices are named "[90]" in unicode.json and "90" in its files.
  family(
    'Noto Sans SC',
    chineseRanges,
    chineseFiles,
    (slice, face) => `noto-sans-sc-${slice.replace(/[[\]]/g, '')}-${face.weight}-${face.style}.woff2`,
  ),
];

async function dataUrl(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  let binary = '';
  for (let index = 0; index < bytes.length; index += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  return `data:font/woff2;base64,${btoa(binary)}`;
}

/**
 * The @font-face rules that draw `text` (each face's characters) in FIGURE_FONT_FAMILY, each
 * slice's file inlined as a data: URL and its unicode-range the characters it draws. A character no
 * embedded font has (none of the figures' words and signs, fontSlices.test.ts) is left to the
 * reader's sans-serif, with a warning, rather than fail the whole figure.
 */
export async function embeddedFontFaces(
  text: ReadonlyMap<string, { face: FaceStyle; characters: ReadonlySet<string> }>,
): Promise<string> {
  const { chosen, missing } = chooseSlices(text, FIGURE_FAMILIES);
  if (missing.length > 0) console.warn(`Figure: no embedded font draws ${missing.join(' ')}`);
  const sources = new Map<string, Promise<string>>();
  const rules = await Promise.all(
    chosen.map(async (slice) => {
      const source = sources.get(slice.url) ?? dataUrl(slice.url);
      sources.set(slice.url, source);
      return (
        `@font-face{font-family:'${FIGURE_FONT_FAMILY}';font-weight:${slice.face.weight};` +
        `font-style:${slice.face.style};src:url(${await source}) format('woff2');` +
        `unicode-range:${formatUnicodeRange(slice.characters.map((character) => character.codePointAt(0)!))}}`
      );
    }),
  );
  return rules.join('\n');
}
