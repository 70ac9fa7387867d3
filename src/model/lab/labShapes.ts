import { seededRandom, uniformTensor } from '../randomWeights';
import type { Nonlinearity, StateDict } from '../types';

/**
 * The training lab's networks as plain data: which recurrent layers it trains, their parameters
 * by PyTorch's state-dict names and shapes, and their sizes. No tfjs here, so the page can show
 * parameter counts and pick comparable sizes before the training code has loaded.
 *
 * Each network is PyTorch's
 *
 *     class Recall(nn.Module):
 *         rnn = nn.RNN(2, H) | nn.LSTM(2, H) | nn.GRU(2, H)   # one layer, batch_first=False
 *         head = nn.Linear(H, 1)                              # reads h at the last step
 */

/** The recurrent layer of a lab network: `nn.RNN` (tanh), `nn.LSTM` or `nn.GRU`. */
export type LabKind = 'RNN' | 'LSTM' | 'GRU';

/** Every kind, in the order the lab shows them. */
export const LAB_KINDS: readonly LabKind[] = ['RNN', 'LSTM', 'GRU'];

/** `nn.RNN`'s `nonlinearity` (the model layer's); the lab trains tanh, relu is for PyTorch's gradient fixtures. */
export type RnnNonlinearity = Nonlinearity;

/** Features per time step of the lab's task: the value and the mark. */
export const LAB_INPUT_SIZE = 2;

/** The state-dict names of a lab network, in `model.state_dict()` order. */
export const LAB_PARAMETER_NAMES = [
  'rnn.weight_ih_l0',
  'rnn.weight_hh_l0',
  'rnn.bias_ih_l0',
  'rnn.bias_hh_l0',
  'head.weight',
  'head.bias',
] as const;

/** One of {@link LAB_PARAMETER_NAMES}. */
export type LabParameterName = (typeof LAB_PARAMETER_NAMES)[number];

/** Gates packed in the rows of the recurrent weights: 1 (RNN), 4 (LSTM: i, f, g, o), 3 (GRU: r, z, n). */
export function labGateCount(kind: LabKind): number {
  return kind === 'RNN' ? 1 : kind === 'LSTM' ? 4 : 3;
}

/**
 * Shape of each parameter of a `kind` network with `hiddenSize` units: `rnn.weight_ih_l0`
 * `(G·H, 2)`, `rnn.weight_hh_l0` `(G·H, H)`, the two biases `(G·H)`, `head.weight` `(1, H)`,
 * `head.bias` `(1)`, with G = {@link labGateCount}.
 */
export function labParameterShapes(kind: LabKind, hiddenSize: number): Record<LabParameterName, number[]> {
  const rows = labGateCount(kind) * hiddenSize;
  return {
    'rnn.weight_ih_l0': [rows, LAB_INPUT_SIZE],
    'rnn.weight_hh_l0': [rows, hiddenSize],
    'rnn.bias_ih_l0': [rows],
    'rnn.bias_hh_l0': [rows],
    'head.weight': [1, hiddenSize],
    'head.bias': [1],
  };
}

/** Trainable numbers of a `kind` network with `hiddenSize` units: G·H·(2 + H + 2) + H + 1. */
export function labParameterCount(kind: LabKind, hiddenSize: number): number {
  const rows = labGateCount(kind) * hiddenSize;
  return rows * (LAB_INPUT_SIZE + hiddenSize + 2) + hiddenSize + 1;
}

/**
 * The largest hidden size (at least 1) whose `kind` network has at most `parameters` parameters:
 * how the lab makes an RNN, an LSTM and a GRU of comparable size.
 */
export function comparableHiddenSize(kind: LabKind, parameters: number): number {
  let hidden = 1;
  while (labParameterCount(kind, hidden + 1) <= parameters) hidden++;
  return hidden;
}

/**
 * Which packed blocks of `bias_ih_l0` the carry bias moves, and which way: the gates that keep
 * memory from step to step. The LSTM's forget gate f up and its input gate i down (blocks i, f,
 * g, o), the explorers' "keeps memory" start: C is kept, and written only where the network
 * learns to open i. The GRU's update gate z up (blocks r, z, n): h is kept. The RNN has no gate.
 */
export const CARRY_START: Readonly<Record<LabKind, readonly (readonly [block: number, sign: 1 | -1])[]>> = {
  RNN: [],
  LSTM: [
    [1, 1],
    [0, -1],
  ],
  GRU: [[1, 1]],
};

/**
 * PyTorch's default initialisation of a `kind` network from a seeded generator: every parameter
 * of the recurrent layer uniform in ±1/√H, and `nn.Linear(H, 1)`'s weight and bias uniform in
 * ±1/√in_features = ±1/√H as well. Drawn in state-dict order; plain data. Then `carryBias` moves
 * the gates of {@link CARRY_START}: at 4 the LSTM starts with f ≈ σ(4) ≈ 0.98 and i ≈ 0.02, the GRU
 * with z ≈ 0.98, the usual practice for long sequences (Gers et al. 2000; Jozefowicz et al. 2015).
 */
export function initialLabStateDict(kind: LabKind, hiddenSize: number, seed: number, carryBias = 0): StateDict {
  const random = seededRandom(seed);
  const bound = 1 / Math.sqrt(hiddenSize);
  const shapes = labParameterShapes(kind, hiddenSize);
  const dict = Object.fromEntries(
    LAB_PARAMETER_NAMES.map((name) => [name, uniformTensor(shapes[name], bound, random)]),
  ) as StateDict;
  const bias = dict['rnn.bias_ih_l0']!.data;
  for (const [block, sign] of CARRY_START[kind])
    for (let unit = 0; unit < hiddenSize; unit++) bias[block * hiddenSize + unit]! += sign * carryBias;
  return dict;
}
