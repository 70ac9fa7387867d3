import { useDeferredValue } from 'react';
import type { CellExplorerUi } from './cellExplorerUi';
import type { SetInput } from './diagram/inputAdjust';

/**
 * What a cell explorer's step view reads from its store: the step the model explained, the
 * current stage and focused unit, and the gates' weight blocks. `formulaExplanation` lags one
 * render behind during a drag: typesetting the formulas costs more than the whole diagram, so
 * React renders them just after it, and the slider and the cells never wait for KaTeX.
 */
export function useCellStep<Gate extends string, Explanation, Stage>(
  ui: CellExplorerUi<Gate, Explanation>,
  stages: readonly [Stage, ...Stage[]],
) {
  const explanation = ui.useExplorer((state) => state.explanation);
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
  const formulaExplanation = useDeferredValue(explanation) ?? explanation;
  return {
    explanation,
    formulaExplanation,
    blocks: ui.gateBlocks(weights),
    stage: stages[stageIndex] ?? stages[0],
    inputSize,
    onSetInput,
    /** The focused unit and how to change it, as both the diagram and the step layout take them. */
    unit,
  };
}
