import * as tf from '@tensorflow/tfjs-core';
import { runGruDirection, type GruStepTensors } from './gruDirection';
import type { LayerWeights } from './layerWeights';
import { runLstmDirection, type LstmStepTensors } from './lstmDirection';
import { runRnnDirection, type RnnStepTensors } from './rnnDirection';
import { directionCount, stateRow } from './stateRows';
import type { RecurrentConfig, RecurrentKind } from './types';

/** One step of any cell kind, as its direction function returns it. */
export type StepTensors = LstmStepTensors | GruStepTensors | RnnStepTensors;

/** The steps one direction of one layer computed, in the order computed. */
export interface DirectionRun {
  layer: number;
  direction: number;
  steps: StepTensors[];
}

/** Everything a stacked forward pass produced, still as tensors. Lives inside `tf.tidy` only. */
export interface StackTensors {
  runs: DirectionRun[];
  /** The last layer's h at every t, directions concatenated: `(L, B, D·H_out)`. */
  output: tf.Tensor3D;
  /** Every layer's and direction's final h: `(D·num_layers, B, H_out)`. */
  hN: tf.Tensor3D;
  /** Every layer's and direction's final c (LSTM only): `(D·num_layers, B, H)`. */
  cN?: tf.Tensor3D;
}

/** The `(L, B, H)` sequence of h one direction produced, in time order whatever the direction. */
function hiddenSequence(steps: StepTensors[]): tf.Tensor3D {
  const byTime = [...steps].sort((a, b) => a.t - b.t);
  return tf.stack(byTime.map((step) => step.h)) as tf.Tensor3D;
}

/**
 * Runs a stack of `kind` cells over `sequence` `(L, B, input)` from the initial states `h0`
 * `(D·num_layers, B, H_out)` and `c0` `(D·num_layers, B, H)` (LSTM), layer by layer, each layer
 * reading the previous layer's h of both directions concatenated, as `torch.nn.LSTM` / `GRU` /
 * `RNN` do (the RNN's activation is `config.nonlinearity`, tanh when absent).
 * `layers` holds each layer's and direction's weights at index `layer·D + direction`. Cells run as
 * one layer over one step. Inputs must be validated; call inside `tf.tidy`.
 */
export function runStack(
  kind: RecurrentKind,
  config: RecurrentConfig,
  layers: LayerWeights[],
  sequence: tf.Tensor3D,
  h0: tf.Tensor3D,
  c0: tf.Tensor3D | undefined,
): StackTensors {
  const isLstm = kind === 'LSTM';
  const directions = directionCount(config);
  const h0s = tf.unstack(h0) as tf.Tensor2D[];
  const c0s = c0 ? (tf.unstack(c0) as tf.Tensor2D[]) : [];
  const runs: DirectionRun[] = [];
  const finalH: tf.Tensor2D[] = [];
  const finalC: tf.Tensor2D[] = [];
  let layerInput = sequence;
  for (let layer = 0; layer < config.numLayers; layer++) {
    const outputs: tf.Tensor3D[] = [];
    for (let direction = 0; direction < directions; direction++) {
      const stateIndex = stateRow(config, layer, direction);
      const weights = layers[stateIndex]!;
      const h0 = h0s[stateIndex]!;
      const steps: StepTensors[] =
        kind === 'LSTM'
          ? runLstmDirection(layerInput, weights, h0, c0s[stateIndex]!, direction)
          : kind === 'GRU'
            ? runGruDirection(layerInput, weights, h0, direction)
            : runRnnDirection(layerInput, weights, h0, direction, config.nonlinearity ?? 'tanh');
      const last = steps[steps.length - 1]!;
      finalH.push(last.h);
      if ('c' in last) finalC.push(last.c);
      runs.push({ layer, direction, steps });
      outputs.push(hiddenSequence(steps));
    }
    // Dropout between layers is a training-time operation; at inference PyTorch skips it.
    layerInput = outputs.length === 1 ? outputs[0]! : (tf.concat(outputs, 2) as tf.Tensor3D);
  }
  return {
    runs,
    output: layerInput,
    hN: tf.stack(finalH) as tf.Tensor3D,
    cN: isLstm ? (tf.stack(finalC) as tf.Tensor3D) : undefined,
  };
}
