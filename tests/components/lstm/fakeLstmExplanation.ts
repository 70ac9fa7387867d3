import type { LstmCellExplanation } from '../../../src/model/lstmCellExplanation';

const sigmoid = (value: number) => 1 / (1 + Math.exp(-value));

/**
 * A hand-made step of an LSTMCell(3, 4), consistent with the cell's equations but needing no
 * model: pre-activations are chosen, everything after them follows.
 */
export function fakeLstmExplanation(): LstmCellExplanation {
  const preActivation = {
    forget: Float32Array.of(2.6, -1.2, 0.4, 3),
    input: Float32Array.of(-0.5, 1.5, 0, -2),
    candidate: Float32Array.of(0.9, -0.7, 0.2, -1.8),
    output: Float32Array.of(1.1, 0.3, -2.2, 0.6),
  };
  const previousCell = Float32Array.of(0.6, -1, 0.2, 1.5);
  const gates = {
    forget: preActivation.forget.map(sigmoid),
    input: preActivation.input.map(sigmoid),
    candidate: preActivation.candidate.map(Math.tanh),
    output: preActivation.output.map(sigmoid),
  };
  const kept = gates.forget.map((f, unit) => f * previousCell[unit]!);
  const written = gates.input.map((i, unit) => i * gates.candidate[unit]!);
  const cell = kept.map((value, unit) => value + written[unit]!);
  const cellTanh = cell.map(Math.tanh);
  const hidden = gates.output.map((o, unit) => o * cellTanh[unit]!);
  return {
    input: Float32Array.of(0.8, -0.5, 1.2),
    previousHidden: Float32Array.of(0.1, -0.3, 0.5, 0),
    previousCell,
    preActivation,
    gates,
    kept,
    written,
    cell,
    cellTanh,
    hidden,
  };
}

/** The same kind of step at the course's size, LSTMCell(50, 100), with smoothly varying numbers. */
export function fakeCourseExplanation(hiddenSize = 100, inputSize = 50): LstmCellExplanation {
  const wave = (length: number, phase: number, scale: number) =>
    Float32Array.from({ length }, (_, index) => scale * Math.sin(index * 0.37 + phase));
  const preActivation = {
    forget: wave(hiddenSize, 0, 3),
    input: wave(hiddenSize, 1, 3),
    candidate: wave(hiddenSize, 2, 2),
    output: wave(hiddenSize, 3, 3),
  };
  const previousCell = wave(hiddenSize, 4, 2);
  const gates = {
    forget: preActivation.forget.map(sigmoid),
    input: preActivation.input.map(sigmoid),
    candidate: preActivation.candidate.map(Math.tanh),
    output: preActivation.output.map(sigmoid),
  };
  const kept = gates.forget.map((f, unit) => f * previousCell[unit]!);
  const written = gates.input.map((i, unit) => i * gates.candidate[unit]!);
  const cell = kept.map((value, unit) => value + written[unit]!);
  const cellTanh = cell.map(Math.tanh);
  return {
    input: wave(inputSize, 5, 1.5),
    previousHidden: wave(hiddenSize, 6, 0.8),
    previousCell,
    preActivation,
    gates,
    kept,
    written,
    cell,
    cellTanh,
    hidden: gates.output.map((o, unit) => o * cellTanh[unit]!),
  };
}
