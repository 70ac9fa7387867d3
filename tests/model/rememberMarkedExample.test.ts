import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { initBackend, liveTensorCount } from '../../src/model/backend';
import { inferModule } from '../../src/model/inferModule';
import { createRecurrentModel } from '../../src/model/recurrentModel';
import { REMEMBER_MARKED_STEPS, rememberMarkedBatch } from '../../src/model/rememberMarked';
import { parseSafetensors, readSafetensorsHeader } from '../../src/model/safetensors';
import { findRecurrentModules, selectRecurrentModule } from '../../src/model/stateDictModules';
import type { ForwardResult, LstmGates, PlainTensor, TraceStep } from '../../src/model/types';
import {
  TRAINED_EXAMPLE_PATH,
  trainedExampleFacts,
  trainedExamplePython,
  trainedExampleText,
} from '../../src/content/examples/trainedExample';

// The shipped trained example, checked by the model layer alone (the training code is not
// imported): the file is read as the page reads a user's file, the recurrent module found in the
// whole model's state_dict, run on sequences the training never saw, and the Linear head applied
// here in plain TS. The gate facts are the ones the example's sentence states (its numbers come
// from trainedExampleFacts, so the sentence and this test cannot drift apart).

const FILE = 'public/models/remember-marked.safetensors';
/** Held out: training batches are drawn from seeds above 1,000,000 (src/cli/trainExample/training.ts). */
const HELD_OUT_SEED = 7;
const SEQUENCES = 1000;

const bytes = new Uint8Array(readFileSync(FILE));
const dict = parseSafetensors(bytes, FILE);
const batch = rememberMarkedBatch(SEQUENCES, HELD_OUT_SEED);
let result: ForwardResult;

/** The head `nn.Linear(4, 1)` on each sequence's last h: `(B)`. */
function headOutput(hN: PlainTensor): number[] {
  const weight = dict['head.weight']!;
  const bias = dict['head.bias']!.data[0]!;
  const hidden = weight.shape[1]!;
  return Array.from({ length: SEQUENCES }, (_, b) => {
    let sum = bias;
    for (let unit = 0; unit < hidden; unit++) sum += weight.data[unit]! * hN.data[b * hidden + unit]!;
    return sum;
  });
}

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

function correlation(xs: number[], ys: number[]): number {
  const [mx, my] = [mean(xs), mean(ys)];
  let [sxy, sxx, syy] = [0, 0, 0];
  xs.forEach((x, k) => {
    sxy += (x - mx) * (ys[k]! - my);
    sxx += (x - mx) ** 2;
    syy += (ys[k]! - my) ** 2;
  });
  return sxy / Math.sqrt(sxx * syy);
}

/** One value of the trace: gate or state `name` of `unit` at step `t` of sequence `b`. */
function traced(name: keyof LstmGates, t: number, b: number, unit: number): number {
  const step = result.trace[t] as TraceStep<LstmGates>;
  expect(step.t).toBe(t);
  const hidden = step.gates[name].shape[1]!;
  return step.gates[name].data[b * hidden + unit]!;
}

/** Every sequence's value of `name` for `unit`, at the steps `when` picks (relative to its mark). */
function valuesAt(name: keyof LstmGates, unit: number, when: (t: number, marked: number) => boolean): number[] {
  const found: number[] = [];
  for (let b = 0; b < SEQUENCES; b++)
    for (let t = 0; t < REMEMBER_MARKED_STEPS; t++)
      if (when(t, batch.markedAt[b]!)) found.push(traced(name, t, b, unit));
  return found;
}

beforeAll(async () => {
  await initBackend();
  const before = liveTensorCount();
  const weights = selectRecurrentModule(dict, undefined, FILE);
  const { module, config } = inferModule(weights);
  const model = createRecurrentModel(module, config, weights);
  result = model.run(batch.input);
  model.dispose();
  expect(liveTensorCount()).toBe(before);
});

describe('the shipped trained example (remember the marked value)', () => {
  it('is a whole model: lstm = nn.LSTM(2, 4) beside head = nn.Linear(4, 1), a few kB', () => {
    expect(bytes.length).toBeLessThan(4096);
    expect(findRecurrentModules(dict).map(({ prefix }) => prefix)).toEqual(['lstm.']);
    const weights = selectRecurrentModule(dict, undefined, FILE);
    const { module, config } = inferModule(weights);
    expect(module).toBe('LSTM');
    expect(config).toMatchObject({ inputSize: 2, hiddenSize: 4, numLayers: 1, batchFirst: false, projSize: 0 });
    expect(dict['head.weight']!.shape).toEqual([1, 4]);
    expect(dict['head.bias']!.shape).toEqual([1]);
    expect(readSafetensorsHeader(bytes, FILE).metadata).toMatchObject({ script: expect.stringContaining('npm run') });
  });

  it('says the marked value at the last step: mean absolute error < 0.05 and ≥ 99 % within 0.1 on 1000 held-out sequences', () => {
    const errors = headOutput(result.hN).map((output, b) => Math.abs(output - batch.target[b]!));
    expect(mean(errors)).toBeLessThan(0.05);
    expect(errors.filter((error) => error < 0.1).length / SEQUENCES).toBeGreaterThanOrEqual(0.99);
  });

  it('opens its input gate at the marked step only, where it writes the value into C', () => {
    const { writerUnits, markedInputGate, otherInputGate } = trainedExampleFacts;
    // Unit 3's input gate alone tells the marked step from the others, in every sequence.
    expect(Math.min(...valuesAt('i', 3, (t, marked) => t === marked))).toBeGreaterThan(0.7);
    expect(Math.max(...valuesAt('i', 3, (t, marked) => t !== marked))).toBeLessThan(0.2);
    writerUnits.forEach((unit, k) => {
      expect(mean(valuesAt('i', unit, (t, marked) => t === marked))).toBeCloseTo(markedInputGate[k]!, 1);
      expect(mean(valuesAt('i', unit, (t, marked) => t !== marked))).toBeCloseTo(otherInputGate[k]!, 1);
      // What C holds right after the marked step follows the value (unit 3 with the opposite sign).
      const written = valuesAt('c', unit, (t, marked) => t === marked);
      expect(Math.abs(correlation(written, Array.from(batch.target)))).toBeGreaterThan(0.9);
    });
  });

  it('then keeps it: the forget gate of the writing units stays near 1, and unit 0’s C still follows the value at the end', () => {
    const { writerUnits, forgetAfterMark, finalCorrelation } = trainedExampleFacts;
    writerUnits.forEach((unit, k) => {
      const after = valuesAt('f', unit, (t, marked) => t > marked);
      expect(mean(after)).toBeCloseTo(forgetAfterMark[k]!, 1);
      expect(Math.min(...after)).toBeGreaterThan(0.85);
    });
    const lastC = Array.from({ length: SEQUENCES }, (_, b) => traced('c', REMEMBER_MARKED_STEPS - 1, b, 0));
    expect(correlation(lastC, Array.from(batch.target))).toBeGreaterThan(finalCorrelation - 0.01);
  });

  it('is described by a sentence that states the measured numbers, and by PyTorch lines that build this model', () => {
    const { writerUnits, markedInputGate, otherInputGate, forgetAfterMark, finalCorrelation } = trainedExampleFacts;
    const numbers = [...markedInputGate, ...otherInputGate, ...forgetAfterMark, finalCorrelation].map(String);
    for (const text of Object.values(trainedExampleText.lookFor))
      for (const number of numbers) expect(text).toContain(number);
    expect(trainedExampleText.lookFor.en).toContain(`units ${writerUnits[0]} and ${writerUnits[1]}`);
    expect(trainedExampleText.lookFor.zh).toContain(`神经元 ${writerUnits[0]} 和 ${writerUnits[1]}`);
    expect(trainedExamplePython).toContain('nn.LSTM(2, 4)');
    expect(trainedExamplePython).toContain('nn.Linear(4, 1)');
    expect(trainedExamplePython).toContain('load_file("remember-marked.safetensors")');
    expect(FILE.endsWith(TRAINED_EXAMPLE_PATH)).toBe(true);
  });
});
