import type { VectorMorph } from './VectorStrips';

/** Which parts of a cell diagram one walkthrough stage lights up, and how its flow animates. */
export interface DiagramStageFocus<Vector extends string, Gate, Layer, Node, Arrow, Explanation> {
  vectors: Vector[];
  gates: Gate[];
  /** Layers whose box and arrows light up. */
  layers: Layer[];
  nodes: Node[];
  /** The flow, in order: arrows of one step move together. */
  steps: Arrow[][];
  /** Vectors painted from another's values to their own as the flow reaches them. */
  morphs: VectorMorph<Vector, Explanation>[];
}
