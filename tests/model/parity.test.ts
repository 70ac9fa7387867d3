import { beforeAll, describe, expect, it } from 'vitest';
import { initBackend, liveTensorCount } from '../../src/model/backend';
import { forward } from '../../src/model/forward';
import { parseForwardRequest } from '../../src/model/request';
import type { ForwardResult, TraceStep } from '../../src/model/types';
import { firstMismatch, fixtureExpected, fixtureNames, fixtureRequest, readFixtureFile } from '../support/fixtures';

beforeAll(async () => {
  await initBackend();
});

function run(name: string): ForwardResult {
  return forward(parseForwardRequest(fixtureRequest(name), readFixtureFile));
}

const names = fixtureNames();

describe('every PyTorch fixture matches within the stated tolerance', () => {
  it('covers all six modules, and the RNN with both nonlinearities', () => {
    const requests = names.map((name) => parseForwardRequest(fixtureRequest(name), readFixtureFile));
    const modules = new Set(requests.map((request) => request.module));
    expect([...modules].sort()).toEqual(['GRU', 'GRUCell', 'LSTM', 'LSTMCell', 'RNN', 'RNNCell']);
    const relu = requests.filter((request) => request.config.nonlinearity === 'relu').map((request) => request.module);
    expect(new Set(relu)).toEqual(new Set(['RNN', 'RNNCell']));
  });

  it.each(names)('%s', (name) => {
    const want = fixtureExpected(name);
    const got = run(name);
    const mismatches: string[] = [];
    const note = (where: string, problem: string | undefined) => problem && mismatches.push(`${where}: ${problem}`);
    if (want.output) note('output', firstMismatch(got.output, want.output));
    else expect(got.output).toBeUndefined();
    note('h_n', firstMismatch(got.hN, want.h_n));
    if (want.c_n) note('c_n', firstMismatch(got.cN, want.c_n));
    else expect(got.cN).toBeUndefined();
    const steps = new Map(got.trace.map((step) => [`${step.layer}/${step.direction}/${step.t}`, step]));
    expect(got.trace).toHaveLength(want.trace.length);
    for (const step of want.trace) {
      const key = `${step.layer}/${step.direction}/${step.t}`;
      const gates = steps.get(key)?.gates as Record<string, TraceStep['gates'][keyof TraceStep['gates']]> | undefined;
      for (const [gate, value] of Object.entries(step.gates)) {
        note(`trace ${key} ${gate}`, firstMismatch(gates?.[gate] as never, value));
      }
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
  });

  it('leaves no tensor behind for any fixture', () => {
    run(names[0]!);
    const before = liveTensorCount();
    for (const name of names) run(name);
    expect(liveTensorCount()).toBe(before);
  });
});
