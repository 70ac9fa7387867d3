import type { GruCellExplanation } from './gruCellExplanation';
import type { LstmCellExplanation } from './lstmCellExplanation';
import { GRU_NOTATION, LSTM_NOTATION } from './notation';

// What an explorer draws before tfjs has arrived: the step's inputs, which the store holds as plain
// numbers, and every vector the model computes as NaN, "not computed yet". No tfjs here, so the
// first view can draw the cell's frame at once. A real explanation never holds NaN: its inputs and
// weights are clamped, so the model's values are finite.

const pending = (length: number) => new Float32Array(length).fill(NaN);

const pendingByGate = <Gate extends string>(gates: readonly Gate[], length: number) =>
  Object.fromEntries(gates.map((gate) => [gate, pending(length)])) as Record<Gate, Float32Array>;

/**
 * An LSTM step before the model has computed it: x_t `(inputSize)`, h_{t−1} and C_{t−1}
 * `(hiddenSize)` copied from the arguments; every other vector `(hiddenSize)` all NaN.
 */
export function pendingLstmExplanation(
  input: ArrayLike<number>,
  previousHidden: ArrayLike<number>,
  previousCell: ArrayLike<number>,
): LstmCellExplanation {
  const size = previousHidden.length;
  return {
    input: Float32Array.from(input),
    previousHidden: Float32Array.from(previousHidden),
    previousCell: Float32Array.from(previousCell),
    preActivation: pendingByGate(LSTM_NOTATION.gates, size),
    gates: pendingByGate(LSTM_NOTATION.gates, size),
    kept: pending(size),
    written: pending(size),
    cell: pending(size),
    cellTanh: pending(size),
    hidden: pending(size),
  };
}

/**
 * A GRU step before the model has computed it: x_t `(inputSize)` and h_{t−1} `(hiddenSize)` copied
 * from the arguments; every other vector `(hiddenSize)` all NaN, the reset-before comparison too.
 */
export function pendingGruExplanation(input: ArrayLike<number>, previousHidden: ArrayLike<number>): GruCellExplanation {
  const size = previousHidden.length;
  return {
    input: Float32Array.from(input),
    previousHidden: Float32Array.from(previousHidden),
    inputSide: pendingByGate(GRU_NOTATION.gates, size),
    hiddenSide: pendingByGate(GRU_NOTATION.gates, size),
    gates: pendingByGate(GRU_NOTATION.gates, size),
    resetHidden: pending(size),
    kept: pending(size),
    oneMinusUpdate: pending(size),
    written: pending(size),
    hidden: pending(size),
    resetBefore: { resetHidden: pending(size), candidate: pending(size), hidden: pending(size) },
  };
}
