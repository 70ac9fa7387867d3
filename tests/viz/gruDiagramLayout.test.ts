import { describe, expect, it } from 'vitest';
import { GRU_GATE_NAMES } from '../../src/model/gruGates';
import type { Rect } from '../../src/viz/diagramGeometry';
import {
  GRU_WIDE_LABEL_EMS,
  gruDiagramLayout,
  type GruCellDiagramLayout,
  type GruDiagramArrow,
  type GruDiagramLayer,
} from '../../src/viz/gruDiagramLayout';
import { WIDE_FONT } from '../../src/viz/wideDiagramGeometry';
import { arrowsOf, crossings, expectLabelsClear, labelsOf, NARROW_TEST_SIZES } from './narrowLayoutChecks';

/** Every strip, box and node of the diagram as a rectangle, by the name the component gives it. */
function parts(layout: GruCellDiagramLayout): Map<string, Rect> {
  const all = new Map<string, Rect>();
  for (const [name, strip] of Object.entries(layout.strips)) all.set(name, strip);
  for (const gate of GRU_GATE_NAMES) all.set(`gate:${gate}`, layout.gateStrips[gate]);
  for (const [name, box] of Object.entries(layout.boxes)) all.set(`layer:${name}`, box);
  for (const [name, node] of Object.entries(layout.nodes))
    all.set(name, {
      x: node.x - node.radiusX,
      y: node.y - node.radiusY,
      width: 2 * node.radiusX,
      height: 2 * node.radiusY,
    });
  return all;
}

const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const onEdge = ([x, y]: [number, number], rect: Rect) => {
  const near = (a: number, b: number) => Math.abs(a - b) < 1e-6;
  const withinX = x >= rect.x - 1e-6 && x <= rect.x + rect.width + 1e-6;
  const withinY = y >= rect.y - 1e-6 && y <= rect.y + rect.height + 1e-6;
  return (
    (withinX && (near(y, rect.y) || near(y, rect.y + rect.height))) ||
    (withinY && (near(x, rect.x) || near(x, rect.x + rect.width)))
  );
};

/** Whether the segment from `a` to `b` (horizontal or vertical) enters the inside of `rect`. */
function cuts(a: [number, number], b: [number, number], rect: Rect) {
  const inset = 0.5;
  const [x1, x2] = [Math.min(a[0], b[0]), Math.max(a[0], b[0])];
  const [y1, y2] = [Math.min(a[1], b[1]), Math.max(a[1], b[1])];
  return (
    x2 > rect.x + inset && x1 < rect.x + rect.width - inset && y2 > rect.y + inset && y1 < rect.y + rect.height - inset
  );
}

/** What each arrow connects: it leaves the first part's outline and ends on the second's. */
const CONNECTIONS: Record<GruDiagramArrow, [from: string, to: string | 'edge']> = {
  previousHiddenToConcat: ['previousHidden', 'concat'],
  inputToConcat: ['input', 'concat'],
  previousHiddenToCandidateHidden: ['previousHidden', 'layer:candidateHidden'],
  candidateHiddenToMultiply: ['candidateHiddenSide', 'resetMultiply'],
  resetToMultiply: ['gate:reset', 'resetMultiply'],
  multiplyToResetHidden: ['resetMultiply', 'resetHidden'],
  resetHiddenToCandidate: ['resetHidden', 'layer:candidate'],
  inputToCandidate: ['input', 'layer:candidate'],
  previousHiddenToMultiply: ['previousHidden', 'keepMultiply'],
  updateToMultiply: ['gate:update', 'keepMultiply'],
  multiplyToKept: ['keepMultiply', 'kept'],
  keptToAdd: ['kept', 'add'],
  updateToOneMinus: ['gate:update', 'oneMinus'],
  oneMinusToOneMinusUpdate: ['oneMinus', 'oneMinusUpdate'],
  oneMinusUpdateToMultiply: ['oneMinusUpdate', 'writeMultiply'],
  candidateToMultiply: ['gate:candidate', 'writeMultiply'],
  multiplyToWritten: ['writeMultiply', 'written'],
  writtenToAdd: ['written', 'add'],
  addToHidden: ['add', 'hidden'],
  hiddenOut: ['hidden', 'edge'],
};
const LAYER_OUTPUTS: Record<GruDiagramLayer, string> = {
  reset: 'gate:reset',
  update: 'gate:update',
  candidate: 'gate:candidate',
  candidateHidden: 'candidateHiddenSide',
};

const centerY = (rect: Rect) => rect.y + rect.height / 2;

describe('gruDiagramLayout, teaching size 4 × 3', () => {
  const layout = gruDiagramLayout(4, 3);

  it('runs the h line across the top: h_{t−1}, ×, z ⊙ h, +, h_t left to right on one y', () => {
    const { previousHidden, kept, hidden } = layout.strips;
    const y = centerY(previousHidden);
    for (const item of [kept, hidden, layout.nodes.keepMultiply, layout.nodes.add])
      expect('radiusX' in item ? item.y : centerY(item)).toBe(y);
    const order = [previousHidden.x, layout.nodes.keepMultiply.x, kept.x, layout.nodes.add.x, hidden.x];
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(Math.min(...[...parts(layout).values()].map((part) => part.y))).toBe(previousHidden.y);
  });

  it('applies r after the hidden matmul: h_{t−1} → W_hn h + b_hn → × r → tanh, which also reads x_t', () => {
    const { arrows, boxes, strips, gateStrips, nodes } = layout;
    expect(boxes.candidateHidden.activation).toBe('linear');
    expect(arrows.previousHiddenToCandidateHidden.points.at(-1)).toEqual([
      boxes.candidateHidden.x + boxes.candidateHidden.width / 2,
      boxes.candidateHidden.y + boxes.candidateHidden.height,
    ]);
    // The × with r reads the linear layer's output, never h_{t−1} itself.
    const intoReset = Object.values(arrows).filter(({ points }) => {
      const [x, y] = points.at(-1)!;
      return Math.hypot(x - nodes.resetMultiply.x, y - nodes.resetMultiply.y) <= nodes.resetMultiply.radiusX + 1e-6;
    });
    expect(intoReset.map(({ points }) => points[0])).toEqual([
      [strips.candidateHiddenSide.x, centerY(strips.candidateHiddenSide)],
      [gateStrips.reset.x + gateStrips.reset.width, centerY(gateStrips.reset)],
    ]);
    expect(boxes.candidate.activation).toBe('tanh');
    expect(boxes.reset.activation).toBe('sigmoid');
    expect(boxes.update.activation).toBe('sigmoid');
  });

  it('places x_t right under its own cells of [h_{t−1}, x_t]', () => {
    const { concat, input } = layout.strips;
    expect(concat.cells).toHaveLength(7);
    expect(input.cells.map((cell) => cell.x)).toEqual(concat.cells.slice(4).map((cell) => cell.x));
    expect(input.y).toBeGreaterThan(concat.y + concat.height);
  });
});

describe.each(NARROW_TEST_SIZES)('gruDiagramLayout %i × %i (%s)', (hiddenSize, inputSize, mode) => {
  const layout = gruDiagramLayout(hiddenSize, inputSize, mode);
  const all = parts(layout);

  it('keeps every strip, box and node inside the viewBox and apart from the others', () => {
    for (const [name, part] of all) {
      expect(part.x, name).toBeGreaterThanOrEqual(0);
      expect(part.y, name).toBeGreaterThanOrEqual(0);
      expect(part.x + part.width, name).toBeLessThanOrEqual(layout.width);
      expect(part.y + part.height, name).toBeLessThanOrEqual(layout.height);
    }
    for (const [nameA, a] of all)
      for (const [nameB, b] of all) if (nameA < nameB) expect(overlaps(a, b), `${nameA} × ${nameB}`).toBe(false);
  });

  it('starts and ends every arrow on the parts it connects', () => {
    for (const [name, [from, to]] of Object.entries(CONNECTIONS)) {
      const { points } = layout.arrows[name as GruDiagramArrow];
      expect(onEdge(points[0]!, all.get(from)!), `${name} leaves ${from}`).toBe(true);
      const end = points.at(-1)!;
      if (to === 'edge') expect(end[0]).toBeGreaterThan(layout.width - 32);
      else expect(onEdge(end, all.get(to)!), `${name} reaches ${to}`).toBe(true);
    }
    for (const [layer, to] of Object.entries(LAYER_OUTPUTS)) {
      const { points } = layout.layerOutputs[layer as GruDiagramLayer];
      expect(onEdge(points[0]!, all.get(`layer:${layer}`)!), `from:${layer}`).toBe(true);
      expect(onEdge(points.at(-1)!, all.get(to)!), `from:${layer} reaches ${to}`).toBe(true);
    }
    for (const layer of ['reset', 'update'] as const) {
      const { points } = layout.layerInputs[layer];
      expect(onEdge(points[0]!, layout.strips.concat), `into:${layer}`).toBe(true);
      expect(onEdge(points.at(-1)!, all.get(`layer:${layer}`)!), `into:${layer}`).toBe(true);
    }
  });

  it('sets every label inside the drawing, clear of every part, arrow and other label', () => {
    expectLabelsClear(layout, labelsOf(layout, GRU_WIDE_LABEL_EMS, WIDE_FONT.label), all, arrowsOf(layout));
  });

  it('crosses one line only: x_t on its way to n over h_{t−1} on its way to W_hn, both plain ink', () => {
    const found = crossings(arrowsOf(layout));
    expect(found.filter((crossing) => !crossing.includes('inputToCandidate'))).toEqual([]);
    expect(found.length).toBeLessThanOrEqual(2);
  });

  it('runs no arrow through a strip, box or node', () => {
    const every = [
      ...Object.entries(layout.arrows),
      ...Object.entries(layout.layerInputs).map(([layer, geometry]) => [`into:${layer}`, geometry] as const),
      ...Object.entries(layout.layerOutputs).map(([layer, geometry]) => [`from:${layer}`, geometry] as const),
    ];
    for (const [name, { points }] of every)
      for (let index = 1; index < points.length; index++)
        for (const [partName, part] of all)
          expect(cuts(points[index - 1]!, points[index]!, part), `${name} through ${partName}`).toBe(false);
  });

  it('has one cell per value, each inside its strip', () => {
    expect(layout.gateStrips.update.cells).toHaveLength(hiddenSize);
    expect(layout.strips.input.cells).toHaveLength(inputSize);
    expect(layout.strips.concat.cells).toHaveLength(hiddenSize + inputSize);
    for (const strip of [...Object.values(layout.strips), ...Object.values(layout.gateStrips)])
      for (const cell of strip.cells) {
        expect(cell.x).toBeGreaterThanOrEqual(strip.x);
        expect(cell.x + cell.width).toBeLessThanOrEqual(strip.x + strip.width + 1e-9);
        expect(cell.y + cell.height).toBeLessThanOrEqual(strip.y + strip.height + 1e-9);
      }
  });
});

describe('sizes', () => {
  it('teaches up to 8 values a vector, each in one row, never a grid that would read as a matrix', () => {
    expect(gruDiagramLayout(5, 1).mode).toBe('teaching');
    expect(gruDiagramLayout(5, 1).gateStrips.reset).toMatchObject({ columns: 5, rows: 1 });
    const eight = gruDiagramLayout(8, 8);
    for (const strip of [...Object.values(eight.strips), ...Object.values(eight.gateStrips)])
      expect(new Set(strip.cells.map((cell) => cell.y)).size).toBe(1);
  });

  it('draws the course nn.GRU(10, 20) compactly: one row of 20 for h, of 10 for x, on a screen-sized view', () => {
    const layout = gruDiagramLayout(20, 10);
    expect(layout.mode).toBe('compact');
    expect(layout.gateStrips.update).toMatchObject({ columns: 20, rows: 1, decimals: 0 });
    expect(layout.strips.input).toMatchObject({ columns: 10, rows: 1 });
    expect(layout.width).toBeLessThanOrEqual(1400);
    expect(layout.height).toBeLessThanOrEqual(720);
  });

  it('keeps a 100-unit cell one row a vector too: thin cells, never a 20 × 5 grid', () => {
    const layout = gruDiagramLayout(100, 50);
    for (const strip of [...Object.values(layout.strips), ...Object.values(layout.gateStrips)]) {
      expect(strip.rows).toBe(1);
      expect(strip.columns).toBe(strip.cells.length);
    }
    expect(layout.gateStrips.update.columns).toBe(100);
    expect(layout.strips.concat.columns).toBe(150);
  });

  it('is taller than wide enough at the teaching size to take the height beside the sliders and the rule', () => {
    const layout = gruDiagramLayout(4, 3);
    expect(layout.width).toBeLessThanOrEqual(900);
    expect(layout.height).toBeLessThanOrEqual(600);
    expect(layout.width / layout.height).toBeLessThan(2.1);
  });
});
