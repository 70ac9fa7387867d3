import { describe, expect, it } from 'vitest';
import { snippetText } from '../../../src/components/shared/snippetText';
import { gateBlocks, moduleShapes, parameterSpecs } from '../../../src/model';
import { parseForwardRequest } from '../../../src/model/request';
import { effectiveConfig, type ShapesSettings } from '../../../src/store/shapes/shapesSettings';
import { shapesSnippet } from '../../../src/store/shapes/shapesSnippet';
import { fixtureExpected, fixtureNames, fixtureRequest, readFixtureFile } from '../../support/fixtures';

// Every fixture is a call real PyTorch made: its module, constructor arguments and input become the
// shapes view's settings, and what the view shows (parameter shapes, out / h_n / c_n, the code's
// x, h0 and c0) must be what PyTorch had and returned.

/** The shapes view's settings for one fixture's request: its module, config and input's L, N. */
function settingsOf(name: string): { settings: ShapesSettings; weights: Record<string, number[]> } {
  const request = parseForwardRequest(fixtureRequest(name), readFixtureFile);
  const { module, config, input } = request;
  const cell = module.endsWith('Cell');
  const batched = input.shape.length === (cell ? 2 : 3);
  const [first = 1, second = 1] = input.shape;
  const steps = cell ? 1 : batched && config.batchFirst ? second : first;
  const batch = !batched ? 1 : cell ? first : config.batchFirst ? first : second;
  const weights = Object.fromEntries(Object.entries(request.weights).map(([key, tensor]) => [key, tensor.shape]));
  return { settings: { module, ...config, steps, batch, batched }, weights };
}

describe('the shapes view against every PyTorch fixture', () => {
  for (const name of fixtureNames()) {
    it(`${name}: out, h_n, c_n and every parameter's shape are PyTorch's`, () => {
      const { settings, weights } = settingsOf(name);
      const expected = fixtureExpected(name);
      const config = effectiveConfig(settings);
      const shapes = moduleShapes(settings.module, config, settings);
      const request = fixtureRequest(name) as { input: { shape: number[] }; h0?: { shape: number[] } };
      expect(shapes.input).toEqual(request.input.shape);
      if (request.h0) expect(shapes.h0).toEqual(request.h0.shape);
      expect(shapes.output).toEqual(expected.output?.shape);
      expect(shapes.hN).toEqual(expected.h_n.shape);
      expect(shapes.cN).toEqual(expected.c_n?.shape);
      const specs = parameterSpecs(settings.module, config);
      expect(Object.fromEntries(specs.map((spec) => [spec.name, spec.shape]))).toEqual(weights);
      // Each packed matrix's gate blocks tile its rows exactly; the plain RNN has no gates to tile.
      const gated = !settings.module.startsWith('RNN');
      for (const spec of specs.filter((one) => one.role !== 'weight_hr')) {
        const blocks = gateBlocks(settings.module, spec);
        expect(blocks.reduce((rows, block) => rows + block.shape[0]!, 0)).toBe(gated ? spec.shape[0] : 0);
      }
    });

    it(`${name}: the code builds this module and draws x, h0 and c0 in these shapes`, () => {
      const { settings } = settingsOf(name);
      const shapes = moduleShapes(settings.module, effectiveConfig(settings), settings);
      const code = snippetText(shapesSnippet(settings));
      const tuple = (shape: readonly number[]) => shape.join(', ');
      expect(code).toContain(`x = torch.randn(${tuple(shapes.input)})`);
      expect(code).toContain(`h0 = torch.randn(${tuple(shapes.h0)})`);
      if (shapes.c0) expect(code).toContain(`c0 = torch.randn(${tuple(shapes.c0)})`);
      else expect(code.join('\n')).not.toContain('c0');
    });
  }
});
