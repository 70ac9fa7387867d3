import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { initBackend, liveTensorCount } from '../../src/model/backend';
import { forward } from '../../src/model/forward';
import { resolveModule } from '../../src/model/inferModule';
import { configFromJson, stateDictFromJson } from '../../src/model/request';
import { selectRecurrentModule } from '../../src/model/stateDictModules';
import { tensorFromJson } from '../../src/model/tensorJson';
import type { RecurrentModule } from '../../src/model/types';
import { FIXTURE_DIR, firstMismatch, withinTolerance, type ExpectedTensor } from '../support/fixtures';

// The training lab's gradient fixtures (tests/fixtures/README.md): PyTorch's logit, loss and
// gradients for one batch of the "recall the first value" task. The lab's own backward pass is
// tested against them elsewhere; here the model layer's forward, plus the head and the loss written
// out below, must reproduce the fixtures' forward half, and the gradients that follow from the
// logit alone (the head's, and ∂loss/∂h at the last step) must agree with it.

interface GradientFixture {
  module: 'RNN' | 'LSTM' | 'GRU';
  config: Record<string, unknown>;
  state_dict: Record<string, ExpectedTensor>;
  input: ExpectedTensor;
  target: ExpectedTensor;
  expected: {
    logit: ExpectedTensor;
    loss: number;
    dloss_dh: ExpectedTensor;
    dloss_dc?: ExpectedTensor;
    grads: Record<string, ExpectedTensor>;
  };
}

const CASES = ['rnn_tanh', 'rnn_relu', 'lstm', 'gru'] as const;

function load(name: string): GradientFixture {
  return JSON.parse(readFileSync(join(FIXTURE_DIR, 'gradients', `${name}.json`), 'utf8')) as GradientFixture;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** nn.BCEWithLogitsLoss for one logit, in its numerically stable form. */
const bceWithLogits = (z: number, y: number) => Math.max(z, 0) - z * y + Math.log1p(Math.exp(-Math.abs(z)));

/** The head's logit for every sequence, from the model layer's forward: h at the last step · head.weight + head.bias. */
function logitsOf(fixture: GradientFixture): { logits: number[]; lastH: number[][] } {
  const dict = stateDictFromJson(fixture.state_dict);
  const weights = selectRecurrentModule(dict, 'rnn.');
  const { module, config } = resolveModule(
    { module: fixture.module as RecurrentModule, config: configFromJson(fixture.config) },
    weights,
  );
  const result = forward({ module, config, weights, input: tensorFromJson('input', fixture.input) });
  const [steps = 0, batch = 0, hidden = 0] = result.output!.shape;
  const head = dict['head.weight']!.data;
  const bias = dict['head.bias']!.data[0]!;
  const lastH = Array.from({ length: batch }, (_, b) =>
    Array.from(
      result.output!.data.subarray(((steps - 1) * batch + b) * hidden, ((steps - 1) * batch + b + 1) * hidden),
    ),
  );
  const logits = lastH.map((h) => h.reduce((sum, value, k) => sum + value * head[k]!, bias));
  return { logits, lastH };
}

beforeAll(async () => {
  await initBackend();
});

describe.each(CASES)('the %s gradient fixture', (name) => {
  const fixture = load(name);
  const target = fixture.target.data;

  it('has the documented fields and shapes', () => {
    const [steps, batch] = fixture.input.shape;
    expect(fixture.input.shape).toEqual([6, 2, 2]);
    expect(fixture.target.shape).toEqual([batch]);
    expect(fixture.expected.logit.shape).toEqual([batch]);
    expect(fixture.expected.dloss_dh.shape).toEqual([steps, batch, 3]);
    expect(fixture.expected.dloss_dc?.shape).toEqual(fixture.module === 'LSTM' ? [steps, batch, 3] : undefined);
    expect(Object.keys(fixture.expected.grads)).toEqual(Object.keys(fixture.state_dict));
    for (const [key, grad] of Object.entries(fixture.expected.grads))
      expect(grad.shape, key).toEqual(fixture.state_dict[key]!.shape);
    expect(fixture.config.nonlinearity).toBe(name.startsWith('rnn_') ? name.slice(4) : undefined);
  });

  it("gives PyTorch's logit and loss through the model layer's forward and the head", () => {
    const { logits } = logitsOf(fixture);
    expect(firstMismatch({ shape: [logits.length], data: logits }, fixture.expected.logit)).toBeUndefined();
    const loss = logits.reduce((sum, z, b) => sum + bceWithLogits(z, target[b]!), 0) / logits.length;
    expect(withinTolerance(loss, fixture.expected.loss), `${loss} vs ${fixture.expected.loss}`).toBe(true);
  });

  it("agrees with the gradients that follow from the logit: the head's, and ∂loss/∂h at the last step", () => {
    const { logits, lastH } = logitsOf(fixture);
    // ∂loss/∂logit_b = (σ(logit_b) − target_b) / B for the batch mean.
    const dLogit = logits.map((z, b) => (sigmoid(z) - target[b]!) / logits.length);
    const head = fixture.state_dict['head.weight']!.data;
    const grads = fixture.expected.grads;
    const headWeight = head.map((_, k) => dLogit.reduce((sum, d, b) => sum + d * lastH[b]![k]!, 0));
    expect(firstMismatch({ shape: [1, head.length], data: headWeight }, grads['head.weight']!)).toBeUndefined();
    const headBias = dLogit.reduce((sum, d) => sum + d, 0);
    expect(firstMismatch({ shape: [1], data: [headBias] }, grads['head.bias']!)).toBeUndefined();
    const { data, shape } = fixture.expected.dloss_dh;
    const last = data.slice(-shape[1]! * shape[2]!);
    expect(
      last.map((value, index) =>
        withinTolerance(dLogit[Math.floor(index / head.length)]! * head[index % head.length]!, value),
      ),
    ).not.toContain(false);
  });

  it('leaves no tensor behind', () => {
    logitsOf(fixture);
    const before = liveTensorCount();
    logitsOf(fixture);
    expect(liveTensorCount()).toBe(before);
  });
});
