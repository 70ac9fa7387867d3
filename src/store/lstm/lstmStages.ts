/**
 * The walkthrough of one LSTM step, in order: join [h_{t−1}, x_t]; the forget gate erases from C;
 * the input gate writes the candidate into C; the new C_t; the output gate; h_t = o ⊙ tanh(C_t).
 */
export const LSTM_STAGES = ['concat', 'forget', 'write', 'update', 'output', 'hidden'] as const;

/** One stage of the LSTM walkthrough. */
export type LstmStage = (typeof LSTM_STAGES)[number];
