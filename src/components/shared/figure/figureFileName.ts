/** What a figure is saved as. */
export type FigureFormat = 'svg' | 'png';

/** One part of a file name, lower case, with every run of other characters a single dash. */
function slug(part: string | number): string {
  return String(part)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The name a figure downloads as: `gatescope-lstm-forget.svg`. Parts that slug to nothing are left
 * out, so a name never has two dashes in a row or ends in one.
 */
export function figureFileName(parts: readonly (string | number)[], format: FigureFormat): string {
  const stem = ['gatescope', ...parts.map(slug)].filter((part) => part !== '').join('-');
  return `${stem}.${format}`;
}
