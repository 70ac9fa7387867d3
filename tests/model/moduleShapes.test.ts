import { describe, expect, it } from 'vitest';
import { defaultConfig, gateBlocks, moduleShapes, parameterSpecs } from '../../src/model';

describe('moduleShapes', () => {
  const course = { ...defaultConfig(50, 100), numLayers: 2 };

  it("gives the course's nn.LSTM(50, 100, num_layers=2) on (10, 3, 50)", () => {
    expect(moduleShapes('LSTM', course, { steps: 10, batch: 3, batched: true })).toEqual({
      input: [10, 3, 50],
      output: [10, 3, 100],
      h0: [2, 3, 100],
      c0: [2, 3, 100],
      hN: [2, 3, 100],
      cN: [2, 3, 100],
    });
  });

  it('batch_first moves the batch axis of input and out only, never of h_n', () => {
    const shapes = moduleShapes('LSTM', { ...course, batchFirst: true }, { steps: 10, batch: 3, batched: true });
    expect(shapes.input).toEqual([3, 10, 50]);
    expect(shapes.output).toEqual([3, 10, 100]);
    expect(shapes.hN).toEqual([2, 3, 100]);
  });

  it('bidirectional doubles out’s features and h_n’s rows; proj_size narrows h but not c', () => {
    const shapes = moduleShapes(
      'LSTM',
      { ...course, bidirectional: true, projSize: 30 },
      { steps: 10, batch: 3, batched: true },
    );
    expect(shapes.output).toEqual([10, 3, 60]);
    expect(shapes.hN).toEqual([4, 3, 30]);
    expect(shapes.cN).toEqual([4, 3, 100]);
  });

  it('drops the batch axis for unbatched input, and the sequence axis for a cell', () => {
    expect(moduleShapes('GRU', defaultConfig(10, 20), { steps: 3, batch: 32, batched: false })).toEqual({
      input: [3, 10],
      output: [3, 20],
      h0: [1, 20],
      hN: [1, 20],
    });
    expect(moduleShapes('GRUCell', defaultConfig(10, 20), { steps: 3, batch: 32, batched: true })).toEqual({
      input: [32, 10],
      h0: [32, 20],
      hN: [32, 20],
    });
  });
});

describe('gateBlocks', () => {
  it("splits nn.LSTM(50, 100)'s weight_hh_l0 into W_hi, W_hf, W_hg, W_ho of 100 × 100, in that order", () => {
    const spec = parameterSpecs('LSTM', course())[1]!;
    expect(spec.name).toBe('weight_hh_l0');
    expect(gateBlocks('LSTM', spec).map((block) => [block.symbol, block.firstRow, block.shape])).toEqual([
      ['W_hi', 0, [100, 100]],
      ['W_hf', 100, [100, 100]],
      ['W_hg', 200, [100, 100]],
      ['W_ho', 300, [100, 100]],
    ]);
  });

  it("splits nn.GRU(10, 20)'s bias_ih_l0 into b_ir, b_iz, b_in, and leaves weight_hr whole", () => {
    const bias = parameterSpecs('GRU', defaultConfig(10, 20))[2]!;
    expect(gateBlocks('GRU', bias).map((block) => [block.symbol, block.shape])).toEqual([
      ['b_ir', [20]],
      ['b_iz', [20]],
      ['b_in', [20]],
    ]);
    const projection = parameterSpecs('LSTM', { ...defaultConfig(4, 8), projSize: 3 }).at(-1)!;
    expect(projection.name).toBe('weight_hr_l0');
    expect(gateBlocks('LSTM', projection)).toEqual([]);
  });
});

function course() {
  return { ...defaultConfig(50, 100), numLayers: 2 };
}
