import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { GruCellDiagram, type GruCellDiagramLabels } from '../../src/components/GruCellDiagram';

// public/images/gru-cell.svg is the GRU diagram itself, drawn empty and with every text node and
// interactive attribute stripped: shapes only, so pages and slides add labels in either language.
// `UPDATE_IMAGES=1 npx vitest run --project components gruCellImage` rewrites it after a layout change.

const file = join(dirname(fileURLToPath(import.meta.url)), '../../public/images/gru-cell.svg');
const labels: GruCellDiagramLabels = {
  title: '',
  gates: { reset: '', update: '', candidate: '' },
  vectors: {
    previousHidden: '',
    input: '',
    concat: '',
    candidateHiddenSide: '',
    resetHidden: '',
    oneMinusUpdate: '',
    kept: '',
    written: '',
    hidden: '',
  },
  unitValue: '',
};

function staticImage(): string {
  const markup = renderToStaticMarkup(
    <GruCellDiagram
      explanation={undefined}
      hiddenSize={4}
      inputSize={3}
      stage="inputs"
      focusedUnit={-1}
      onFocusUnit={() => {}}
      labels={labels}
    />,
  );
  const svg = markup
    .replace(/^<div[^>]*>/, '')
    .replace(/<\/div>$/, '')
    .replace(/<text\b[^>]*>.*?<\/text>/g, '')
    .replace(/\s(?:aria-[\w-]+|role|tabindex|class|style|data-[\w-]+|id)="[^"]*"/g, (attribute) =>
      attribute.startsWith(' id=') ? attribute : '',
    )
    .replace(/_R_\w*?_|«r\w*?»|:r\w*?:/g, 'gru-cell')
    .replace(/<g><\/g>/g, '')
    .replace(
      /<svg viewBox="0 0 (\d+) (\d+)" width="100%"/,
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 $1 $2" width="$1" height="$2"',
    );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`;
}

describe('public/images/gru-cell.svg', () => {
  it('is the current diagram, shapes only, with no text baked in', () => {
    const image = staticImage();
    expect(image).not.toMatch(/<text|aria-|tabindex/);
    expect(image).toMatch(/viewBox="0 0 1388 934"/);
    if (process.env.UPDATE_IMAGES) writeFileSync(file, image);
    expect(readFileSync(file, 'utf8')).toBe(image);
  });
});
