import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/model/config';
import { parameterCount, parameterSpecs } from '../../src/model/parameterShapes';
import { parseForwardRequest } from '../../src/model/request';
import { fixtureNames, fixtureRequest, readFixtureFile } from '../support/fixtures';

const shapeOf = (specs: ReturnType<typeof parameterSpecs>, name: string) =>
  specs.find((spec) => spec.name === name)?.shape;

describe('parameter shapes as PyTorch builds them', () => {
  it("explains the course's nn.LSTM(50, 100, num_layers=2): weight_hh_l0 is 400×100", () => {
    const specs = parameterSpecs('LSTM', { ...defaultConfig(50, 100), numLayers: 2 });
    expect(shapeOf(specs, 'weight_ih_l0')).toEqual([400, 50]);
    expect(shapeOf(specs, 'weight_hh_l0')).toEqual([400, 100]);
    expect(shapeOf(specs, 'weight_ih_l1')).toEqual([400, 100]);
    expect(shapeOf(specs, 'bias_hh_l1')).toEqual([400]);
    expect(specs.map((spec) => spec.name)).toEqual([
      'weight_ih_l0',
      'weight_hh_l0',
      'bias_ih_l0',
      'bias_hh_l0',
      'weight_ih_l1',
      'weight_hh_l1',
      'bias_ih_l1',
      'bias_hh_l1',
    ]);
  });

  it("counts nn.GRU(10, 20)'s 1,920 parameters, weight_hh_l0 60×20", () => {
    const config = defaultConfig(10, 20);
    expect(parameterCount('GRU', config)).toBe(1920);
    expect(shapeOf(parameterSpecs('GRU', config), 'weight_hh_l0')).toEqual([60, 20]);
  });

  it('follows proj_size and bidirectional into the second layer', () => {
    const specs = parameterSpecs('LSTM', { ...defaultConfig(6, 8), numLayers: 2, projSize: 3, bidirectional: true });
    expect(shapeOf(specs, 'weight_hh_l0')).toEqual([32, 3]);
    expect(shapeOf(specs, 'weight_hr_l0_reverse')).toEqual([3, 8]);
    expect(shapeOf(specs, 'weight_ih_l1')).toEqual([32, 6]);
  });

  it('drops biases with bias=False and names cell parameters without layer suffixes', () => {
    expect(parameterSpecs('LSTM', { ...defaultConfig(4, 3), bias: false }).map((spec) => spec.name)).toEqual([
      'weight_ih_l0',
      'weight_hh_l0',
    ]);
    expect(parameterSpecs('GRUCell', defaultConfig(5, 7)).map((spec) => [spec.name, spec.shape])).toEqual([
      ['weight_ih', [21, 5]],
      ['weight_hh', [21, 7]],
      ['bias_ih', [21]],
      ['bias_hh', [21]],
    ]);
  });
});

describe('parameter counts against the weights real PyTorch made', () => {
  // Each fixture's state_dict was written by PyTorch itself: its tensors' sizes add up to what
  // sum(p.numel() for p in module.parameters()) printed there, including the course's configs.
  for (const name of fixtureNames()) {
    it(`${name}: the count and every shape equal the fixture's state_dict`, () => {
      const request = parseForwardRequest(fixtureRequest(name), readFixtureFile);
      const weights = Object.entries(request.weights);
      const total = weights.reduce((sum, [, tensor]) => sum + tensor.data.length, 0);
      expect(parameterCount(request.module, request.config)).toBe(total);
      const shapes = Object.fromEntries(weights.map(([weight, tensor]) => [weight, tensor.shape]));
      for (const spec of parameterSpecs(request.module, request.config)) expect(shapes[spec.name]).toEqual(spec.shape);
    });
  }
});
