import * as tf from '@tensorflow/tfjs-core';
import { activeBackend } from './backend';
import { validateConfig } from './config';
import { check } from './errors';
import { checkFinite } from './finite';
import { checkWeights } from './inferModule';
import { inputLayout, type InputLayout } from './inputLayout';
import { readGruExplanation, type GruCellExplanation } from './gruCellExplanation';
import type { GruStepTensors } from './gruDirection';
import { readLstmExplanation, type LstmCellExplanation } from './lstmCellExplanation';
import type { LstmStepTensors } from './lstmDirection';
import { cellKindOf, hiddenOutSize, isCellModule } from './parameterShapes';
import { runStack, type DirectionRun, type StackTensors, type StepTensors } from './runStack';
import { disposeUploads, tensorsOf, uploadedArrays, uploadWeights, type WeightUploads } from './weightUploads';
import type { ForwardResult, PlainTensor, RecurrentConfig, RecurrentModule, StateDict, TraceStep } from './types';

/**
 * A module with its weights uploaded to tfjs once, to run many inputs through: a slider on x, h
 * or c re-runs it without re-uploading or re-validating the weights. Holds tfjs memory until
 * {@link RecurrentModel.dispose}; hands out plain data only.
 */
export interface RecurrentModel {
  readonly module: RecurrentModule;
  readonly config: RecurrentConfig;
  /**
   * Runs `input` (as PyTorch takes it: `(L, B, input)`, `(B, L, input)` with batch_first, `(L, input)`
   * unbatched; cells `(B, input)` or `(input)`) from `h0` / `c0` (zeros when absent) and returns
   * PyTorch's outputs and every gate of every step. Leaves the tensor count unchanged.
   * @throws ModelInputError naming the input or state that is wrong.
   */
  run(input: PlainTensor, h0?: PlainTensor, c0?: PlainTensor): ForwardResult;
  /**
   * Runs `input` from `h0` / `c0` as {@link RecurrentModel.run} does, with the same kernels, and
   * returns only the states of every step: h, and c for an LSTM. For a caller that follows the
   * states alone (a pulse's footprint), it reads two arrays back per direction instead of one per
   * gate and skips the outputs. Leaves the tensor count unchanged.
   * @throws ModelInputError naming the input or state that is wrong.
   */
  runStates(input: PlainTensor, h0?: PlainTensor, c0?: PlainTensor): StateStep[];
  /**
   * For an `LSTMCell`: one step on an unbatched `input` `(input_size)` from `h0` and `c0`
   * `(hidden_size)` (zeros when absent), with every intermediate the explorer shows. Same kernels
   * as {@link RecurrentModel.run}. Leaves the tensor count unchanged.
   * @throws ModelInputError for another module or a wrong shape.
   */
  explainLstmCell(input: PlainTensor, h0?: PlainTensor, c0?: PlainTensor): LstmCellExplanation;
  /**
   * For a `GRUCell`: one step on an unbatched `input` `(input_size)` from `h0` `(hidden_size)`
   * (zeros when absent), with both sides of every gate and r ⊙ (W_hn h + b_hn). Same kernels as
   * {@link RecurrentModel.run}. Leaves the tensor count unchanged.
   * @throws ModelInputError for another module or a wrong shape.
   */
  explainGruCell(input: PlainTensor, h0?: PlainTensor): GruCellExplanation;
  /** Frees the weights' tfjs memory; `run` refuses afterwards. */
  dispose(): void;
}

/**
 * One step's states, of one layer and direction: h `(B, H_out)` and, for an LSTM, c `(B, H)`,
 * row-major, batch rows first (unbatched input: one row).
 */
export interface StateStep {
  layer: number;
  /** 0 forward, 1 reverse. */
  direction: number;
  t: number;
  h: Float32Array;
  c?: Float32Array;
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

/** The input as the `(L, B, input)` tensor the stack reads. */
function sequenceOf(input: PlainTensor, layout: InputLayout, config: RecurrentConfig): tf.Tensor3D {
  const given = tf.tensor(input.data, input.shape);
  const shape: [number, number, number] = [layout.steps, layout.batch, config.inputSize];
  return (layout.batchFirst ? tf.transpose(given, [1, 0, 2]) : tf.reshape(given, shape)) as tf.Tensor3D;
}

const LSTM_TRACE = ['i', 'f', 'g', 'o', 'c', 'h'] as const;
const GRU_TRACE = ['r', 'z', 'n', 'h'] as const;
const RNN_TRACE = ['preActivation', 'h'] as const;

/** The trace's names for a step of whichever kind `step` is: LstmGates, GruGates or RnnGates. */
function traceNames(step: StepTensors): readonly string[] {
  if ('c' in step) return LSTM_TRACE;
  return 'r' in step ? GRU_TRACE : RNN_TRACE;
}

const tensorOf = (step: StepTensors, name: string) => (step as unknown as Record<string, tf.Tensor2D>)[name]!;

/**
 * Each named tensor of every step of one direction, read back in one copy per name: a read from
 * the WASM backend costs far more than its bytes, and one per gate per step was a third of a
 * 60-step sequence's time. Step `index`'s values are `[index · size, (index + 1) · size)` of it.
 */
function readStacked(steps: StepTensors[], names: readonly string[]): Record<string, Float32Array> {
  return Object.fromEntries(
    names.map((name) => [name, tf.stack(steps.map((step) => tensorOf(step, name))).dataSync() as Float32Array]),
  );
}

/** Every step's gates as plain data, each a view into its direction's one copy (see {@link readStacked}). */
function traceOf(runs: DirectionRun[], layout: InputLayout): TraceStep[] {
  return runs.flatMap(({ layer, direction, steps }) => {
    const first = steps[0];
    if (!first) return [];
    const names = traceNames(first);
    const stacked = readStacked(steps, names);
    return steps.map((step, index) => {
      const gates = Object.fromEntries(
        names.map((name) => {
          const tensor = tensorOf(step, name);
          // Unbatched input gives unbatched gates, as PyTorch's own shapes would be.
          const shape = layout.batched ? [...tensor.shape] : [tensor.shape[1]];
          return [name, { shape, data: stacked[name]!.subarray(index * tensor.size, (index + 1) * tensor.size) }];
        }),
      );
      return { layer, direction, t: step.t, gates: gates as unknown as TraceStep['gates'] };
    });
  });
}

/** Every step's h (and c) as plain data, views into one copy each per direction. */
function statesOf(runs: DirectionRun[]): StateStep[] {
  return runs.flatMap(({ layer, direction, steps }) => {
    const first = steps[0];
    if (!first) return [];
    const isLstm = 'c' in first;
    const { h, c } = readStacked(steps, isLstm ? ['h', 'c'] : ['h']);
    const hSize = first.h.size;
    const cSize = isLstm ? first.c.size : 0;
    return steps.map((step, index) => ({
      layer,
      direction,
      t: step.t,
      h: h!.subarray(index * hSize, (index + 1) * hSize),
      ...(c && { c: c.subarray(index * cSize, (index + 1) * cSize) }),
    }));
  });
}

/** Each model's weight uploads, for a model built to replace it (see `replacing`). */
const uploadsOfModel = new WeakMap<
  RecurrentModel,
  {
    /** Its uploads while it owns them (not disposed nor handed over). */
    peek(): WeightUploads | undefined;
    /** Makes them the successor's: this model's dispose then frees nothing. */
    handOver(): void;
  }
>();

/**
 * Builds `torch.nn.<module>(**config)` with `weights` (PyTorch's parameter names, no prefix) for
 * inference. Validates the config, every weight's presence, shape and finiteness first.
 * Requires {@link initBackend} to have resolved.
 * @param replacing A model this one replaces, disposed once this one is built. Every weight
 *   matrix it uploaded from the very array `weights` holds at the same place is taken over rather
 *   than uploaded again (and not checked again): a slider on the biases rebuilds the model
 *   without re-sending its matrices. Arrays are never changed in place in this codebase (every
 *   edit copies), which is what makes the same array the same values.
 * @throws ModelInputError naming the field or tensor that is wrong; nothing is allocated then,
 *   and `replacing` still works.
 */
export function createRecurrentModel(
  module: RecurrentModule,
  config: RecurrentConfig,
  weights: StateDict,
  replacing?: RecurrentModel,
): RecurrentModel {
  check(activeBackend() !== undefined, 'the model layer is not ready: await initBackend() first');
  validateConfig(module, config);
  checkWeights(module, config, weights);
  const predecessor = replacing && uploadsOfModel.get(replacing);
  const previous = predecessor?.peek();
  const checked = uploadedArrays(previous);
  for (const [name, tensor] of Object.entries(weights))
    if (!checked.has(tensor.data)) checkFinite(name, tensor, 'weights must be finite numbers');
  let uploads: WeightUploads | undefined;
  // Intermediates of the upload (untransposed weights) go with the tidy; the weights are kept.
  tf.tidy(() => {
    uploads = uploadWeights(module, config, weights, previous);
    tensorsOf(uploads).forEach((tensor) => tf.keep(tensor));
  });
  if (previous) {
    predecessor!.handOver();
    disposeUploads(previous, uploads);
  }
  replacing?.dispose();
  /** The weights this model owns: none once disposed or handed over to a model replacing it. */
  let owned: WeightUploads | undefined = uploads;
  /**
   * Runs the stack on `input` from `h0` / `c0` (zeros when absent) inside one `tf.tidy` and returns
   * what `readOut` reads from it, which must be plain data: every tensor goes with the tidy.
   */
  const readRun = <Result>(
    input: PlainTensor,
    h0: PlainTensor | undefined,
    c0: PlainTensor | undefined,
    readOut: (stack: StackTensors, layout: InputLayout) => Result,
  ): Result => {
    const weights = owned?.layers;
    check(weights, 'this model was disposed');
    const layout = inputLayout(module, config, input, h0, c0);
    const kind = cellKindOf(module);
    let result: { value: Result } | undefined;
    // The result leaves as plain data through the closure.
    tf.tidy(() => {
      const sequence = sequenceOf(input, layout, config);
      const hidden = stateTensor(h0, layout, hiddenOutSize(config));
      const cell = kind === 'LSTM' ? stateTensor(c0, layout, config.hiddenSize) : undefined;
      result = { value: readOut(runStack(kind, config, weights, sequence, hidden, cell), layout) };
    });
    return result!.value;
  };
  const model: RecurrentModel = {
    module,
    config,
    run: (input, h0, c0) => readRun(input, h0, c0, (stack, layout) => forwardResultOf(module, stack, layout)),
    runStates: (input, h0, c0) => readRun(input, h0, c0, (stack) => statesOf(stack.runs)),
    explainLstmCell(input, h0, c0) {
      check(module === 'LSTMCell', `only an LSTMCell can be explained step by step, not ${module}`);
      const weights = owned?.layers;
      check(weights, 'this model was disposed');
      const layout = inputLayout(module, config, input, h0, c0);
      check(!layout.batched, 'explainLstmCell takes one unbatched input of shape (input_size)');
      const hidden = h0?.data ?? new Float32Array(config.hiddenSize);
      const cell = c0?.data ?? new Float32Array(config.hiddenSize);
      let explanation: LstmCellExplanation | undefined;
      tf.tidy(() => {
        const stack = runStack(
          'LSTM',
          config,
          weights,
          sequenceOf(input, layout, config),
          stateTensor(h0, layout, config.hiddenSize),
          stateTensor(c0, layout, config.hiddenSize),
        );
        explanation = readLstmExplanation(stack.runs[0]!.steps[0] as LstmStepTensors, input.data, hidden, cell);
      });
      return explanation!;
    },
    explainGruCell(input, h0) {
      check(module === 'GRUCell', `only a GRUCell can be explained step by step, not ${module}`);
      const weights = owned?.layers;
      check(weights, 'this model was disposed');
      const layout = inputLayout(module, config, input, h0);
      check(!layout.batched, 'explainGruCell takes one unbatched input of shape (input_size)');
      const hidden = h0?.data ?? new Float32Array(config.hiddenSize);
      let explanation: GruCellExplanation | undefined;
      tf.tidy(() => {
        const sequence = sequenceOf(input, layout, config);
        const hPrev = stateTensor(h0, layout, config.hiddenSize);
        const stack = runStack('GRU', config, weights, sequence, hPrev, undefined);
        const step = stack.runs[0]!.steps[0] as GruStepTensors;
        explanation = readGruExplanation(
          step,
          weights[0]!,
          tf.reshape(hPrev, [1, config.hiddenSize]),
          input.data,
          hidden,
        );
      });
      return explanation!;
    },
    dispose() {
      // Weights handed over to a successor are its to free.
      if (owned) disposeUploads(owned);
      owned = undefined;
    },
  };
  uploadsOfModel.set(model, {
    peek: () => owned,
    handOver: () => {
      owned = undefined;
    },
  });
  return model;
}

/** The forward result, as PyTorch returns it, of a `module`'s stack run: plain data. Call inside `tf.tidy`. */
function forwardResultOf(module: RecurrentModule, stack: StackTensors, layout: InputLayout): ForwardResult {
  const trace = traceOf(stack.runs, layout);
  const hN = read(stack.hN, layout.hiddenShape);
  const cN = stack.cN && read(stack.cN, layout.cellShape);
  if (isCellModule(module)) return { hN, cN, trace };
  const output = layout.batchFirst ? tf.transpose(stack.output, [1, 0, 2]) : stack.output;
  return {
    output: read(output, layout.batched ? output.shape : [output.shape[0], output.shape[2]]),
    hN,
    cN,
    trace,
  };
}
