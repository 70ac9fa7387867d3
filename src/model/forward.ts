import { createRecurrentModel } from './recurrentModel';
import type { ForwardResult, PlainTensor, RecurrentConfig, RecurrentModule, StateDict } from './types';

/** One forward call: a module, its weights, and the input and initial states as PyTorch takes them. */
export interface ForwardRequest {
  module: RecurrentModule;
  config: RecurrentConfig;
  /** PyTorch's parameter names, without any prefix. */
  weights: StateDict;
  /** `(L, B, input)`, `(B, L, input)` with batch_first, `(L, input)` unbatched; cells `(B, input)` or `(input)`. */
  input: PlainTensor;
  /** Initial hidden state as PyTorch takes it; zeros when absent. */
  h0?: PlainTensor;
  /** Initial cell state (LSTM, LSTMCell); zeros when absent. */
  c0?: PlainTensor;
}

/**
 * Runs `torch.nn.<module>(**config)` with `weights` on `input` once, at inference, and returns
 * what PyTorch returns (`output`, `h_n`, `c_n`; for cells `h'`, `c'`) plus every gate of every
 * step, all as plain float32 data. Validates everything first and throws a
 * {@link ModelInputError} naming the wrong tensor or field. Leaves no tensor behind.
 * To run many inputs through the same weights, use {@link createRecurrentModel}.
 * Requires {@link initBackend} to have resolved.
 */
export function forward(request: ForwardRequest): ForwardResult {
  const model = createRecurrentModel(request.module, request.config, request.weights);
  try {
    return model.run(request.input, request.h0, request.c0);
  } finally {
    model.dispose();
  }
}
