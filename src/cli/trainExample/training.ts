import * as tf from '@tensorflow/tfjs-core';
// For its side effect: the gradients of every op, which tfjs-core alone leaves unregistered (the
// deep import of them is ESM with directory imports, which Node refuses); it shares tfjs-core.
import '@tensorflow/tfjs';
import { seededRandom, uniformTensor } from '../../model/randomWeights';
import { REMEMBER_MARKED_FEATURES, rememberMarkedBatch } from '../../model/rememberMarked';
import type { StateDict } from '../../model/types';

/**
 * Trains the shipped example, PyTorch's
 *
 *     class RememberMarked(nn.Module):
 *         lstm = nn.LSTM(2, 4)          # batch_first=False
 *         head = nn.Linear(4, 1)        # reads h at the last step
 *
 * on the remember-the-marked-value task (src/model/rememberMarked.ts), with its own tfjs ops for
 * the cell in PyTorch's convention (packed gate order i, f, g, o). Everything is seeded, and the
 * cpu backend computes in a fixed order, so the same options give the same bytes.
 */

/** How a training run is set up; {@link SHIPPED_TRAINING} is the one that made the shipped file. */
export interface TrainingOptions {
  /** Seeds the initial weights (PyTorch's default initialisation) and, through it, every batch. */
  seed: number;
  hiddenSize: number;
  /** Adam steps, one fresh batch each. */
  steps: number;
  batchSize: number;
  learningRate: number;
  /**
   * Added to the forget gate's block of `bias_ih_l0` after PyTorch's initialisation (the usual
   * trick of Gers et al. 2000 and Jozefowicz et al. 2015): f starts near σ(1) ≈ 0.73 instead of
   * 0.5, so the gradient reaches the marked step through the steps after it.
   */
  forgetBias: number;
}

export const SHIPPED_TRAINING: TrainingOptions = {
  seed: 1,
  hiddenSize: 4,
  steps: 800,
  batchSize: 64,
  learningRate: 0.03,
  forgetBias: 1,
};

/** What a run gives: the state_dict under PyTorch's names, and its loss along the way. */
export interface TrainingResult {
  /** `lstm.weight_ih_l0` (4H × 2), `lstm.weight_hh_l0` (4H × H), `lstm.bias_ih_l0`, `lstm.bias_hh_l0` (4H), `head.weight` (1 × H), `head.bias` (1). */
  stateDict: StateDict;
  /** Mean squared error of each step's batch, before that step's update. */
  losses: number[];
}

/** The seed of training batch `step`: far from the seeds the tests hold out (below 1000). */
export const trainingBatchSeed = (seed: number, step: number) => 1_000_000 + seed * 100_000 + step;

type Parameters = Record<string, tf.Variable>;

/** PyTorch's default initialisation: LSTM and Linear both uniform in ±1/√H (H = the Linear's in_features). */
function initialParameters({ hiddenSize, seed, forgetBias }: TrainingOptions): Parameters {
  const random = seededRandom(seed);
  const bound = 1 / Math.sqrt(hiddenSize);
  const shapes: [string, number[]][] = [
    ['lstm.weight_ih_l0', [4 * hiddenSize, REMEMBER_MARKED_FEATURES]],
    ['lstm.weight_hh_l0', [4 * hiddenSize, hiddenSize]],
    ['lstm.bias_ih_l0', [4 * hiddenSize]],
    ['lstm.bias_hh_l0', [4 * hiddenSize]],
    ['head.weight', [1, hiddenSize]],
    ['head.bias', [1]],
  ];
  return Object.fromEntries(
    shapes.map(([name, shape]) => {
      const { data } = uniformTensor(shape, bound, random);
      if (name === 'lstm.bias_ih_l0')
        for (let unit = 0; unit < hiddenSize; unit++) data[hiddenSize + unit]! += forgetBias;
      // The variable keeps its own copy; tidy frees the tensor it was made from.
      return [name, tf.tidy(() => tf.variable(tf.tensor(data, shape), true, name))];
    }),
  );
}

/**
 * The model's output at the last step, `(B)`, for `input` `(L, B, 2)`, from zero states:
 *   gates = x W_ih^T + b_ih + h W_hh^T + b_hh, split i, f, g, o;
 *   c' = σ(f) ⊙ c + σ(i) ⊙ tanh(g);  h' = σ(o) ⊙ tanh(c');  y = h_L W_head^T + b_head.
 */
function predict(parameters: Parameters, input: tf.Tensor3D): tf.Tensor1D {
  const [steps, batch] = input.shape;
  const hidden = parameters['lstm.weight_hh_l0']!.shape[1]!;
  const weightIh = tf.transpose(parameters['lstm.weight_ih_l0']!);
  const weightHh = tf.transpose(parameters['lstm.weight_hh_l0']!);
  const bias = tf.add(parameters['lstm.bias_ih_l0']!, parameters['lstm.bias_hh_l0']!);
  let h: tf.Tensor2D = tf.zeros([batch, hidden]);
  let c: tf.Tensor2D = tf.zeros([batch, hidden]);
  for (let t = 0; t < steps; t++) {
    const x = tf.reshape(tf.slice(input, [t, 0, 0], [1, batch, REMEMBER_MARKED_FEATURES]), [
      batch,
      REMEMBER_MARKED_FEATURES,
    ]) as tf.Tensor2D;
    const gates = tf.add(tf.add(tf.matMul(x, weightIh), tf.matMul(h, weightHh)), bias);
    const [i, f, g, o] = tf.split(gates, 4, 1) as [tf.Tensor2D, tf.Tensor2D, tf.Tensor2D, tf.Tensor2D];
    c = tf.add(tf.mul(tf.sigmoid(f), c), tf.mul(tf.sigmoid(i), tf.tanh(g)));
    h = tf.mul(tf.sigmoid(o), tf.tanh(c));
  }
  const output = tf.add(tf.matMul(h, tf.transpose(parameters['head.weight']!)), parameters['head.bias']!);
  return tf.reshape(output, [batch]);
}

/** Runs {@link TrainingOptions} on the cpu backend (set by the caller) and frees every tensor it made. */
export function trainRememberMarked(options: TrainingOptions): TrainingResult {
  const parameters = initialParameters(options);
  const optimizer = tf.train.adam(options.learningRate);
  const losses: number[] = [];
  try {
    for (let step = 0; step < options.steps; step++) {
      const batch = rememberMarkedBatch(options.batchSize, trainingBatchSeed(options.seed, step));
      const loss = optimizer.minimize(
        () =>
          tf.tidy(() => {
            const input = tf.tensor3d(batch.input.data, batch.input.shape as [number, number, number]);
            return tf.losses.meanSquaredError(tf.tensor1d(batch.target), predict(parameters, input)) as tf.Scalar;
          }),
        true,
        Object.values(parameters),
      );
      losses.push(loss!.dataSync()[0]!);
      loss!.dispose();
    }
    const stateDict: StateDict = Object.fromEntries(
      Object.entries(parameters).map(([name, variable]) => [
        name,
        { shape: [...variable.shape], data: new Float32Array(variable.dataSync()) },
      ]),
    );
    return { stateDict, losses };
  } finally {
    optimizer.dispose();
    Object.values(parameters).forEach((variable) => variable.dispose());
  }
}
