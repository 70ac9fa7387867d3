import { describe, expect, it } from 'vitest';
import { GRU_GATE_NAMES, GRU_PACKED_GATE_INDEX } from '../../src/model/gruGates';
import { LSTM_GATE_NAMES, PACKED_GATE_INDEX } from '../../src/model/lstmGates';
import { gateLetter, gateSymbols, GRU_NOTATION, LSTM_NOTATION, valueSymbols } from '../../src/model/notation';
import { gateCount } from '../../src/model/parameterShapes';
import { cellOfRow, directionCount, stateRow, stateRowCount } from '../../src/model/stateRows';

/** The gates' letters in PyTorch's packed order, read back from the notation. */
const packedLetters = (notation: typeof LSTM_NOTATION | typeof GRU_NOTATION) =>
  Object.values(notation.gate)
    .sort((a, b) => a.packedIndex - b.packedIndex)
    .map((gate) => gate.letter)
    .join('');

describe('the cells’ notation', () => {
  it('packs the gates in PyTorch’s order: i, f, g, o and r, z, n', () => {
    expect(packedLetters(LSTM_NOTATION)).toBe('ifgo');
    expect(packedLetters(GRU_NOTATION)).toBe('rzn');
    expect(PACKED_GATE_INDEX).toEqual({ input: 0, forget: 1, candidate: 2, output: 3 });
    expect(GRU_PACKED_GATE_INDEX).toEqual({ reset: 0, update: 1, candidate: 2 });
    expect([gateCount('LSTM'), gateCount('GRU')]).toEqual([4, 3]);
  });

  it('lists the gates in the walkthrough’s order, the one every panel follows', () => {
    expect(LSTM_GATE_NAMES).toEqual(['forget', 'input', 'candidate', 'output']);
    expect(GRU_GATE_NAMES).toEqual(['reset', 'update', 'candidate']);
  });

  it('writes the LSTM’s candidate as PyTorch’s g and the GRU’s as n, with σ for the selectors', () => {
    expect(valueSymbols(LSTM_NOTATION)).toEqual({ forget: 'f_t', input: 'i_t', candidate: 'g_t', output: 'o_t' });
    expect(gateSymbols(LSTM_NOTATION.gate.candidate)).toEqual({ value: 'g_t', weight: 'W_g', bias: 'b_g' });
    expect(gateLetter('GRU', 'candidate')).toBe('n');
    expect(LSTM_NOTATION.gate.candidate.activation).toBe('tanh');
    expect(GRU_NOTATION.gate.update.activation).toBe('sigmoid');
  });

  it('refuses a gate the cell does not have', () => {
    expect(() => gateLetter('LSTM', 'reset')).toThrow(RangeError);
  });
});

describe('the stack’s rows', () => {
  it('numbers each cell layer·D + direction, and reads the row back', () => {
    const both = { numLayers: 3, bidirectional: true };
    expect(directionCount(both)).toBe(2);
    expect(stateRowCount(both)).toBe(6);
    expect(stateRow(both, 1, 1)).toBe(3);
    expect(stateRow({ bidirectional: false }, 2, 0)).toBe(2);
    for (let row = 0; row < 6; row++) {
      const { layer, direction } = cellOfRow(both, row);
      expect(stateRow(both, layer, direction)).toBe(row);
    }
  });
});
