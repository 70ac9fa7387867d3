import { lstmExplorerText, vectorNames } from '../content/lstmExplorer';
import { LSTM_EXPLORER_LIMITS } from '../store/lstmExplorerLimits';
import { useLstmExplorerStore, type LstmExplorerState } from '../store/lstmExplorerStore';
import { VectorSliders } from './VectorSliders';

type StateVector = 'input' | 'previousHidden' | 'previousCell';

const SETTERS = {
  input: 'setInput',
  previousHidden: 'setPreviousHidden',
  previousCell: 'setPreviousCell',
} as const satisfies Record<StateVector, keyof LstmExplorerState>;

const SYMBOLS: Readonly<Record<StateVector, string>> = { input: 'x', previousHidden: 'h', previousCell: 'C' };

/** The sliders of one of x_t, h_{t−1}, C_{t−1}, reading only that vector from the store. */
function StateVectorSliders({ vector }: { vector: StateVector }) {
  const values = useLstmExplorerStore((state) => state[vector]);
  const setValue = useLstmExplorerStore((state) => state[SETTERS[vector]]);
  return (
    <VectorSliders
      legend={lstmExplorerText[vector === 'input' ? 'inputVector' : vector]}
      name={vectorNames[vector]}
      symbol={SYMBOLS[vector]}
      values={values}
      range={LSTM_EXPLORER_LIMITS[vector]}
      onChange={setValue}
    />
  );
}

/**
 * Sliders for x_t, h_{t−1} and C_{t−1}. Each group reads only its own vector from the store, so a
 * drag re-renders one group of sliders, not the explorer around them.
 */
export function LstmStateSliders() {
  return (
    <>
      <StateVectorSliders vector="input" />
      <StateVectorSliders vector="previousHidden" />
      <StateVectorSliders vector="previousCell" />
    </>
  );
}
