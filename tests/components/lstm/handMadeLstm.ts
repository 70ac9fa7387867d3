import type { LstmCellExplanation } from '../../../src/model/lstmCellExplanation';
import type { GateWeightBlock, LstmGateName } from '../../../src/model/lstmGates';

// A made-up LSTMCell step with hidden_size 2 and input_size 1, values picked to be easy to check by
// eye (none sits on a rounding boundary). Unit 1 is the one the tests look at. The numbers are
// consistent, f ⊙ C = kept and so on, but the panel must show them as given, not recompute them.

const f32 = (...values: number[]) => Float32Array.from(values);

export function handMadeExplanation(): LstmCellExplanation {
  return {
    input: f32(0.8),
    previousHidden: f32(0.1, -0.3),
    previousCell: f32(0.6, 1.5),
    preActivation: {
      forget: f32(0.2, 0.73),
      input: f32(-0.1, -0.365),
      candidate: f32(0.3, -0.725),
      output: f32(0.1, 0.502),
    },
    gates: {
      forget: f32(0.5498, 0.6748),
      input: f32(0.475, 0.4098),
      candidate: f32(0.2913, -0.6201),
      output: f32(0.525, 0.6229),
    },
    kept: f32(0.3299, 1.0122),
    written: f32(0.1384, -0.2541),
    cell: f32(0.4683, 0.7581),
    cellTanh: f32(0.4367, 0.6402),
    hidden: f32(0.2293, 0.3988),
  };
}

/** Weights over [h0, h1, x0] for each gate; unit 1's forget row is (0.12, -0.25, 0.6), bias 0.05. */
export function handMadeBlocks(): Record<LstmGateName, GateWeightBlock> {
  const block = (data: number[], bias: number[]): GateWeightBlock => ({
    rows: 2,
    cols: 3,
    data: f32(...data),
    bias: f32(...bias),
    // The LSTM folds its biases; these split the sum as b_ih = bias, b_hh = 0.
    inputBias: f32(...bias),
    hiddenBias: new Float32Array(bias.length),
  });
  return {
    forget: block([0.3, 0.1, -0.2, 0.12, -0.25, 0.6], [0.01, 0.05]),
    input: block([-0.4, 0.2, 0.1, -0.5, 0.33, 0.07], [0, -0.1]),
    candidate: block([0.2, -0.1, 0.3, 0.9, -1.1, -0.2], [0.02, -1]),
    output: block([0.15, 0.25, 0.35, -0.05, 1.5, 0.4], [-0.2, 0.6]),
  };
}
