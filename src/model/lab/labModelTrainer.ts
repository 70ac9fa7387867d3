import * as tf from '@tensorflow/tfjs-core';
import type { StateDict } from '../types';
import { carryProduct, hiddenGradientNorms } from './gradientFlow';
import { labForward } from './labForward';
import { disposeLabGradients, labGradientTensors } from './labGradients';
import {
  initialLabStateDict,
  LAB_PARAMETER_NAMES,
  labParameterCount,
  type LabKind,
  type LabParameterName,
} from './labShapes';
import type { RecallBatch } from './recallTask';

/** Gradient flow after one training step; both arrays have one value per time step t = 0 … L−1. */
export interface LabGradientFlow {
  /** Size of ∂loss/∂h_t (see gradientFlow.ts's hiddenGradientNorms: mean over the batch of per-sequence norms). */
  hiddenGradientNorms: number[];
  /** LSTM: ∏_{s>t} f_s; GRU: ∏_{s>t} z_s; mean over batch and units (see gradientFlow.ts's carryProduct). Absent for the RNN. */
  carryProduct?: number[];
}

/** What one training step did. */
export interface LabStepResult {
  /** The batch's loss before the update. */
  loss: number;
  /** Wall time of the step: forward, backward, Adam update and reading the loss back. */
  milliseconds: number;
  /** When asked for. */
  flow?: LabGradientFlow;
}

/** A lab model's tfjs memory, in bytes, as measured. */
export interface LabModelMemory {
  /** Parameters plus Adam's two moments: what stays allocated between steps. */
  persistentBytes: number;
  /** Held at the end of the last step's forward pass: the activations kept for the backward pass. */
  stepBytes: number;
}

let nextNetwork = 0;

/**
 * One lab network in training: its parameters as tf.Variables under the state-dict names and an
 * Adam optimiser (PyTorch's `torch.optim.Adam` defaults: β = (0.9, 0.999), ε = 1e-8; tfjs's update
 * has the same bias-corrected form). Holds tensors until {@link dispose}; every method returns
 * plain data and leaves the tensor count as it found it.
 */
export class LabModelTrainer {
  readonly parameterCount: number;
  private readonly variables: Record<LabParameterName, tf.Variable>;
  private readonly optimizer: tf.AdamOptimizer;
  private readonly memoryUse: LabModelMemory = { persistentBytes: 0, stepBytes: 0 };

  /**
   * A `kind` network with `hiddenSize` units, initialised from `seed` as PyTorch would
   * (see initialLabStateDict), or from `stateDict` when given.
   */
  constructor(
    readonly kind: LabKind,
    readonly hiddenSize: number,
    seed: number,
    learningRate: number,
    stateDict: StateDict = initialLabStateDict(kind, hiddenSize, seed),
  ) {
    this.parameterCount = labParameterCount(kind, hiddenSize);
    const bytesBefore = tf.memory().numBytes;
    // tfjs registers variables by name engine-wide, and several networks share the names; the
    // prefix keeps them apart, stateDict() takes it off again.
    const prefix = `lab${nextNetwork++}/`;
    this.variables = Object.fromEntries(
      LAB_PARAMETER_NAMES.map((name) => {
        const { data, shape } = stateDict[name]!;
        return [name, tf.tidy(() => tf.variable(tf.tensor(data, shape), true, prefix + name))];
      }),
    ) as Record<LabParameterName, tf.Variable>;
    this.optimizer = tf.train.adam(learningRate, 0.9, 0.999, 1e-8);
    this.memoryUse.persistentBytes = tf.memory().numBytes - bytesBefore;
  }

  /**
   * One Adam step on `batch`: the loss and every gradient in one pass, then the update. With
   * `withFlow`, also the gradient flow of this step (read out after the timing stops).
   */
  step(batch: RecallBatch, withFlow = false): LabStepResult {
    const [steps, size] = batch.input.shape as [number, number, number];
    const start = performance.now();
    const input = tf.tensor3d(batch.input.data, [steps, size, batch.input.shape[2]!]);
    const target = tf.tensor1d(batch.target);
    const result = labGradientTensors(this.kind, this.variables, input, target, {
      states: withFlow,
    });
    try {
      const bytesBefore = tf.memory().numBytes;
      this.optimizer.applyGradients(
        LAB_PARAMETER_NAMES.map((name) => ({ name: this.variables[name].name, tensor: result.grads[name] })),
      );
      // Adam makes its moments on the first update; later updates replace values in place.
      this.memoryUse.persistentBytes += tf.memory().numBytes - bytesBefore;
      this.memoryUse.stepBytes = result.forwardBytes;
      const loss = result.loss.dataSync()[0]!;
      const milliseconds = performance.now() - start;
      return { loss, milliseconds, flow: withFlow ? this.flowOf(result, steps, size) : undefined };
    } finally {
      disposeLabGradients(result);
      tf.dispose([input, target]);
    }
  }

  private flowOf(result: ReturnType<typeof labGradientTensors>, steps: number, batch: number): LabGradientFlow {
    const hiddenGrads = tf.tidy(() => tf.stack(result.hiddenGrads!).dataSync());
    return {
      hiddenGradientNorms: hiddenGradientNorms(hiddenGrads as Float32Array, steps, batch, this.hiddenSize),
      carryProduct:
        result.carry && carryProduct(result.carry.dataSync() as Float32Array, steps, batch, this.hiddenSize),
    };
  }

  /** Fraction of `batch`'s sequences where sign(logit) equals the bit to remember, in [0, 1]. */
  accuracy(batch: RecallBatch): number {
    const logits = tf.tidy(() => {
      const input = tf.tensor3d(batch.input.data, batch.input.shape as [number, number, number]);
      return labForward(this.kind, this.variables, input).logit.dataSync();
    });
    let correct = 0;
    batch.bits.forEach((bit, index) => {
      if (Math.sign(logits[index]!) === bit) correct++;
    });
    return correct / batch.bits.length;
  }

  /** The memory this model holds and used in its last step. */
  memory(): LabModelMemory {
    return { ...this.memoryUse };
  }

  /** The trained parameters under PyTorch's names (`rnn.weight_ih_l0` … `head.bias`), copied out. */
  stateDict(): StateDict {
    return Object.fromEntries(
      LAB_PARAMETER_NAMES.map((name) => {
        const variable = this.variables[name];
        return [name, { shape: [...variable.shape], data: Float32Array.from(variable.dataSync()) }];
      }),
    );
  }

  /** Frees the variables and the optimiser's state. */
  dispose(): void {
    this.optimizer.dispose();
    Object.values(this.variables).forEach((variable) => variable.dispose());
  }
}
