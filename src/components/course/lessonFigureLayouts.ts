import { gateSymbols, LSTM_NOTATION, type LstmGateName } from '../../model';
import type { FigureId, FigureLabelKey } from '../../content/tour/figures';
import type { DiagramRole } from '../../viz/colors';

/** Where a label sits, in the image's viewBox units. */
interface LabelPlace {
  x: number;
  y: number;
  /** Which end of the label is at x. */
  anchor: 'start' | 'middle' | 'end';
  /**
   * Which edge of the label is at y (default the middle). A label above a line puts its bottom
   * there, so a second language in side-by-side mode grows away from the line, not across it.
   */
  edge?: 'top' | 'middle' | 'bottom';
  /** Wrap beyond this width (viewBox units); otherwise the label stays on one line. */
  maxWidth?: number;
  /** Colour the label as the part of the drawing it names. */
  role?: DiagramRole;
}

/** A label of figure `Id`: one of its words (a key of its text's `labels`) or a symbol such as "h_{t−1}". */
export type FigureLabel<Id extends FigureId = FigureId> = LabelPlace &
  ({ text: FigureLabelKey<Id>; math?: never } | { math: string; text?: never });

/** An image in public/ and the labels laid over it. */
export interface FigureLayout<Id extends FigureId = FigureId> {
  /** Relative to the site's base URL. */
  src: string;
  /** The image's viewBox size: the labels' coordinates are in these units. */
  width: number;
  height: number;
  labels: readonly FigureLabel<Id>[];
}

/** A gate's value symbol (f_t, …, g_t for the candidate), as the explorer writes it. */
const valueOf = (gate: LstmGateName) => gateSymbols(LSTM_NOTATION.gate[gate]).value;

const fourLayerRows = [
  { y: 174, role: 'forget', activation: 'σ', output: valueOf('forget'), name: 'forgetGate' },
  { y: 328, role: 'input', activation: 'σ', output: valueOf('input'), name: 'inputGate' },
  { y: 482, role: 'candidate', activation: 'tanh', output: valueOf('candidate'), name: 'candidateMemory' },
  { y: 636, role: 'output', activation: 'σ', output: valueOf('output'), name: 'outputGate' },
] as const;

const unrolledGaps = [
  { x: 460, step: 't−1' },
  { x: 790, step: 't' },
  { x: 1135, step: 't+1' },
] as const;

const unrolledCells = [
  { centre: 295, hOut: 395, xIn: 228, step: 't−1', time: 't − 1' },
  { centre: 625, hOut: 725, xIn: 558, step: 't', time: 't' },
  { centre: 955, hOut: 1055, xIn: 888, step: 't+1', time: 't + 1' },
] as const;

/** z from −6 to 6 across x = 170 … 1110. */
const sigmoidX = (z: number) => 170 + ((z + 6) / 12) * 940;

/** Centres of the six cells of each row. */
const selectorColumns = [359, 509, 659, 809, 959] as const;
const selectorKept = [true, false, true, false, true] as const;

/** Every figure's image and labels. Coordinates come from the drawings in public/images. */
export const lessonFigureLayouts: { readonly [Id in FigureId]: FigureLayout<Id> } = {
  fourLayers: {
    src: 'images/lesson-four-layers.svg',
    width: 1200,
    height: 780,
    labels: [
      { text: 'layers', x: 600, y: 92, anchor: 'middle', edge: 'bottom' },
      { math: '[h_{t−1}, x_t]', x: 180, y: 180, anchor: 'middle', edge: 'bottom' },
      { math: 'h_{t−1}', x: 134, y: 288, anchor: 'end' },
      { math: 'x_t', x: 134, y: 522, anchor: 'end' },
      { text: 'inputNeurons', x: 180, y: 632, anchor: 'middle', edge: 'top' },
      ...fourLayerRows.flatMap((row) => [
        { math: row.activation, x: 682, y: row.y, anchor: 'middle' as const },
        { math: row.output, x: 840, y: row.y, anchor: 'start' as const, role: row.role },
        { text: row.name, x: 896, y: row.y, anchor: 'start' as const, maxWidth: 290, role: row.role },
      ]),
      { text: 'activation', x: 682, y: 716, anchor: 'middle', edge: 'top' },
    ],
  },
  unrolled: {
    src: 'images/lesson-unrolled.svg',
    width: 1200,
    height: 600,
    labels: [
      { text: 'cellState', x: 24, y: 194, anchor: 'start', edge: 'bottom', maxWidth: 150, role: 'cell' },
      { text: 'hiddenState', x: 24, y: 376, anchor: 'start', edge: 'top', maxWidth: 150 },
      ...unrolledCells.flatMap((cell) => [
        { math: cell.time, x: cell.centre, y: 134, anchor: 'middle' as const, edge: 'bottom' as const },
        { math: `h_{${cell.step}}`, x: cell.hOut, y: 50, anchor: 'middle' as const, edge: 'bottom' as const },
        { math: `x_{${cell.step}}`, x: cell.xIn, y: 512, anchor: 'middle' as const, edge: 'top' as const },
      ]),
      ...unrolledGaps.flatMap((gap) => [
        {
          math: `C_{${gap.step}}`,
          x: gap.x,
          y: 194,
          anchor: 'middle' as const,
          edge: 'bottom' as const,
          role: 'cell' as const,
        },
        { math: `h_{${gap.step}}`, x: gap.x, y: 376, anchor: 'middle' as const, edge: 'top' as const },
      ]),
    ],
  },
  sigmoid: {
    src: 'images/lesson-sigmoid.svg',
    width: 1200,
    height: 700,
    labels: [
      { math: '1', x: 136, y: 120, anchor: 'end' },
      { math: '0.5', x: 136, y: 340, anchor: 'end' },
      { math: '0', x: 136, y: 560, anchor: 'end' },
      ...[-6, -4, -2, 0, 2, 4, 6].map((z) => ({
        math: String(z).replace('-', '−'),
        x: sigmoidX(z),
        y: 616,
        anchor: 'middle' as const,
        edge: 'top' as const,
      })),
      { math: 'z', x: 1172, y: 600, anchor: 'start' },
      { math: 'σ(z)', x: 660, y: 72, anchor: 'start' },
      { text: 'nearOne', x: 190, y: 142, anchor: 'start', maxWidth: 420 },
      { text: 'nearZero', x: 1130, y: 538, anchor: 'end' },
      { text: 'steepMiddle', x: 600, y: 282, anchor: 'end', maxWidth: 420 },
    ],
  },
  selector: {
    src: 'images/lesson-selector.svg',
    width: 1200,
    height: 590,
    labels: [
      { text: 'vector', x: 30, y: 84, anchor: 'start', edge: 'top', maxWidth: 250 },
      { text: 'selectorVector', x: 30, y: 244, anchor: 'start', edge: 'top', maxWidth: 250 },
      { text: 'product', x: 30, y: 404, anchor: 'start', edge: 'top', maxWidth: 250 },
      { math: 'v', x: 1042, y: 110, anchor: 'start' },
      { math: 's', x: 1042, y: 270, anchor: 'start' },
      { math: 's ⊙ v', x: 1042, y: 430, anchor: 'start' },
      ...selectorColumns.flatMap((x, column) => [
        { math: '⊙', x, y: 190, anchor: 'middle' as const },
        { math: '=', x, y: 350, anchor: 'middle' as const },
        {
          text: selectorKept[column] ? ('kept' as const) : ('erased' as const),
          x,
          y: 494,
          anchor: 'middle' as const,
          edge: 'top' as const,
        },
      ]),
    ],
  },
  vanishing: {
    src: 'images/lesson-vanishing.svg',
    width: 1200,
    height: 740,
    labels: [
      { text: 'plainRnn', x: 30, y: 56, anchor: 'start' },
      { text: 'gradient', x: 1170, y: 270, anchor: 'end', edge: 'top' },
      { text: 'shrinks', x: 100, y: 270, anchor: 'start', edge: 'top' },
      { text: 'gatedPath', x: 30, y: 420, anchor: 'start' },
      { math: 'C', x: 46, y: 520, anchor: 'end', role: 'cell' },
      { math: 'f_t ≈ 1', x: 690, y: 464, anchor: 'middle', edge: 'bottom', role: 'forget' },
      { text: 'gradient', x: 1170, y: 640, anchor: 'end', edge: 'top' },
      { text: 'keepsSize', x: 100, y: 640, anchor: 'start', edge: 'top' },
    ],
  },
};
