import { lstmExplorerText, vectorNames } from '../content/lstmExplorer';
import { LSTM_EXPLORER_LIMITS } from '../store/lstmExplorerLimits';
import { useLstmExplorerStore } from '../store/lstmExplorerStore';
import { VectorSliders } from './VectorSliders';

/**
 * Sliders for x_t, h_{t−1} and C_{t−1}. Each reads only its own vector from the store, so a drag
 * re-renders one group of sliders, not the explorer around them.
 */
export function LstmStateSliders() {
  const input = useLstmExplorerStore((state) => state.input);
  const previousHidden = useLstmExplorerStore((state) => state.previousHidden);
  const previousCell = useLstmExplorerStore((state) => state.previousCell);
  const setInput = useLstmExplorerStore((state) => state.setInput);
  const setPreviousHidden = useLstmExplorerStore((state) => state.setPreviousHidden);
  const setPreviousCell = useLstmExplorerStore((state) => state.setPreviousCell);
  return (
    <>
      <VectorSliders
        legend={lstmExplorerText.inputVector}
        name={vectorNames.input}
        symbol="x"
        values={input}
        range={LSTM_EXPLORER_LIMITS.input}
        onChange={setInput}
      />
      <VectorSliders
        legend={lstmExplorerText.previousHidden}
        name={vectorNames.previousHidden}
        symbol="h"
        values={previousHidden}
        range={LSTM_EXPLORER_LIMITS.previousHidden}
        onChange={setPreviousHidden}
      />
      <VectorSliders
        legend={lstmExplorerText.previousCell}
        name={vectorNames.previousCell}
        symbol="C"
        values={previousCell}
        range={LSTM_EXPLORER_LIMITS.previousCell}
        onChange={setPreviousCell}
      />
    </>
  );
}
