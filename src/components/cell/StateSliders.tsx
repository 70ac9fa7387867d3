import { commonText, vectorNames } from '../../content/commonText';
import { BilingualText } from '../shared/BilingualText';
import { EXPLORER_LIMITS } from '../../store/explorerLimits';
import type { CellExplorerUi, StateVector } from './cellExplorerUi';
import { VectorSliders } from '../shared/VectorSliders';
import { withTerms } from '../shared/withTerms';

const SETTERS = {
  input: 'setInput',
  previousHidden: 'setPreviousHidden',
  previousCell: 'setPreviousCell',
} as const;

const SYMBOLS: Readonly<Record<StateVector, string>> = { input: 'x', previousHidden: 'h', previousCell: 'C' };

/** The sliders of one of x_t, h_{t−1}, C_{t−1}, reading only that vector from the store. */
function StateVectorSliders<Gate extends string, Explanation>({
  ui,
  vector,
}: {
  ui: CellExplorerUi<Gate, Explanation>;
  vector: StateVector;
}) {
  const values = ui.useExplorer((state) => state[vector]);
  const setValue = ui.useExplorer((state) => state[SETTERS[vector]]);
  const legend =
    vector === 'input'
      ? commonText.inputVector
      : vector === 'previousHidden'
        ? withTerms(ui.text.previousHidden)
        : commonText.previousCell;
  return (
    <VectorSliders
      legend={legend}
      name={vectorNames[vector]}
      symbol={SYMBOLS[vector]}
      values={values}
      range={EXPLORER_LIMITS[vector]}
      onChange={setValue}
      tourTarget="state"
      hint={
        vector === 'input' && (
          // The diagram's input cells move too (useCellAdjust): keys and a mouse, or a finger on a touch screen.
          <>
            <span className="keyboard-hint">
              <BilingualText text={commonText.adjustHint} />
            </span>
            <span className="touch-hint">
              <BilingualText text={commonText.adjustTouchHint} />
            </span>
          </>
        )
      }
    />
  );
}

/**
 * Sliders for the cell's inputs (x_t, h_{t−1} and, for an LSTM, C_{t−1}), or for those of them
 * given. Each group reads only its own vector from the store, so a drag re-renders one group of
 * sliders, not the explorer.
 */
export function StateSliders<Gate extends string, Explanation>({
  ui,
  vectors = ui.stateVectors,
}: {
  ui: CellExplorerUi<Gate, Explanation>;
  vectors?: readonly StateVector[];
}) {
  return (
    <>
      {vectors.map((vector) => (
        <StateVectorSliders key={vector} ui={ui} vector={vector} />
      ))}
    </>
  );
}
