import type { StripGeometry } from '../../../viz/diagramGeometry';
import { DiagramStrip, type StripFrame } from './DiagramStrip';
import { inputAdjust } from './inputAdjust';
import { lerpVectors, stepProgress } from './diagramMotion';

/** A vector that changes during a stage: painted from `from` to its own values over flow step `step`. */
export interface VectorMorph<Vector extends string, Explanation> {
  vector: Vector;
  from: (explanation: Explanation) => Float32Array;
  step: number;
}

/** A diagram's strip frame with its vectors, and the stage's flow that paints them in. */
export interface VectorStripFrame<Vector extends string, Explanation> extends StripFrame {
  layout: StripFrame['layout'] & { strips: Record<Vector, StripGeometry> };
  labels: StripFrame['labels'] & { vectors: Record<Vector, string> };
  focus: { vectors: readonly Vector[]; steps: readonly unknown[]; morphs: readonly VectorMorph<Vector, Explanation>[] };
  explanation: Explanation | undefined;
  /** How far the stage's flow has come, 0 … 1, eased. */
  progress: number;
}

export interface VectorStripsProps<Vector extends string, Explanation> {
  /** Each vector's math, "h_{t−1}", in the order the vectors are drawn. */
  symbols: Record<Vector, string>;
  /** The colour of what each holds. */
  accents: Record<Vector, string>;
  /** Each vector's values; undefined draws empty cells (nothing computed yet). */
  values: Record<Vector, Float32Array | undefined>;
  /** Vectors in (0, 1) drawn as selectors, like the GRU's 1 − z; the rest are signed. */
  selectors?: readonly Vector[];
  frame: VectorStripFrame<Vector, Explanation>;
}

/**
 * The vectors of a cell diagram other than its gates: inputs, products and the new state, the ones
 * the stage computes painted in as the flow reaches them.
 */
export function VectorStrips<Vector extends string, Explanation>({
  symbols,
  accents,
  values,
  selectors = [],
  frame,
}: VectorStripsProps<Vector, Explanation>) {
  const { focus, explanation, progress } = frame;
  const vectors = Object.keys(symbols) as Vector[];
  const shownOf = (vector: Vector): Float32Array | undefined => {
    const morph = focus.morphs.find((candidate) => candidate.vector === vector);
    const target = values[vector];
    if (!morph || !explanation || !target || progress >= 1) return undefined;
    return lerpVectors(morph.from(explanation), target, stepProgress(progress, morph.step, focus.steps.length));
  };
  return vectors.map((vector) => (
    <DiagramStrip
      key={vector}
      part={vector}
      geometry={frame.layout.strips[vector]}
      values={values[vector]}
      shownValues={shownOf(vector)}
      kind={selectors.includes(vector) ? 'selector' : 'signed'}
      name={frame.labels.vectors[vector]}
      symbol={symbols[vector]}
      accent={accents[vector]}
      lit={focus.vectors.includes(vector)}
      frame={frame}
      adjust={inputAdjust(
        vector,
        frame.layout.strips,
        frame.hiddenSize,
        frame.onSetInput,
        frame.labels.adjustCell ?? '',
      )}
    />
  ));
}
