import { describe, expect, it } from 'vitest';
import type { GruDiagramArrow, GruDiagramLayer } from '../../src/viz/gruDiagramLayout';
import { GRU_NARROW_LABEL_EMS, gruNarrowLayout } from '../../src/viz/gruNarrowLayout';
import { decimalsFor, NARROW_WIDTH } from '../../src/viz/narrowDiagramGeometry';
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

describe.each(NARROW_TEST_SIZES)('gruNarrowLayout %i × %i (%s)', (hiddenSize, inputSize, mode) => {
  const layout = gruNarrowLayout(hiddenSize, inputSize, mode);
  const parts = partsOf(layout);
  const labels = labelsOf(layout, GRU_NARROW_LABEL_EMS);
  const arrows = arrowsOf(layout);

  it('is as wide as a phone whatever the sizes, and keeps every part inside and apart', () => {
    expect(layout.width).toBe(NARROW_WIDTH);
    expectPartsInsideAndApart(layout, parts);
  });

  it('sets every label inside the drawing, clear of every part, arrow and other label', () => {
    expectLabelsClear(layout, labels, parts, arrows);
  });

  it('starts and ends every arrow on the parts it connects', () => {
    for (const [name, [from, to]] of Object.entries(CONNECTIONS)) {
      const { points } = layout.arrows[name as GruDiagramArrow];
      expect(onEdge(points[0]!, parts.get(from)!), `${name} leaves ${from}`).toBe(true);
      const end = points.at(-1)!;
      if (to === 'edge') expect(end[0]).toBeGreaterThan(layout.width - 8);
      else expect(onEdge(end, parts.get(to)!), `${name} reaches ${to}`).toBe(true);
    }
    for (const [layer, to] of Object.entries(LAYER_OUTPUTS)) {
      const { points } = layout.layerOutputs[layer as GruDiagramLayer];
      expect(onEdge(points[0]!, parts.get(`layer:${layer}`)!), `from:${layer}`).toBe(true);
      expect(onEdge(points.at(-1)!, parts.get(to)!), `from:${layer} reaches ${to}`).toBe(true);
    }
    for (const layer of ['reset', 'update'] as const) {
      const { points } = layout.layerInputs[layer];
      expect(onEdge(points[0]!, layout.strips.concat), `into:${layer}`).toBe(true);
      expect(onEdge(points.at(-1)!, parts.get(`layer:${layer}`)!), `into:${layer}`).toBe(true);
    }
    // The dot where h_{t−1}'s line turns into W_hn sits on both its lines.
    const { x, y } = layout.previousHiddenBranch;
    for (const name of ['previousHiddenToCandidateHidden', 'previousHiddenToMultiply'] as const)
      expect(
        segments(layout.arrows[name]).some(
          ([a, b]) => a[0] === x && b[0] === x && y >= Math.min(a[1], b[1]) && y <= Math.max(a[1], b[1]),
        ),
        name,
      ).toBe(true);
  });

  it('runs no arrow through a part; the one crossing is h_{t−1}’s line into W_hn over the bus', () => {
    for (const [name, geometry] of arrows)
      for (const [a, b] of segments(geometry))
        for (const [partName, part] of parts) expect(cuts(a, b, part), `${name} through ${partName}`).toBe(false);
    expect(crossings(arrows)).toEqual(['previousHiddenToCandidateHidden × into:update']);
  });

  it('keeps every vector on one row at every size, its numbers fitting its cells while teaching', () => {
    expect(layout.gateStrips.update.cells).toHaveLength(hiddenSize);
    expect(layout.strips.input.cells).toHaveLength(inputSize);
    expect(layout.strips.concat.cells).toHaveLength(hiddenSize + inputSize);
    for (const strip of [...Object.values(layout.strips), ...Object.values(layout.gateStrips)]) {
      expect(strip.rows).toBe(1);
      expect(new Set(strip.cells.map((cell) => cell.y)).size).toBe(1);
    }
    if (layout.mode !== 'teaching') return;
    for (const strip of [...Object.values(layout.strips), ...Object.values(layout.gateStrips)])
      expect(decimalsFor(strip.cells[0]!.width)).toBe(strip.decimals);
    const { concat, ...numbered } = layout.strips;
    for (const [name, strip] of [...Object.entries(numbered), ...Object.entries(layout.gateStrips)])
      expect(strip.decimals, name).toBeGreaterThan(0);
    expect(concat.decimals === 0 || concat.decimals === layout.strips.previousHidden.decimals).toBe(true);
  });
});

describe('gruNarrowLayout, teaching size 4 × 3', () => {
  const layout = gruNarrowLayout(4, 3);
  const middleY = (rect: { y: number; height: number }) => rect.y + rect.height / 2;

  it('builds the candidate first, then lets z blend h_{t−1} and n into h_t at the bottom', () => {
    const { strips, gateStrips, nodes, boxes } = layout;
    const order = [
      middleY(strips.previousHidden),
      middleY(strips.concat),
      middleY(gateStrips.reset),
      middleY(boxes.candidateHidden),
      middleY(strips.candidateHiddenSide),
      nodes.resetMultiply.y,
      middleY(strips.resetHidden),
      middleY(boxes.candidate),
      middleY(gateStrips.candidate),
      middleY(gateStrips.update),
      nodes.keepMultiply.y,
      middleY(strips.kept),
      nodes.oneMinus.y,
      middleY(strips.oneMinusUpdate),
      nodes.writeMultiply.y,
      middleY(strips.written),
      nodes.add.y,
      middleY(strips.hidden),
    ];
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('sends h_{t−1} down the left edge and x_t down the right edge', () => {
    const { arrows } = layout;
    const lane = (name: GruDiagramArrow) => arrows[name].points[1]![0];
    expect(lane('previousHiddenToCandidateHidden')).toBe(lane('previousHiddenToMultiply'));
    expect(lane('previousHiddenToCandidateHidden')).toBeLessThan(layout.strips.concat.x);
    expect(lane('inputToCandidate')).toBeGreaterThan(layout.strips.concat.x + layout.strips.concat.width);
    expect(layout.hiddenLine.at(-1)![1]).toBe(middleY(layout.strips.hidden));
  });
});
