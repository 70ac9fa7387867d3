/**
 * The walkthrough of one GRU step (PyTorch's form), in order: x_t and h_{t−1} enter and each is
 * multiplied by its own packed weights; the reset gate r; the update gate z; the candidate
 * n = tanh(W_in x + b_in + r ⊙ (W_hn h + b_hn)); the new h_t = (1 − z) ⊙ n + z ⊙ h_{t−1}.
 */
export const GRU_STAGES = ['inputs', 'reset', 'update', 'candidate', 'hidden'] as const;

/** One stage of the GRU walkthrough. */
export type GruStage = (typeof GRU_STAGES)[number];
