/**
 * Plain data shared by the model layer and everything that calls it.
 * Nothing here holds a tf.Tensor: these types are what crosses the src/model boundary.
 */

/** The `torch.nn` class being mirrored. */
export type RecurrentModule = 'LSTM' | 'GRU' | 'RNN' | 'LSTMCell' | 'GRUCell' | 'RNNCell';

/** The two gated cell kinds, whatever the wrapper (sequence module or single cell): what the explorers draw. */
export type CellKind = 'LSTM' | 'GRU';

/** Every cell kind the model layer computes: the gated two and the plain (Elman) RNN cell. */
export type RecurrentKind = CellKind | 'RNN';

/** The plain RNN's activation, `nn.RNN(..., nonlinearity=...)`: PyTorch's default is tanh. */
export type Nonlinearity = 'tanh' | 'relu';

/**
 * A dense float32 array with its shape, row-major (C order), as PyTorch's
 * `tensor.reshape(-1).tolist()` lays it out. Owned by whoever holds it; never a view of tfjs memory.
 */
export interface PlainTensor {
  shape: number[];
  data: Float32Array;
}

/** Parameters by PyTorch's names (`weight_ih_l0`, `bias_hh_l1_reverse`, `weight_hr_l0`, `weight_ih`). */
export type StateDict = Record<string, PlainTensor>;

/**
 * A module's constructor arguments, PyTorch's keyword arguments in camelCase.
 * For cells only `inputSize`, `hiddenSize` and `bias` mean anything; the rest keep their defaults.
 */
export interface RecurrentConfig {
  inputSize: number;
  hiddenSize: number;
  /** Stacked layers; 1 for cells. */
  numLayers: number;
  /** Whether `bias_ih` / `bias_hh` exist. */
  bias: boolean;
  /** Input and output are `(B, L, F)` instead of `(L, B, F)`. Hidden states are unaffected. */
  batchFirst: boolean;
  bidirectional: boolean;
  /** LSTM only: size of the projected hidden state, 0 for none. */
  projSize: number;
  /** Kept for fidelity with the constructor; dropout does nothing at inference. */
  dropout: number;
  /**
   * RNN and RNNCell only: the activation, absent meaning PyTorch's default, tanh. Optional so
   * the LSTM and GRU configs, which PyTorch gives no such argument, stay as they were.
   */
  nonlinearity?: Nonlinearity;
}

/** LSTM step values, each `(B, H)` (or `(H)` unbatched); `h` is `(B, proj_size)` with a projection. */
export interface LstmGates {
  /** Input gate, in (0, 1). */
  i: PlainTensor;
  /** Forget gate, in (0, 1). */
  f: PlainTensor;
  /** Candidate memory, in (-1, 1). */
  g: PlainTensor;
  /** Output gate, in (0, 1). */
  o: PlainTensor;
  /** New cell state. */
  c: PlainTensor;
  /** New hidden state (after the projection when proj_size > 0). */
  h: PlainTensor;
}

/** GRU step values, each `(B, H)` (or `(H)` unbatched). */
export interface GruGates {
  /** Reset gate, in (0, 1). */
  r: PlainTensor;
  /** Update gate, in (0, 1). */
  z: PlainTensor;
  /** Candidate hidden state, in (-1, 1). */
  n: PlainTensor;
  /** New hidden state. */
  h: PlainTensor;
}

/**
 * Plain RNN step values, each `(B, H)` (or `(H)` unbatched):
 * `h' = act(W_ih x + b_ih + W_hh h + b_hh)`, act tanh or relu.
 */
export interface RnnGates {
  /** What the activation reads: W_ih x + b_ih + W_hh h + b_hh, any real number. */
  preActivation: PlainTensor;
  /** New hidden state: tanh (in (-1, 1)) or relu (≥ 0) of the pre-activation. */
  h: PlainTensor;
}

/** One cell step: which layer and direction ran it and the time index of the input it read. */
export interface TraceStep<G = LstmGates | GruGates | RnnGates> {
  layer: number;
  /** 0 forward, 1 reverse (the reverse direction runs t = L-1 down to 0). */
  direction: number;
  t: number;
  gates: G;
}

/** What a forward pass returns, shaped exactly as PyTorch returns it. */
export interface ForwardResult {
  /** The sequence output; absent for cells. */
  output?: PlainTensor;
  /** Final hidden state; for cells, `h'`. */
  hN: PlainTensor;
  /** Final cell state (LSTM, LSTMCell only); for LSTMCell, `c'`. */
  cN?: PlainTensor;
  /** One entry per cell step, layer by layer, forward direction before reverse. */
  trace: TraceStep[];
}
