/** An inclusive range of code points. */
export type CodeRange = readonly [first: number, last: number];

/** A face asked for: what a run of text is drawn in. */
export interface FaceStyle {
  weight: 400 | 700;
  style: 'normal' | 'italic';
}

/**
 * One font family split into slices by unicode-range, as the fontsource packages ship it: each
 * slice a file per weight and style. `url` answers undefined for a file the family lacks (no italic).
 */
export interface SlicedFamily {
  name: string;
  slices: Readonly<Record<string, readonly CodeRange[]>>;
  url: (slice: string, face: FaceStyle) => string | undefined;
}

/** A slice chosen for a figure: its file, and the characters of the figure it draws. */
export interface ChosenSlice {
  family: string;
  slice: string;
  face: FaceStyle;
  url: string;
  characters: string[];
}

/** Parses a CSS unicode-range value: "U+0000-00FF,U+0131" → [[0, 255], [305, 305]]. */
export function parseUnicodeRange(value: string): CodeRange[] {
  return value
    .split(',')
    .map((part) => part.trim().replace(/^U\+/i, ''))
    .filter((part) => part !== '')
    .map((part) => {
      const [first = '', last] = part.split('-');
      const start = Number.parseInt(first.replace(/\?/g, '0'), 16);
      const end = last !== undefined ? Number.parseInt(last, 16) : Number.parseInt(first.replace(/\?/g, 'F'), 16);
      return [start, end] as const;
    });
}

/** Writes code points back as a unicode-range value, runs of neighbours joined: "U+41-43,U+7C". */
export function formatUnicodeRange(codePoints: readonly number[]): string {
  const sorted = [...new Set(codePoints)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let index = 0; index < sorted.length; ) {
    const start = sorted[index]!;
    let end = start;
    while (sorted[index + 1] === end + 1) end = sorted[++index]!;
    index++;
    parts.push(end === start ? `U+${start.toString(16).toUpperCase()}` : `U+${start.toString(16).toUpperCase()}-${end.toString(16).toUpperCase()}`);
  }
  return parts.join(',');
}

const covers = (ranges: readonly CodeRange[], codePoint: number) =>
  ranges.some(([first, last]) => first <= codePoint && codePoint <= last);

/** The nearest face a figure embeds: 400 or 700, upright or italic. */
export function faceOf(weight: number, style: string): FaceStyle {
  return { weight: weight >= 550 ? 700 : 400, style: style === 'normal' ? 'normal' : 'italic' };
}

const faceKey = (face: FaceStyle) => `${face.weight} ${face.style}`;

/**
 * The fewest slices that draw `text` (each face's characters) from `families` in order of
 * preference: each character goes to the first family with a slice covering it, in the face asked
 * for or, where the family has no italic (Chinese), upright (the renderer slants it). Characters no
 * slice covers come back in `missing`. Each chosen slice lists the characters it draws, which the
 * figure's @font-face gives as its unicode-range, so no two faces claim the same character.
 */
export function chooseSlices(
  text: ReadonlyMap<string, { face: FaceStyle; characters: ReadonlySet<string> }>,
  families: readonly SlicedFamily[],
): { chosen: ChosenSlice[]; missing: string[] } {
  const chosen = new Map<string, ChosenSlice>();
  const missing = new Set<string>();
  for (const { face, characters } of text.values()) {
    for (const character of characters) {
      const codePoint = character.codePointAt(0)!;
      const found = families
        .flatMap((family) =>
          Object.entries(family.slices)
            .filter(([, ranges]) => covers(ranges, codePoint))
            .flatMap(([slice]) =>
              [face, { ...face, style: 'normal' as const }]
                .map((tried) => ({ family, slice, face: tried, url: family.url(slice, tried) }))
                .filter((option) => option.url !== undefined),
            ),
        )
        .at(0);
      if (!found) {
        missing.add(character);
        continue;
      }
      // The face asked for names the entry, so an upright slice standing in for italic is its own face.
      const key = `${found.family.name}|${found.slice}|${faceKey(face)}`;
      const entry = chosen.get(key) ?? {
        family: found.family.name,
        slice: found.slice,
        face,
        url: found.url!,
        characters: [],
      };
      entry.characters.push(character);
      chosen.set(key, entry);
    }
  }
  return { chosen: [...chosen.values()], missing: [...missing] };
}
