import { easeInOut, stepProgress } from './diagramMotion';
import { useStageAnimation } from './useStageAnimation';

const MS_PER_STEP = 220;
const MIN_DURATION_MS = 600;

/** A stage's flow animation as the arrows of a cell diagram see it. */
export interface StageFlow<Arrow extends string> {
  /** How far the stage's flow has come, 0 … 1, eased. */
  progress: number;
  /** The step an arrow moves in, or −1 when the stage does not move it. */
  stepOf: (arrow: Arrow) => number;
  /** How far the flow has come along an arrow, 0 … 1; 1 when the stage does not move it. */
  arrowProgress: (arrow: Arrow) => number;
}

/**
 * The flow of the current stage, `steps` in order, restarting whenever `stage` changes: one clock,
 * local to the diagram, eased, and cut into the steps.
 */
export function useStageFlow<Arrow extends string>(
  stage: string,
  steps: readonly (readonly Arrow[])[],
): StageFlow<Arrow> {
  const progress = easeInOut(useStageAnimation(stage, Math.max(MIN_DURATION_MS, steps.length * MS_PER_STEP)));
  const stepOf = (arrow: Arrow) => steps.findIndex((step) => step.includes(arrow));
  const arrowProgress = (arrow: Arrow) => {
    const step = stepOf(arrow);
    return step < 0 ? 1 : stepProgress(progress, step, steps.length);
  };
  return { progress, stepOf, arrowProgress };
}
