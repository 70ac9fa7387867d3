import { describe, expect, it } from 'vitest';
import { LSTM_GATE_NAMES } from '../../src/model/lstmGates';
import { diagramModeFor, pointAlong, type StripGeometry } from '../../src/viz/diagramGeometry';
import {
  LSTM_WIDE_LABEL_EMS,
  lstmDiagramLayout,
  type LstmCellDiagramLayout,
  type LstmDiagramArrow,
} from '../../src/viz/lstmDiagramLayout';
import { WIDE_FONT } from '../../src/viz/wideDiagramGeometry';
import {
  arrowsOf,
  crossings,
  cuts,
  expectLabelsClear,
  expectPartsInsideAndApart,
  labelsOf,
  NARROW_TEST_SIZES,
  onEdge,
  partsOf,
  segments,
} from './narrowLayoutChecks';

// The landscape LSTM drawing: the course's picture, packed so its numbers read at 14 px on a
// 1280×720 projector. Its parts, labels and arrows must stay apart at every size.

/** The parts drawn as parts: h_{t−1} and x_t are the halves of [h_{t−1}, x_t], not parts of their own. */
const drawnParts = (layout: LstmCellDiagramLayout) =>
  partsOf({
    ...layout,
    strips: Object.fromEntries(Object.entries(layout.strips).filter(([, strip]) => strip.partOf === undefined)),
  });

/** What each arrow connects: it leaves the first part's outline and ends on the second's. */
const CONNECTIONS: Record<Exclude<LstmDiagramArrow, 'previousHiddenToConcat' | 'inputToConcat'>, [string, string]> = {
  previousCellToForget: ['previousCell', 'forgetMultiply'],
  forgetToMultiply: ['gate:forget', 'forgetMultiply'],
  multiplyToKept: ['forgetMultiply', 'kept'],
  keptToAdd: ['kept', 'add'],
  inputGateToMultiply: ['gate:input', 'inputMultiply'],
  candidateToMultiply: ['gate:candidate', 'inputMultiply'],
  multiplyToWritten: ['inputMultiply', 'written'],
  writtenToAdd: ['written', 'add'],
  addToCell: ['add', 'cell'],
  cellOut: ['cell', 'edge'],
  cellToTanh: ['branch', 'node:cellTanh'],
  tanhToCellTanh: ['node:cellTanh', 'cellTanh'],
  cellTanhToMultiply: ['cellTanh', 'outputMultiply'],
  outputToMultiply: ['gate:output', 'outputMultiply'],
  multiplyToHidden: ['outputMultiply', 'hidden'],
  hiddenOut: ['hidden', 'edge'],
};

const middleY = (strip: StripGeometry) => strip.y + strip.height / 2;

describe('diagramModeFor', () => {
  it('teaches up to 8 values a vector and compacts the course size', () => {
    expect(diagramModeFor(4, 3)).toBe('teaching');
    expect(diagramModeFor(8, 8)).toBe('teaching');
    expect(diagramModeFor(100, 50)).toBe('compact');
  });
});

describe('lstmDiagramLayout, teaching size 4 × 3', () => {
  const layout = lstmDiagramLayout(4, 3);

  it('is about 2.6 times as wide as tall, so it fills the width of a 1280 px projector above the rule', () => {
    expect(layout.width).toBeLessThanOrEqual(1080);
    expect(layout.height).toBeLessThanOrEqual(410);
    expect(layout.width / layout.height).toBeGreaterThan(2.1);
  });

  it('puts key elements where the picture expects them', () => {
    const { x, y, width, height } = layout.strips.previousCell;
    expect({ x, y, width, height }).toEqual({ x: 10, y: 40, width: 240, height: 36 });
    expect(layout.gateStrips.forget).toMatchObject({ x: 84, y: 190, width: 184, height: 36 });
    expect(layout.strips.concat).toMatchObject({ x: 322, y: 314, width: 430, height: 36 });
    expect(layout.nodes.add).toMatchObject({ operation: 'add', x: 592, y: 58 });
    expect(layout.nodes.outputMultiply).toMatchObject({ x: 1024, y: 208 });
    expect(layout.boxes.candidate).toMatchObject({ x: 636, y: 242, activation: 'tanh' });
    // f leaves its strip's side and rises into its × on the C line.
    expect(layout.arrows.forgetToMultiply.points).toEqual([
      [268, 208],
      [284, 208],
      [284, 76],
    ]);
  });

  it('runs the C line across the top: C_{t−1}, ×, kept, +, C_t left to right on one y', () => {
    const { previousCell, kept, cell } = layout.strips;
    const y = middleY(previousCell);
    for (const item of [kept, cell]) expect(middleY(item)).toBe(y);
    expect(layout.nodes.forgetMultiply.y).toBe(y);
    expect(layout.nodes.add.y).toBe(y);
    const order = [
      previousCell.x,
      layout.nodes.forgetMultiply.x,
      kept.x,
      layout.nodes.add.x,
      cell.x,
      layout.cellBranch.x,
    ];
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(layout.strips.concat.y).toBeGreaterThan(layout.gateStrips.forget.y);
  });

  it('names h_{t−1} and x_t as the halves of [h_{t−1}, x_t], each with an arrow rising into it', () => {
    const { concat, previousHidden, input } = layout.strips;
    expect(concat.cells).toHaveLength(7);
    expect(previousHidden).toMatchObject({ partOf: 'concat' });
    expect(input).toMatchObject({ partOf: 'concat' });
    expect(previousHidden.cells).toEqual(concat.cells.slice(0, 4));
    expect(input.cells).toEqual(concat.cells.slice(4));
    for (const [half, name] of [
      [previousHidden, 'previousHiddenToConcat'],
      [input, 'inputToConcat'],
    ] as const) {
      const [from, to] = layout.arrows[name].points as [[number, number], [number, number]];
      const middle = half.x + half.width / 2;
      expect(to).toEqual([middle, concat.y + concat.height]);
      expect(from[0]).toBe(middle);
      // The name sits under the arrow's tail.
      expect(half.label).toMatchObject({ x: middle, anchor: 'middle' });
      expect(half.label.y - WIDE_FONT.label * 0.75).toBeGreaterThanOrEqual(from[1]);
    }
  });

  it('draws sigmoid layers for the selectors and tanh for the candidate', () => {
    expect(LSTM_GATE_NAMES.map((gate) => layout.boxes[gate].activation)).toEqual([
      'sigmoid',
      'sigmoid',
      'tanh',
      'sigmoid',
    ]);
  });
});

describe.each(NARROW_TEST_SIZES)('lstmDiagramLayout %i × %i (%s)', (hiddenSize, inputSize, mode) => {
  const layout = lstmDiagramLayout(hiddenSize, inputSize, mode);
  const parts = drawnParts(layout);
  const arrows = arrowsOf(layout);

  it('keeps every part inside the viewBox and apart from the others', () => {
    expectPartsInsideAndApart(layout, parts);
  });

  it('sets every label inside the drawing, clear of every part, arrow and other label', () => {
    expectLabelsClear(layout, labelsOf(layout, LSTM_WIDE_LABEL_EMS, WIDE_FONT.label), parts, arrows);
  });

  it('starts and ends every arrow on the parts it connects', () => {
    const branch = { ...layout.cellBranch, width: 0, height: 0 };
    for (const [name, [from, to]] of Object.entries(CONNECTIONS)) {
      const { points } = layout.arrows[name as LstmDiagramArrow];
      expect(onEdge(points[0]!, from === 'branch' ? branch : parts.get(from)!), `${name} leaves ${from}`).toBe(true);
      const end = points.at(-1)!;
      if (to === 'edge') expect(end[0]).toBeGreaterThan(layout.width - 8);
      else expect(onEdge(end, parts.get(to)!), `${name} reaches ${to}`).toBe(true);
    }
    for (const gate of LSTM_GATE_NAMES) {
      const into = layout.layerInputs[gate].points;
      expect(onEdge(into[0]!, layout.strips.concat), `into:${gate}`).toBe(true);
      expect(onEdge(into.at(-1)!, layout.boxes[gate]), `into:${gate}`).toBe(true);
      const from = layout.layerOutputs[gate].points;
      expect(onEdge(from[0]!, layout.boxes[gate]), `from:${gate}`).toBe(true);
      expect(onEdge(from.at(-1)!, layout.gateStrips[gate]), `from:${gate}`).toBe(true);
    }
  });

  it('runs no arrow through a part, and no two lines cross', () => {
    for (const [name, geometry] of arrows)
      for (const [a, b] of segments(geometry))
        for (const [partName, part] of parts) expect(cuts(a, b, part), `${name} through ${partName}`).toBe(false);
    expect(crossings(arrows)).toEqual([]);
  });

  it('draws every vector as one row of one cell per value, never a grid that would read as a matrix', () => {
    expect(layout.gateStrips.output.cells).toHaveLength(hiddenSize);
    expect(layout.strips.input.cells).toHaveLength(inputSize);
    expect(layout.strips.concat.cells).toHaveLength(hiddenSize + inputSize);
    for (const strip of [...Object.values(layout.strips), ...Object.values(layout.gateStrips)]) {
      expect(strip.rows).toBe(1);
      expect(new Set(strip.cells.map((cell) => cell.y)).size).toBe(1);
      for (const cell of strip.cells) {
        expect(cell.x).toBeGreaterThanOrEqual(strip.x);
        expect(cell.x + cell.width).toBeLessThanOrEqual(strip.x + strip.width + 1e-9);
      }
    }
  });
});

describe('cells and their numbers', () => {
  it('makes each teaching cell wide enough for its widest number in bold: −0.30, or 0.56 for a gate in (0, 1)', () => {
    const layout = lstmDiagramLayout(4, 3);
    const fits = (strip: StripGeometry, ems: number) =>
      strip.cells.every((cell) => cell.width - 2 >= ems * layout.fontSize.value);
    for (const gate of ['forget', 'input', 'output'] as const) expect(fits(layout.gateStrips[gate], 2.47)).toBe(true);
    expect(fits(layout.gateStrips.candidate, 3.31)).toBe(true);
    for (const strip of Object.values(layout.strips)) expect(fits(strip, 3.31)).toBe(true);
    // The pills' words are no smaller than the numbers.
    expect(layout.fontSize.label * 0.8).toBeGreaterThanOrEqual(layout.fontSize.value);
  });

  it('draws the course size nn.LSTM(50, 100) as one row of thin coloured cells per vector', () => {
    const layout = lstmDiagramLayout(100, 50);
    expect(layout.mode).toBe('compact');
    for (const strip of [...Object.values(layout.gateStrips), layout.strips.cell, layout.strips.hidden])
      expect(strip).toMatchObject({ columns: 100, rows: 1, decimals: 0 });
    expect(layout.strips.concat).toMatchObject({ columns: 150, rows: 1 });
    expect(layout.strips.input).toMatchObject({ columns: 50, rows: 1 });
    // Still a picture a projector shows whole: no wider than about four teaching strips side by side.
    expect(layout.width).toBeLessThanOrEqual(1500);
  });
});

describe('pointAlong', () => {
  it('walks a polyline by length', () => {
    const points: [number, number][] = [
      [0, 0],
      [0, 10],
      [30, 10],
    ];
    expect(pointAlong(points, 0)).toEqual([0, 0]);
    expect(pointAlong(points, 0.5)).toEqual([10, 10]);
    expect(pointAlong(points, 1)).toEqual([30, 10]);
    expect(pointAlong(points, 7)).toEqual([30, 10]);
  });
});
