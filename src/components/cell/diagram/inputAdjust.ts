import { EXPLORER_LIMITS } from '../../../store/explorerLimits';
import type { StripGeometry } from '../../../viz/diagramGeometry';
import type { CellAdjust } from '../../shared/useCellAdjust';
import type { StateVector } from '../cellExplorerUi';

/** Sets one entry of an input of the step, as its slider does: x_t, h_{t−1} or C_{t−1}. */
export type SetInput = (vector: StateVector, index: number, value: number) => void;

const INPUTS: readonly string[] = ['input', 'previousHidden', 'previousCell'] satisfies StateVector[];

/**
 * How the cells of a diagram's strip `part` change the step's inputs, or undefined for a strip of
 * results. x_t, h_{t−1} and C_{t−1} change their own entries; [h_{t−1}, x_t] changes both, but
 * only where h and x are drawn as its halves (the landscape LSTM), so each input has one strip to
 * drag. The ranges are the sliders'.
 */
export function inputAdjust(
  part: string,
  strips: Readonly<Record<string, StripGeometry>>,
  hiddenSize: number,
  setInput: SetInput | undefined,
  description: string,
): CellAdjust | undefined {
  if (!setInput || strips[part]?.partOf !== undefined) return undefined;
  let target: (index: number) => [StateVector, number];
  if (INPUTS.includes(part)) target = (index) => [part as StateVector, index];
  else if (part === 'concat' && strips.input?.partOf === 'concat')
    target = (index) => (index < hiddenSize ? ['previousHidden', index] : ['input', index - hiddenSize]);
  else return undefined;
  return {
    rangeOf: (index) => EXPLORER_LIMITS[target(index)[0]],
    onChange: (index, value) => setInput(...target(index), value),
    description,
  };
}
