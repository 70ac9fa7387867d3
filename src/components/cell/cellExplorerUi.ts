import type { Bilingual } from '../../content/bilingual';
import type { GlossaryTerm } from '../../content/glossary';
import type { CellNotation, GateWeightBlock, StateDict } from '../../model';
import type { CellExplorerState } from '../../store/cell/cellExplorerStore';

/** The vectors a cell takes in besides its weights. */
export type StateVector = 'input' | 'previousHidden' | 'previousCell';

/**
 * What the shared explorer panels (sizes and presets, bias shifts, state sliders, weight maps)
 * need to know of one cell: its store, its gates and the words that differ between LSTM and GRU.
 * One constant per explorer, so the hook it carries is the same on every render.
 */
export interface CellExplorerUi<Gate extends string, Explanation> {
  /** Reads a slice of the explorer's store (a zustand hook). */
  useExplorer: <T>(selector: (state: CellExplorerState<Gate, Explanation>) => T) => T;
  /** The explorer's state now, for a click's handler (no re-render on every change). */
  explorerState: () => CellExplorerState<Gate, Explanation>;
  /** The cell's notation: its gates in order, and how each is written (the bias slider's b_f). */
  notation: CellNotation<Gate, string>;
  /** The glossary term naming each gate. */
  gateTerms: Readonly<Record<Gate, GlossaryTerm>>;
  /** Each gate's role colour (strong), as the diagram draws it. */
  gateColors: Readonly<Record<Gate, string>>;
  /**
   * The step as drawn before the model layer is ready: the store's x_t, h_{t−1} and C_{t−1} (empty
   * for a cell without C), every computed vector NaN ("not computed yet").
   */
  pendingExplanation: (
    input: readonly number[],
    previousHidden: readonly number[],
    previousCell: readonly number[],
  ) => Explanation;
  /** Each gate's weights over [h, x], cached per weights object. */
  gateBlocks: (weights: StateDict) => Readonly<Record<Gate, GateWeightBlock>>;
  /**
   * The walkthrough's stages in order: each one's id (a figure's file name) and title (its caption),
   * glossary terms filled in.
   */
  stages: readonly { id: string; title: Bilingual }[];
  /** The vectors with sliders, in order. */
  stateVectors: readonly StateVector[];
  /** The course's sizes and the teaching sizes the course-size button returns to. */
  courseSizes: { inputSize: number; hiddenSize: number };
  teachingSizes: { inputSize: number; hiddenSize: number };
  /** Words that differ between the explorers; they may name glossary terms as `{termKey}`. */
  text: {
    heading: Bilingual;
    intro: Bilingual;
    courseSize: Bilingual;
    presetKeepsMemory: Bilingual;
    biasHint: Bilingual;
    previousHidden: Bilingual;
    weightMaps: Bilingual;
    weightMapsHint: Bilingual;
  };
}
