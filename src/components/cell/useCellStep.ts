import { useMemo } from 'react';
import type { CellExplorerUi } from './cellExplorerUi';
import type { SetInput } from './diagram/inputAdjust';

/**
 * What a cell explorer's step view reads from its store: the step the model explained, the
 * current stage and focused unit, and the gates' weight blocks. Until the model layer is ready the
 * explanation is the pending one (the store's inputs, every computed vector NaN), so the diagram
 * and the rule take their place at once; `ready` says which it is. The formulas render with the
 * diagram, in the same commit: since a changed formula only gets new text (Formula.tsx), they cost
 * a drag about 1 ms (p95 under 3), and deferring them (useDeferredValue) saved nothing but showed
 * them a frame late.
 */
export function useCellStep<Gate extends string, Explanation, Stage>(
  ui: CellExplorerUi<Gate, Explanation>,
  stages: readonly [Stage, ...Stage[]],
) {
  const computed = ui.useExplorer((state) => state.explanation);
  const input = ui.useExplorer((state) => state.input);
  const previousHidden = ui.useExplorer((state) => state.previousHidden);
  const previousCell = ui.useExplorer((state) => state.previousCell);
  const explanation = useMemo(() => {
    if (computed !== undefined) return computed;
    return ui.pendingExplanation(input, previousHidden, previousCell);
  }, [ui, computed, input, previousHidden, previousCell]);
  const weights = ui.useExplorer((state) => state.weights);
  const stageIndex = ui.useExplorer((state) => state.stage);
  const unit = {
    hiddenSize: ui.useExplorer((state) => state.hiddenSize),
    focusedUnit: ui.useExplorer((state) => state.focusedUnit),
    onFocusUnit: ui.useExplorer((state) => state.focusUnit),
  };
  const inputSize = ui.useExplorer((state) => state.inputSize);
  const setters = {
    input: ui.useExplorer((state) => state.setInput),
    previousHidden: ui.useExplorer((state) => state.setPreviousHidden),
    previousCell: ui.useExplorer((state) => state.setPreviousCell),
  };
  // The diagram's input cells set the store as their sliders do, which clamps them to the same limits.
  const onSetInput: SetInput = (vector, index, value) => setters[vector](index, value);
  return {
    explanation,
    /** False while the explanation is the pending one (the model layer is not ready). */
    ready: computed !== undefined,
    blocks: ui.gateBlocks(weights),
    stage: stages[stageIndex] ?? stages[0],
    inputSize,
    onSetInput,
    /** The focused unit and how to change it, as both the diagram and the step layout take them. */
    unit,
  };
}
