import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/model/config';
import { gruCellPreset, gruGateWeightBlocks, withGruGateBiasShifts, withGruGateWeight } from '../../src/model/gruGates';
import { randomWeights } from '../../src/model/randomWeights';

const config = defaultConfig(2, 3);

describe('GRU gate blocks', () => {
  it("lays each gate's rows of weight_hh and weight_ih side by side over [h, x], in PyTorch's r, z, n order", () => {
    const weights = randomWeights('GRUCell', config, 7);
    const blocks = gruGateWeightBlocks(weights);
    const weightHh = weights.weight_hh!.data;
    const weightIh = weights.weight_ih!.data;
    // Unit 1 of the update gate is packed row 3 + 1 = 4.
    const row = Array.from(blocks.update.data.subarray(1 * 5, 2 * 5));
    expect(row).toEqual([...weightHh.subarray(4 * 3, 5 * 3), ...weightIh.subarray(4 * 2, 5 * 2)]);
    expect(blocks.candidate.inputBias[2]).toBe(weights.bias_ih!.data[8]);
    expect(blocks.candidate.hiddenBias[2]).toBe(weights.bias_hh!.data[8]);
    expect(blocks.reset.bias[0]).toBe(Math.fround(weights.bias_ih!.data[0]! + weights.bias_hh!.data[0]!));
    expect(gruGateWeightBlocks(weights)).toBe(blocks);
  });

  it('edits one weight of one gate in a copy: h columns in weight_hh, x columns in weight_ih', () => {
    const weights = randomWeights('GRUCell', config, 7);
    const edited = withGruGateWeight(weights, 'candidate', 0, 4, 2.5);
    expect(edited.weight_ih!.data[6 * 2 + 1]).toBe(2.5);
    expect(weights.weight_ih!.data[6 * 2 + 1]).not.toBe(2.5);
    expect(edited.weight_hh).toBe(weights.weight_hh);
    const hiddenEdit = withGruGateWeight(weights, 'reset', 2, 1, -1);
    expect(hiddenEdit.weight_hh!.data[2 * 3 + 1]).toBe(-1);
  });

  it('shifts a gate’s b_ih only, and the keeps-memory preset raises the update gate’s by 4', () => {
    const weights = randomWeights('GRUCell', config, 7);
    const shifted = withGruGateBiasShifts(weights, { reset: 0, update: 1.5, candidate: -1 });
    const before = weights.bias_ih!.data;
    expect(shifted.bias_ih!.data[0]).toBe(before[0]);
    expect(shifted.bias_ih!.data[3]).toBe(Math.fround(before[3]! + 1.5));
    expect(shifted.bias_ih!.data[6]).toBe(Math.fround(before[6]! - 1));
    expect(shifted.bias_hh).toBe(weights.bias_hh);
    const keeps = gruCellPreset('keepsMemory', config, 7);
    expect(keeps.bias_ih!.data[4]).toBe(Math.fround(before[4]! + 4));
    expect(gruCellPreset('random', config, 7).bias_ih!.data).toEqual(before);
  });
});
