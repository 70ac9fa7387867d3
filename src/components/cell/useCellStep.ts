import { useDeferredValue, useMemo } from 'react';
import type { CellExplorerUi } from './cellExplorerUi';
import type { SetInput } from './diagram/inputAdjust';

/** The pending explanations made below: a formula lagging behind (useDeferredValue) may still show one. */
const pendingExplanations = new WeakSet<object>();

/**
 * What a cell explorer's step view reads from its store: the step the model explained, the
 * current stage and focused unit, and the gates' weight blocks. Until the model layer is ready the
 * explanation is the pending one (the store's inputs, every computed vector NaN), so the diagram
 * and the rule take their place at once; `ready` says which it is. `formulaExplanation` lags one
 * render behind during a drag: typesetting the formulas costs more than the whole diagram, so
 * React renders them just after it, and the slider and the cells never wait for KaTeX;
 * `formulasPending` says whether it is still a pending one.
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
    const pending = ui.pendingExplanation(input, previousHidden, previousCell);
    pendingExplanations.add(pending as object);
    return pending;
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
  const formulaExplanation = useDeferredValue(explanation);
  return {
    explanation,
    /** False while the explanation is the pending one (the model layer is not ready). */
    ready: computed !== undefined,
    formulaExplanation,
    formulasPending: pendingExplanations.has(formulaExplanation as object),
    blocks: ui.gateBlocks(weights),
    stage: stages[stageIndex] ?? stages[0],
    inputSize,
    onSetInput,
    /** The focused unit and how to change it, as both the diagram and the step layout take them. */
    unit,
  };
}
