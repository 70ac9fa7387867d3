import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { initLabBackend } from '../../../src/model/lab/labBackend';
import { labGradientValues } from '../../../src/model/lab/labGradientValues';
import type { LabKind, RnnNonlinearity } from '../../../src/model/lab/labShapes';
import { tensorFromJson } from '../../../src/model/tensorJson';
import type { PlainTensor } from '../../../src/model/types';

// Gradients PyTorch's autograd computed for the lab's networks (format: tests/fixtures/README.md,
// written by tests/fixtures/generate_pytorch_fixtures.py): every case in the directory is checked.
const DIRECTORY = join(import.meta.dirname, '../../fixtures/pytorch/gradients');
const cases = readdirSync(DIRECTORY, { withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
  .map((entry) => entry.name);

interface GradientFixture {
  module: LabKind;
  config: { input_size: number; hidden_size: number; nonlinearity?: RnnNonlinearity };
  state_dict: Record<string, unknown>;
  input: unknown;
  target: unknown;
  expected: { logit: unknown; loss: number; dloss_dh: unknown; dloss_dc?: unknown; grads: Record<string, unknown> };
}

/** The fixtures' tolerance (tests/fixtures/README.md): |got − want| ≤ 2e-5 + 1e-4·|want|. */
function expectClose(name: string, got: PlainTensor | undefined, want: PlainTensor): void {
  expect(got, name).toBeDefined();
  expect(got!.shape, name).toEqual(want.shape);
  want.data.forEach((value, index) => {
    const error = Math.abs(got!.data[index]! - value);
    expect(error, `${name}[${index}]: got ${got!.data[index]}, PyTorch ${value}`).toBeLessThanOrEqual(
      2e-5 + 1e-4 * Math.abs(value),
    );
  });
}

beforeAll(async () => {
  await initLabBackend('cpu');
});

describe('lab gradients against PyTorch autograd', () => {
  it('has gradient fixtures to check', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  for (const file of cases) {
    it(file, () => {
      const fixture = JSON.parse(readFileSync(join(DIRECTORY, file), 'utf8')) as GradientFixture;
      const stateDict = Object.fromEntries(
        Object.entries(fixture.state_dict).map(([name, value]) => [name, tensorFromJson(name, value)]),
      );
      const input = tensorFromJson('input', fixture.input);
      const target = tensorFromJson('target', fixture.target).data;
      const got = labGradientValues(fixture.module, stateDict, input, target, fixture.config.nonlinearity ?? 'tanh');
      const { expected } = fixture;
      expect(Math.abs(got.loss - expected.loss)).toBeLessThanOrEqual(2e-5 + 1e-4 * Math.abs(expected.loss));
      expectClose('logit', got.logit, tensorFromJson('logit', expected.logit));
      expectClose('dloss_dh', got.hiddenGradients, tensorFromJson('dloss_dh', expected.dloss_dh));
      if (fixture.module === 'LSTM')
        expectClose('dloss_dc', got.cellGradients, tensorFromJson('dloss_dc', expected.dloss_dc));
      const names = Object.keys(expected.grads);
      expect(names.sort()).toEqual(Object.keys(got.grads).sort());
      for (const name of names) expectClose(name, got.grads[name], tensorFromJson(name, expected.grads[name]));
    });
  }
});
