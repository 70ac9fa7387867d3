import type { GruCellExplanation } from '../../../src/model/gruCellExplanation';

// A made-up GRUCell step with hidden_size 3 and input_size 2, worked out by hand in PyTorch's
// form and rounded to 4 decimals, none near a 2-decimal rounding boundary. The numbers agree:
// r = σ(input side + hidden side), r ⊙ hidden side of n = resetHidden, n = tanh(W_in x + b_in +
// resetHidden), oneMinusUpdate = 1 − update, kept + written = hidden. The hidden side of n is W_hn h + b_hn for
// W_hn = [[0.4, −0.2, 0.3], [0.1, 0.5, −0.6], [−0.3, 0.2, 0.9]], b_hn = (−0.1, 0.25, 0.05).
// The diagram must show them as given, not recompute them.

const f32 = (...values: number[]) => Float32Array.from(values);

export function handMadeGruExplanation(): GruCellExplanation {
  return {
    input: f32(0.8, -0.5),
    previousHidden: f32(0.12, -0.3, 0.6),
    inputSide: {
      reset: f32(0.2, -0.45, 0.9),
      update: f32(-0.3, 0.5, 1.1),
      candidate: f32(0.35, -0.78, 0.39),
    },
    hiddenSide: {
      reset: f32(0.15, 0.3, -0.6),
      update: f32(0.1, -0.2, 0.45),
      candidate: f32(0.188, -0.248, 0.494),
    },
    gates: {
      reset: f32(0.5866, 0.4626, 0.5744),
      update: f32(0.4502, 0.5744, 0.8249),
      candidate: f32(0.4303, -0.7137, 0.5875),
    },
    resetHidden: f32(0.1103, -0.1147, 0.2838),
    kept: f32(0.054, -0.1723, 0.4949),
    oneMinusUpdate: f32(0.5498, 0.4256, 0.1751),
    written: f32(0.2366, -0.3037, 0.1029),
    hidden: f32(0.2906, -0.4761, 0.5978),
    resetBefore: {
      resetHidden: f32(0.0593, -0.0191, 0.3113),
      candidate: f32(0.3879, -0.6636, 0.6052),
      hidden: f32(0.2673, -0.4547, 0.6009),
    },
  };
}
