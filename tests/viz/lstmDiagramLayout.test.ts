import { describe, expect, it } from 'vitest';
import { LSTM_GATE_NAMES } from '../../src/model/lstmGates';
import { lstmDiagramLayout, type LstmCellDiagramLayout } from '../../src/viz/lstmDiagramLayout';
import { diagramModeFor, pointAlong, type Rect } from '../../src/viz/diagramGeometry';

const box = ({ x, y, width, height }: Rect) => ({ x, y, width, height });

function allStrips(layout: LstmCellDiagramLayout): [string, Rect][] {
  return [
    ...Object.entries(layout.strips),
    ...LSTM_GATE_NAMES.map((gate) => [`gate:${gate}`, layout.gateStrips[gate]] as [string, Rect]),
  ];
}

const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('diagramModeFor', () => {
  it('teaches up to 8 values a vector and compacts the course size', () => {
    expect(diagramModeFor(4, 3)).toBe('teaching');
    expect(diagramModeFor(8, 8)).toBe('teaching');
    expect(diagramModeFor(100, 50)).toBe('compact');
  });
});

describe('lstmDiagramLayout, teaching size 4 × 3', () => {
  const layout = lstmDiagramLayout(4, 3);

  it('puts key elements where the picture expects them', () => {
    expect([layout.width, layout.height]).toEqual([1580, 710]);
    expect(box(layout.strips.previousCell)).toEqual({ x: 32, y: 48, width: 224, height: 44 });
    expect(box(layout.gateStrips.forget)).toEqual({ x: 190, y: 288, width: 224, height: 44 });
    expect(box(layout.strips.concat)).toEqual({ x: 558, y: 512, width: 412, height: 44 });
    expect(layout.strips.concat.dividerX).toBe(792);
    expect(layout.nodes.add).toMatchObject({ operation: 'add', x: 764, y: 70 });
    expect(layout.boxes.candidate).toMatchObject({ x: 874, y: 368, activation: 'tanh' });
    expect(layout.arrows.forgetToMultiply.path).toBe('M302,288L302,88');
    expect(layout.layerInputs.output.path).toBe(
      'M764,512L764,464A12,12,0,0,1,776,452L1214,452A12,12,0,0,0,1226,440L1226,424',
    );
  });

  it('runs the C line across the top: C_{t−1}, ×, kept, +, C_t left to right on one y', () => {
    const { previousCell, kept, cell } = layout.strips;
    const y = previousCell.y + previousCell.height / 2;
    for (const item of [kept, cell]) expect(item.y + item.height / 2).toBe(y);
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

  it('places h_{t−1} and x_t right under their own cells of [h_{t−1}, x_t]', () => {
    const { concat, previousHidden, input } = layout.strips;
    expect(concat.cells).toHaveLength(7);
    expect(previousHidden.cells.map((cell) => cell.x)).toEqual(concat.cells.slice(0, 4).map((cell) => cell.x));
    expect(input.cells.map((cell) => cell.x)).toEqual(concat.cells.slice(4).map((cell) => cell.x));
    expect(previousHidden.y).toBeGreaterThan(concat.y + concat.height);
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

describe.each([
  [1, 1],
  [4, 3],
  [5, 8],
  [8, 8],
  [100, 50],
])('lstmDiagramLayout %i × %i', (hiddenSize, inputSize) => {
  const layout = lstmDiagramLayout(hiddenSize, inputSize);

  it('keeps every strip inside the viewBox and apart from the others', () => {
    const strips = allStrips(layout);
    for (const [, strip] of strips) {
      expect(strip.x).toBeGreaterThanOrEqual(0);
      expect(strip.y).toBeGreaterThanOrEqual(0);
      expect(strip.x + strip.width).toBeLessThanOrEqual(layout.width);
      expect(strip.y + strip.height).toBeLessThanOrEqual(layout.height);
    }
    for (const [nameA, a] of strips)
      for (const [nameB, b] of strips) if (nameA < nameB) expect(overlaps(a, b), `${nameA} × ${nameB}`).toBe(false);
  });

  it('has one cell per value, each inside its strip', () => {
    expect(layout.gateStrips.output.cells).toHaveLength(hiddenSize);
    expect(layout.strips.input.cells).toHaveLength(inputSize);
    for (const [, strip] of allStrips(layout))
      for (const cell of (strip as LstmCellDiagramLayout['strips']['cell']).cells) {
        expect(cell.x).toBeGreaterThanOrEqual(strip.x);
        expect(cell.x + cell.width).toBeLessThanOrEqual(strip.x + strip.width + 1e-9);
      }
  });
});

describe('wrapping', () => {
  it('keeps a teaching vector in one row, never a grid that would read as a matrix', () => {
    expect(lstmDiagramLayout(5, 1).gateStrips.forget).toMatchObject({ columns: 5, rows: 1 });
    const eight = lstmDiagramLayout(8, 8);
    for (const strip of [...Object.values(eight.strips), ...Object.values(eight.gateStrips)])
      expect(new Set(strip.cells.map((cell) => cell.y)).size).toBe(1);
    expect(eight.strips.concat).toMatchObject({ columns: 16, rows: 1 });
  });

  it('draws the course size as 20 × 5 grids, x as 10 × 5 so [h, x] lines up', () => {
    const layout = lstmDiagramLayout(100, 50);
    expect(layout.mode).toBe('compact');
    expect(layout.gateStrips.forget).toMatchObject({ columns: 20, rows: 5, width: 200, height: 50 });
    expect(layout.strips.input).toMatchObject({ columns: 10, rows: 5 });
    expect(layout.strips.concat.height).toBe(50);
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
