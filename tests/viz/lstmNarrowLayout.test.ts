import { describe, expect, it } from 'vitest';
import { LSTM_GATE_NAMES } from '../../src/model/lstmGates';
import type { LstmDiagramArrow } from '../../src/viz/lstmDiagramLayout';
import { LSTM_NARROW_LABEL_EMS, lstmNarrowLayout } from '../../src/viz/lstmNarrowLayout';
import { decimalsFor, NARROW_FONT, NARROW_WIDTH } from '../../src/viz/narrowDiagramGeometry';
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

/** What each arrow connects: it leaves the first part's outline and ends on the second's. */
const CONNECTIONS: Record<LstmDiagramArrow, [from: string, to: string | 'edge']> = {
  previousHiddenToConcat: ['previousHidden', 'concat'],
  inputToConcat: ['input', 'concat'],
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

describe.each(NARROW_TEST_SIZES)('lstmNarrowLayout %i × %i (%s)', (hiddenSize, inputSize, mode) => {
  const layout = lstmNarrowLayout(hiddenSize, inputSize, mode);
  const parts = partsOf(layout);
  const labels = labelsOf(layout, LSTM_NARROW_LABEL_EMS);
  const arrows = arrowsOf(layout);

  it('is as wide as a phone whatever the sizes, and keeps every part inside and apart', () => {
    expect(layout.width).toBe(NARROW_WIDTH);
    expectPartsInsideAndApart(layout, parts);
  });

  it('sets every label inside the drawing, clear of every part, arrow and other label', () => {
    expectLabelsClear(layout, labels, parts, arrows);
  });

  it('starts and ends every arrow on the parts it connects', () => {
    const branch = { ...layout.cellBranch, width: 0, height: 0 };
    for (const [name, [from, to]] of Object.entries(CONNECTIONS)) {
      const { points } = layout.arrows[name as LstmDiagramArrow];
      const start = from === 'branch' ? branch : parts.get(from)!;
      expect(onEdge(points[0]!, start), `${name} leaves ${from}`).toBe(true);
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
    // C_t leaves the cell and, from a point on its way out, goes down to tanh.
    const [cellStart, cellEnd] = layout.arrows.cellOut.points as [[number, number], [number, number]];
    expect(layout.cellBranch.y).toBe(cellStart[1]);
    expect(layout.cellBranch.x).toBeGreaterThan(cellStart[0]);
    expect(layout.cellBranch.x).toBeLessThan(cellEnd[0]);
  });

  it('runs no arrow through a part, and no two lines cross', () => {
    for (const [name, geometry] of arrows)
      for (const [a, b] of segments(geometry))
        for (const [partName, part] of parts) expect(cuts(a, b, part), `${name} through ${partName}`).toBe(false);
    expect(crossings(arrows)).toEqual([]);
  });

  it('keeps every vector on one row at every size, its numbers fitting its cells while teaching', () => {
    expect(layout.gateStrips.output.cells).toHaveLength(hiddenSize);
    expect(layout.strips.input.cells).toHaveLength(inputSize);
    expect(layout.strips.concat.cells).toHaveLength(hiddenSize + inputSize);
    for (const strip of [...Object.values(layout.strips), ...Object.values(layout.gateStrips)]) {
      expect(strip.rows).toBe(1);
      expect(new Set(strip.cells.map((cell) => cell.y)).size).toBe(1);
    }
    if (layout.mode !== 'teaching') return;
    for (const strip of [...Object.values(layout.strips), ...Object.values(layout.gateStrips)])
      expect(decimalsFor(strip.cells[0]!.width)).toBe(strip.decimals);
    // Every vector but [h, x] shows numbers at every teaching size, if only one decimal.
    const { concat, ...numbered } = layout.strips;
    for (const [name, strip] of [...Object.entries(numbered), ...Object.entries(layout.gateStrips)])
      expect(strip.decimals, name).toBeGreaterThan(0);
    expect(concat.decimals === 0 || concat.decimals === layout.strips.previousHidden.decimals).toBe(true);
  });
});

describe('lstmNarrowLayout, teaching size 4 × 3', () => {
  const layout = lstmNarrowLayout(4, 3);
  const middleY = (rect: { y: number; height: number }) => rect.y + rect.height / 2;

  it('reads top to bottom: [h, x] first, then C_{t−1}, f, f ⊙ C, i ⊙ g, C_t, o, tanh(C_t) and h_t last', () => {
    const { strips, gateStrips, nodes } = layout;
    const order = [
      middleY(strips.previousHidden),
      middleY(strips.concat),
      middleY(strips.previousCell),
      middleY(gateStrips.forget),
      nodes.forgetMultiply.y,
      middleY(strips.kept),
      middleY(gateStrips.input),
      middleY(gateStrips.candidate),
      nodes.inputMultiply.y,
      middleY(strips.written),
      nodes.add.y,
      middleY(strips.cell),
      middleY(gateStrips.output),
      nodes.cellTanh.y,
      middleY(strips.cellTanh),
      nodes.outputMultiply.y,
      middleY(strips.hidden),
    ];
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('puts h_{t−1} and x_t side by side right above their own cells of [h_{t−1}, x_t], two decimals each', () => {
    const { concat, previousHidden, input } = layout.strips;
    expect(previousHidden.y).toBe(input.y);
    expect([...previousHidden.cells, ...input.cells].map((cell) => cell.x)).toEqual(concat.cells.map((cell) => cell.x));
    expect([previousHidden.decimals, input.decimals, concat.decimals, layout.gateStrips.forget.decimals]).toEqual([
      2, 2, 2, 2,
    ]);
  });

  it('runs C down the right edge: C_{t−1} into the forget ×, f ⊙ C into the +, C_t to tanh', () => {
    const laneOf = (name: LstmDiagramArrow) => layout.arrows[name].points[1]![0];
    expect(laneOf('previousCellToForget')).toBe(laneOf('keptToAdd'));
    expect(layout.cellBranch.x).toBe(laneOf('keptToAdd'));
    expect(laneOf('keptToAdd')).toBeGreaterThan(layout.gateStrips.forget.x + layout.gateStrips.forget.width);
    expect(layout.cellLine[0]).toEqual([layout.strips.previousCell.x, middleY(layout.strips.previousCell)]);
  });
});

describe('lstmNarrowLayout, teaching size 8 × 8', () => {
  const layout = lstmNarrowLayout(8, 8);

  it('gives h_{t−1} and x_t rows of their own, one decimal, and draws [h, x] in colour only', () => {
    const { concat, previousHidden, input } = layout.strips;
    expect(input.y).toBeGreaterThan(previousHidden.y + previousHidden.height);
    expect([previousHidden.decimals, input.decimals, layout.gateStrips.forget.decimals]).toEqual([1, 1, 1]);
    expect(concat.decimals).toBe(0);
  });
});

describe('the phone font', () => {
  it.each([358, 328])('keeps numbers and subscripts at 11 px or more in a %i px box (390 and 360 px phones)', (box) => {
    const scale = box / NARROW_WIDTH;
    expect(NARROW_FONT.value * scale).toBeGreaterThanOrEqual(11);
    expect(NARROW_FONT.label * 0.7 * scale).toBeGreaterThanOrEqual(11);
  });
});

describe('lstmNarrowLayout, the course’s nn.LSTM(50, 100)', () => {
  const layout = lstmNarrowLayout(100, 50);

  it('draws each vector as one row of thin cells across the phone, not a 20 × 5 grid that reads as a matrix', () => {
    expect(layout.mode).toBe('compact');
    for (const [name, strip] of [...Object.entries(layout.strips), ...Object.entries(layout.gateStrips)]) {
      expect(strip.rows, name).toBe(1);
      expect(strip.height, name).toBe(strip.cells[0]!.height);
      expect(strip.decimals, name).toBe(0);
      // Compressed, yet long enough to point at a unit: a hidden-size vector takes most of the phone's width.
      if (name !== 'input') expect(strip.width, name).toBeGreaterThan(NARROW_WIDTH / 2);
      expect(strip.x + strip.width, name).toBeLessThanOrEqual(NARROW_WIDTH);
    }
  });

  it('keeps h_{t−1} and x_t right above their own cells of [h_{t−1}, x_t]', () => {
    const { concat, previousHidden, input } = layout.strips;
    expect([...previousHidden.cells, ...input.cells].map((cell) => cell.x)).toEqual(concat.cells.map((cell) => cell.x));
  });
});
