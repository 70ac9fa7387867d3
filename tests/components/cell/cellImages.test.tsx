import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LstmCellDiagram } from '../../../src/components/lstm/LstmCellDiagram';
import { GruCellDiagram } from '../../../src/components/gru/GruCellDiagram';
import { GRU_GATE_NAMES } from '../../../src/model/gruGates';
import { LSTM_GATE_NAMES } from '../../../src/model/lstmGates';
import { lstmDiagramLayout, type LstmDiagramVector } from '../../../src/viz/lstmDiagramLayout';
import { GRU_DIAGRAM_VECTORS } from '../../../src/viz/gruDiagramLayout';

// public/images/lstm-cell.svg and gru-cell.svg are the diagrams themselves, drawn empty and with
// every text node and interactive attribute stripped: shapes only, so pages and slides add labels
// in either language. `UPDATE_IMAGES=1 npx vitest run --project components cellImages` rewrites
// them after a layout change.

const images = join(dirname(fileURLToPath(import.meta.url)), '../../../public/images');

/** Empty labels for every key of `keys`: the image carries no words. */
const blank = <Key extends string>(keys: readonly Key[]) =>
  Object.fromEntries(keys.map((key) => [key, ''])) as Record<Key, string>;

function staticImage(diagram: ReactElement, idPrefix: string): string {
  const svg = renderToStaticMarkup(diagram)
    .replace(/^<div[^>]*>/, '')
    .replace(/<\/div>$/, '')
    .replace(/<text\b[^>]*>.*?<\/text>/g, '')
    .replace(/\s(?:aria-[\w-]+|role|tabindex|class|style|data-[\w-]+|id)="[^"]*"/g, (attribute) =>
      attribute.startsWith(' id=') ? attribute : '',
    )
    .replace(/_R_\w*?_|«r\w*?»|:r\w*?:/g, idPrefix)
    .replace(/<g><\/g>/g, '')
    .replace(
      /<svg viewBox="0 0 (\d+) (\d+)" width="100%"/,
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 $1 $2" width="$1" height="$2"',
    );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`;
}

const cases = [
  {
    name: 'lstm-cell',
    viewBox: '0 0 1070 404',
    diagram: (
      <LstmCellDiagram
        explanation={undefined}
        hiddenSize={4}
        inputSize={3}
        stage="concat"
        focusedUnit={-1}
        onFocusUnit={() => {}}
        labels={{
          title: '',
          gates: blank(LSTM_GATE_NAMES),
          vectors: blank(Object.keys(lstmDiagramLayout(4, 3).strips) as LstmDiagramVector[]),
          unitValue: '',
        }}
      />
    ),
  },
  {
    name: 'gru-cell',
    viewBox: '0 0 898 586',
    diagram: (
      <GruCellDiagram
        explanation={undefined}
        hiddenSize={4}
        inputSize={3}
        stage="inputs"
        focusedUnit={-1}
        onFocusUnit={() => {}}
        labels={{
          title: '',
          gates: blank(GRU_GATE_NAMES),
          vectors: blank(GRU_DIAGRAM_VECTORS),
          unitValue: '',
        }}
      />
    ),
  },
];

describe('the diagrams in public/images', () => {
  for (const { name, viewBox, diagram } of cases) {
    it(`${name}.svg is the current diagram, shapes only, with no text baked in`, () => {
      const image = staticImage(diagram, name);
      expect(image).not.toMatch(/<text|aria-|tabindex/);
      expect(image).toContain(`viewBox="${viewBox}"`);
      const file = join(images, `${name}.svg`);
      if (process.env.UPDATE_IMAGES) writeFileSync(file, image);
      expect(readFileSync(file, 'utf8')).toBe(image);
    });
  }
});
