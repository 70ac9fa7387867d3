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
  /**
   * Lit parts (their `data-part` names) presenter mode's camera leaves outside its frame: sources
   * drawn far from what the stage computes, whose arrows then come in from the frame's edge, so
   * the rest is drawn large enough for the back of a room (stageFrame).
   */
  unframed?: readonly string[];
}

/**
 * The `data-part` names of what presenter mode's camera frames for a stage: its lit vectors,
 * gates (`gate:…`), layers (`layer:…`) and operators, less its {@link DiagramStageFocus.unframed}.
 */
export function framedParts(
  focus: Pick<
    DiagramStageFocus<string, string, string, string, unknown, unknown>,
    'vectors' | 'gates' | 'layers' | 'nodes' | 'unframed'
  >,
): string[] {
  const lit = [
    ...focus.vectors,
    ...focus.gates.map((gate) => `gate:${gate}`),
    ...focus.layers.map((layer) => `layer:${layer}`),
    ...focus.nodes,
  ];
  return lit.filter((part) => !focus.unframed?.includes(part));
}
