import type { Bilingual } from '../../content/bilingual';
import { glossary } from '../../content/glossary';
import {
  sequenceOutputCardText,
  sequenceOutputCheckText,
  sequenceOutputsText,
} from '../../content/sequence/sequenceOutputs';
import { directionCount, stateRow, type CellKind } from '../../model';
import type { SequenceRun } from '../../store/sequence/sequenceRun';
import type { SequenceOutputName } from '../../store/sequence/sequenceStore';
import {
  finalTracedState,
  firstMismatch,
  lastStepOf,
  outputAt,
  outputIndexText,
  outputShapeText,
  stateAt,
  stateShapeText,
  topLayerHiddenAt,
  type Mismatch,
} from '../../viz/sequenceOutputs';
import { fillText } from '../shared/fillText';

/**
 * What the panel shows for: the network, and the selected step, cell and batch element. The
 * results' shapes are not here: they are read off the run's tensors.
 */
export interface OutputView {
  kind: CellKind;
  /** Sequence length L. */
  steps: number;
  /** H. */
  hiddenSize: number;
  numLayers: number;
  bidirectional: boolean;
  batchFirst: boolean;
  t: number;
  layer: number;
  direction: number;
  shownBatch: number;
}

/** The outcome of comparing a result's values with the cell steps they come from. */
export interface OutputCheck {
  passed: boolean;
  text: Bilingual;
}

/** One card's content, every number already filled in. */
export interface OutputCardContent {
  name: SequenceOutputName;
  title: Bilingual;
  /** "(L, B, D·H) = (10, 3, 100)". */
  shape: string;
  source: Bilingual;
  /** The PyTorch expression whose values are shown: "out[5, 0, :]". */
  index: string;
  /** One unit's expression, to name each cell: "out[5, 0, 3]". */
  unitIndex: (unit: number) => string;
  /** The values at `index`; undefined until the run exists. */
  values: Float32Array | undefined;
  /** 2 when out holds a forward and a reverse h side by side. */
  parts: 1 | 2;
  /** h or C: picks the strip's colour. */
  state: 'h' | 'c';
  /** Notes under the values: which row, which half, where the reverse direction ends. */
  notes: Bilingual[];
  /** Undefined until the run exists. */
  check: OutputCheck | undefined;
}

/** The run's parts the cards read. */
export type OutputRun = Pick<SequenceRun, 'result' | 'steps'>;

/**
 * The shortest decimal that reads back as the same float32 (11.1, not 11.1000004), with a true
 * minus sign: two values that differ never print alike, and equal ones print as people write them.
 */
function exactText(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  let digits = 1;
  while (digits < 9 && Math.fround(Number(value.toPrecision(digits))) !== value) digits++;
  const text = String(Number(value.toPrecision(digits)));
  return value < 0 ? `−${text.slice(1)}` : text;
}

const directionName = (direction: number) =>
  direction === 0 ? sequenceOutputsText.forward : sequenceOutputsText.reverse;

function mismatchValues(mismatch: Mismatch) {
  return { unit: mismatch.unit, actual: exactText(mismatch.actual), expected: exactText(mismatch.expected) };
}

function outCard(view: OutputView, run: OutputRun | undefined): OutputCardContent {
  const { t, shownBatch: b, batchFirst, hiddenSize, bidirectional } = view;
  const index = outputIndexText(batchFirst, t, b);
  const output = run?.result.output;
  const values = output && outputAt(output, batchFirst, t, b);
  let check: OutputCheck | undefined;
  if (run && values) {
    const topRows = Array.from({ length: directionCount(view) }, (_, direction) =>
      stateRow(view, view.numLayers - 1, direction),
    );
    const expected = topLayerHiddenAt(run.steps, topRows, t, b);
    const mismatch = expected ? firstMismatch(values, expected) : undefined;
    if (!expected) check = { passed: false, text: fillText(sequenceOutputCheckText.missing, { index }) };
    else if (mismatch)
      check = {
        passed: false,
        text: fillText(sequenceOutputCheckText.outDiffers, { index, t, ...mismatchValues(mismatch) }),
      };
    else
      check = {
        passed: true,
        text: fillText(bidirectional ? sequenceOutputCheckText.outMatchesBoth : sequenceOutputCheckText.outMatches, {
          index,
          t,
        }),
      };
  }
  const halves = fillText(sequenceOutputCheckText.halves, {
    forward: outputIndexText(batchFirst, t, b, `:${hiddenSize}`),
    reverse: outputIndexText(batchFirst, t, b, `${hiddenSize}:`),
  });
  return {
    name: 'out',
    title: sequenceOutputCardText.out.title,
    shape: outputShapeText(output, batchFirst),
    source: fillText(sequenceOutputCardText.out.source, { ...glossary, top: view.numLayers - 1 }),
    index,
    unitIndex: (unit) => outputIndexText(batchFirst, t, b, unit),
    values,
    parts: directionCount(view),
    state: 'h',
    notes: bidirectional ? [halves] : [],
    check,
  };
}

function stateCard(name: 'hN' | 'cN', view: OutputView, run: OutputRun | undefined): OutputCardContent {
  const { layer, direction, shownBatch: b, steps } = view;
  const state = name === 'hN' ? 'h' : 'c';
  const code = name === 'hN' ? 'h_n' : 'c_n';
  const stateTerm = state === 'h' ? glossary.hiddenState : glossary.cellState;
  const row = stateRow(view, layer, direction);
  const index = `${code}[${row}, ${b}, :]`;
  const tensor = name === 'hN' ? run?.result.hN : run?.result.cN;
  const values = tensor && stateAt(tensor, row, b);
  const cell = { layer, direction: directionName(direction), state: stateTerm, last: lastStepOf(direction, steps) };
  let check: OutputCheck | undefined;
  if (run && values) {
    const expected = finalTracedState(run.steps, row, direction, steps, state, b);
    const mismatch = expected ? firstMismatch(values, expected) : undefined;
    if (!expected) check = { passed: false, text: fillText(sequenceOutputCheckText.missing, { index }) };
    else if (mismatch)
      check = {
        passed: false,
        text: fillText(sequenceOutputCheckText.stateDiffers, {
          index,
          name: code,
          ...cell,
          ...mismatchValues(mismatch),
        }),
      };
    else check = { passed: true, text: fillText(sequenceOutputCheckText.stateMatches, { index, ...cell }) };
  }
  const notes = [
    fillText(sequenceOutputCheckText.row, {
      layer,
      direction: directionName(direction),
      directions: directionCount(view),
      directionIndex: direction,
      row,
    }),
  ];
  if (direction === 1) {
    notes.push(fillText(sequenceOutputCheckText.reverseEnd, { end: steps - 1, state: stateTerm }));
    // Only the top layer's h is in out; a lower layer's, and every C, appear nowhere else.
    if (state === 'h' && layer === view.numLayers - 1) {
      const half = `${view.hiddenSize}:`;
      notes.push(
        fillText(sequenceOutputCheckText.reverseInOut, {
          atStart: outputIndexText(view.batchFirst, 0, b, half),
          atEnd: outputIndexText(view.batchFirst, steps - 1, b, half),
        }),
      );
    }
  }
  return {
    name,
    title: sequenceOutputCardText[name].title,
    shape: stateShapeText(tensor),
    source: fillText(sequenceOutputCardText[name].source, glossary),
    index,
    unitIndex: (unit) => `${code}[${row}, ${b}, ${unit}]`,
    values,
    parts: 1,
    state,
    notes,
    check,
  };
}

/**
 * The panel's cards: out, h_n and, for an LSTM, c_n, each with its shape, its source, its values
 * at the selection and a check of those values against the traced cell steps, computed here so the
 * ✓ is earned rather than printed.
 */
export function sequenceOutputCards(view: OutputView, run: OutputRun | undefined): OutputCardContent[] {
  const cards = [outCard(view, run), stateCard('hN', view, run)];
  if (view.kind === 'LSTM') cards.push(stateCard('cN', view, run));
  return cards;
}
