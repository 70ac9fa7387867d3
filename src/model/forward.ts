import * as tf from '@tensorflow/tfjs-core';
import { activeBackend } from './backend';
import { validateConfig } from './config';
import { check } from './errors';
import { checkFinite } from './finite';
import { checkWeights } from './inferModule';
import { inputLayout, type InputLayout } from './inputLayout';
import { cellKindOf, hiddenOutSize, isCellModule } from './parameterShapes';
import { runStack, type DirectionRun } from './runStack';
import type { ForwardResult, PlainTensor, RecurrentConfig, RecurrentModule, StateDict, TraceStep } from './types';

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

function checkWeightValues(weights: StateDict): void {
  for (const [name, tensor] of Object.entries(weights)) checkFinite(name, tensor, 'weights must be finite numbers');
}

/** Copies a tensor's values out of tfjs memory into plain data of the given shape. */
function read(tensor: tf.Tensor, shape: number[]): PlainTensor {
  return { shape, data: new Float32Array(tensor.dataSync()) };
}

/** An initial state as `(rows, B, size)`, whatever the request's batchedness; zeros when absent. */
function stateTensor(state: PlainTensor | undefined, layout: InputLayout, size: number): tf.Tensor3D {
  const shape: [number, number, number] = [layout.stateRows, layout.batch, size];
  return state ? tf.tensor3d(state.data, shape) : tf.zeros(shape);
}

function traceOf(runs: DirectionRun[], layout: InputLayout): TraceStep[] {
  const stepShape = (tensor: tf.Tensor2D) => (layout.batched ? tensor.shape : [tensor.shape[1]]);
  const plain = (tensor: tf.Tensor2D) => read(tensor, stepShape(tensor));
  return runs.flatMap(({ layer, direction, steps }) =>
    steps.map((step) => ({
      layer,
      direction,
      t: step.t,
      gates:
        'c' in step
          ? {
              i: plain(step.i),
              f: plain(step.f),
              g: plain(step.g),
              o: plain(step.o),
              c: plain(step.c),
              h: plain(step.h),
            }
          : { r: plain(step.r), z: plain(step.z), n: plain(step.n), h: plain(step.h) },
    })),
  );
}

/**
 * Runs `torch.nn.<module>(**config)` with `weights` on `input` at inference and returns
 * what PyTorch returns (`output`, `h_n`, `c_n`; for cells `h'`, `c'`) plus every gate of every
 * step, all as plain float32 data. Validates everything first and throws a
 * {@link ModelInputError} naming the wrong tensor or field. Leaves no tensor behind.
 * Requires {@link initBackend} to have resolved.
 */
export function forward(request: ForwardRequest): ForwardResult {
  const { module, config, weights, input, h0, c0 } = request;
  check(activeBackend() !== undefined, 'the model layer is not ready: await initBackend() first');
  validateConfig(module, config);
  checkWeights(module, config, weights);
  checkWeightValues(weights);
  const layout = inputLayout(module, config, input, h0, c0);
  let result: ForwardResult | undefined;
  // tidy disposes every intermediate tensor; the result leaves as plain data through the closure.
  tf.tidy(() => {
    const given = tf.tensor(input.data, input.shape);
    const sequence = (
      layout.batchFirst
        ? tf.transpose(given, [1, 0, 2])
        : tf.reshape(given, [layout.steps, layout.batch, config.inputSize])
    ) as tf.Tensor3D;
    const hidden = stateTensor(h0, layout, hiddenOutSize(config));
    const cell = cellKindOf(module) === 'LSTM' ? stateTensor(c0, layout, config.hiddenSize) : undefined;
    const stack = runStack(module, config, weights, sequence, hidden, cell);
    const trace = traceOf(stack.runs, layout);
    if (isCellModule(module)) {
      result = { hN: read(stack.hN, layout.hiddenShape), cN: stack.cN && read(stack.cN, layout.cellShape), trace };
      return;
    }
    const output = layout.batchFirst ? tf.transpose(stack.output, [1, 0, 2]) : stack.output;
    const outputShape = layout.batched ? output.shape : [output.shape[0], output.shape[2]];
    result = {
      output: read(output, outputShape),
      hN: read(stack.hN, layout.hiddenShape),
      cN: stack.cN && read(stack.cN, layout.cellShape),
      trace,
    };
  });
  return result!;
}
