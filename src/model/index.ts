/**
 * The model layer's public surface: what the store, the components, src/viz and the app's entry
 * may use. Everything here takes and returns plain data (numbers, Float32Arrays, `PlainTensor`);
 * no tf.Tensor crosses this line, so tfjs stays behind it. `npm run lint` rejects an import of any
 * other file of src/model from outside it (see eslint.config.js).
 *
 * This module itself never loads tfjs: the functions that compute (initBackend, the networks, the
 * pulse) are stand-ins from ./lazyCompute that fetch the computing half on first use, so a page
 * that imports the model's names and shapes can paint before tfjs arrives.
 *
 * The node entry points in src/cli import the model's files directly: this module also carries
 * the browser build's WASM binary URLs (`?url` imports, which Vite and Vitest resolve and plain
 * Node cannot), and the CLI reaches the request parser and the timing internals it benchmarks.
 */

// The data that crosses the boundary.
export type {
  CellKind,
  ForwardResult,
  GruGates,
  LstmGates,
  Nonlinearity,
  PlainTensor,
  RecurrentConfig,
  RecurrentKind,
  RecurrentModule,
  RnnGates,
  StateDict,
  TraceStep,
} from './types';

// How each cell kind's gates are named and written, and how a stack numbers its cells.
export {
  GRU_NOTATION,
  LSTM_NOTATION,
  gateLetter,
  gatesOf,
  gateSymbols,
  valueSymbols,
  type CellNotation,
  type GateName,
  type GateNotation,
  type GruGateLetter,
  type GruGateName,
  type LstmGateLetter,
  type LstmGateName,
} from './notation';
export { cellOfRow, directionCount, stateRow, stateRowCount } from './stateRows';

// Starting the backend, and the errors the model reports.
export type { BackendName } from './backend';
export { activeBackend, initBackend, liveTensorCount } from './lazyCompute';
export { WASM_BINARY_URLS } from './wasmBinaryUrls';
export { ModelFileError, ModelInputError, type ModelFileProblem } from './errors';

// Building and running models.
export { defaultConfig, MAX_DIMENSION, MAX_LAYERS, MAX_PARAMETERS } from './config';
export type { RecurrentModel } from './recurrentModel';
export { cachedRecurrentModel, createRecurrentModel, pulseMemory } from './lazyCompute';
export { gateCount, isCellModule, parameterCount, parameterSpecs, type ParameterSpec } from './parameterShapes';
export { gateBlocks, moduleShapes, type GateBlock, type InputExtent, type ModuleShapes } from './moduleShapes';
export { randomWeights } from './randomWeights';

// One cell step, explained number by number (the explorers).
export type { LstmCellExplanation } from './lstmCellExplanation';
export type { GruCellExplanation, GruResetBefore } from './gruCellExplanation';
export { pendingGruExplanation, pendingLstmExplanation } from './pendingExplanation';
export {
  LSTM_GATE_NAMES,
  PACKED_GATE_INDEX,
  gateWeightBlock,
  gateWeightBlocks,
  lstmCellPreset,
  withGateBiasShifts,
  withGateWeight,
} from './lstmGates';
export {
  GRU_GATE_NAMES,
  GRU_PACKED_GATE_INDEX,
  gruCellPreset,
  gruGateWeightBlocks,
  withGruGateBiasShifts,
  withGruGateWeight,
} from './gruGates';
export { withPackedBiasShifts, type GateWeightBlock, type WeightPreset } from './packedGates';

// The sequence view's network and inputs.
export {
  INPUT_LIMIT,
  PULSE_HEIGHT,
  SEQUENCE_INPUT_PRESETS,
  SEQUENCE_WORDS,
  SINE_PERIOD,
  presetSequence,
  randomState,
  wordAlphabet,
  type SequenceInputPreset,
} from './sequenceInputs';
export {
  MAX_SEQUENCE_SEED,
  cellSeedOf,
  layerInputSize,
  moduleSequenceWeights,
  sequenceWeights,
  weightPresetShifts,
  type SequenceBiasShifts,
} from './sequenceWeights';

// The task of the shipped trained example (public/models/remember-marked.safetensors).
export {
  REMEMBER_MARKED_FEATURES,
  REMEMBER_MARKED_LAST_MARK,
  REMEMBER_MARKED_STEPS,
  rememberMarkedBatch,
  type RememberMarkedBatch,
} from './rememberMarked';

// The training lab (issue 18): plain data, the trainer loads on first use.
export {
  DEFAULT_LAB_CONFIG,
  LAB_KINDS,
  LAB_MAX_BATCH,
  LAB_MAX_EVALUATION,
  LAB_MAX_HIDDEN,
  LAB_PARAMETER_NAMES,
  RECALL_MAX_LENGTH,
  RECALL_MIN_LENGTH,
  appendLabCurves,
  checkLabConfig,
  comparableHiddenSize,
  labParameterCount,
  openLabTrainer,
  recallBatch,
  type LabBackendChoice,
  type LabBackendName,
  type LabConfig,
  type LabCurve,
  type LabCurves,
  type LabEvent,
  type LabKind,
  type LabModelProgress,
  type LabParameterName,
  type LabPoint,
  type LabProgress,
  type LabTrainer,
  type RecallBatch,
} from './lab';

// The comparison's measurements.
export type { PulseMemory } from './pulseMemory';
export { DEFAULT_STEP_TIMING, msPerStep, timeForwardPass, timingInput } from './stepTiming';

// Model files the reader opens in the page: read off the main thread, on first use.
export { openModelFile } from './lazyModelFile';
export { cellOfModule, explorerRefusal, type ModuleCell } from './moduleCell';
export { describeModule } from './inferModule';
export { serializeSafetensors } from './safetensors';
export type { ModelFileContents, ModelFileModule } from './modelFile';
export type { ModelFileProgress, ReadModelFile } from './modelFileReader';
export { answerFromResult, type ForwardAnswer } from './request';
export { tensorToJson, type TensorJson } from './tensorJson';
