import { describe, expect, it } from 'vitest';
import { pendingGruExplanation, pendingLstmExplanation } from '../../src/model';

// Before tfjs arrives an explorer draws the step from its inputs alone: they are copied, and every
// vector the model computes has its final length and holds NaN, never a number that looks computed.

const allNaN = (vector: Float32Array, length: number) => vector.length === length && vector.every(Number.isNaN);

describe('a pending explanation', () => {
  it('holds an LSTM step’s inputs, and NaN of hidden_size for everything the model computes', () => {
    const input = [0.8, -0.5, 1.2];
    const pending = pendingLstmExplanation(input, [0.1, -0.3, 0.5, 0], [0.6, -1, 0.2, 1.5]);
    expect(Array.from(pending.input)).toEqual(Array.from(Float32Array.from(input)));
    expect(Array.from(pending.previousCell)).toEqual([0.6, -1, 0.2, 1.5].map(Math.fround));
    for (const gate of ['forget', 'input', 'candidate', 'output'] as const) {
      expect(allNaN(pending.gates[gate], 4)).toBe(true);
      expect(allNaN(pending.preActivation[gate], 4)).toBe(true);
    }
    for (const vector of [pending.kept, pending.written, pending.cell, pending.cellTanh, pending.hidden])
      expect(allNaN(vector, 4)).toBe(true);
    input[0] = 9;
    expect(pending.input[0]).toBeCloseTo(0.8);
  });

  it('holds a GRU step’s inputs, and NaN for everything else, the reset-before comparison too', () => {
    const pending = pendingGruExplanation([0.8, -0.5], [0.1, -0.3, 0.5]);
    expect(pending.input).toHaveLength(2);
    expect(Array.from(pending.previousHidden)).toEqual(Array.from(Float32Array.of(0.1, -0.3, 0.5)));
    for (const gate of ['reset', 'update', 'candidate'] as const)
      for (const vector of [pending.gates[gate], pending.inputSide[gate], pending.hiddenSide[gate]])
        expect(allNaN(vector, 3)).toBe(true);
    const { resetBefore } = pending;
    for (const vector of [
      pending.resetHidden,
      pending.kept,
      pending.oneMinusUpdate,
      pending.written,
      pending.hidden,
      resetBefore.resetHidden,
      resetBefore.candidate,
      resetBefore.hidden,
    ])
      expect(allNaN(vector, 3)).toBe(true);
  });
});
