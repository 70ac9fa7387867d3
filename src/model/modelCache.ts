import { createRecurrentModel, type RecurrentModel } from './recurrentModel';
import type { RecurrentConfig, RecurrentModule, StateDict } from './types';

let cached: { module: RecurrentModule; config: RecurrentConfig; weights: StateDict; model: RecurrentModel } | undefined;

function sameConfig(a: RecurrentConfig, b: RecurrentConfig): boolean {
  return (Object.keys(a) as (keyof RecurrentConfig)[]).every((key) => a[key] === b[key]);
}

/**
 * The model for `module`, `config` and `weights`, uploaded once and reused while the same
 * `weights` object comes back: a slider on x, h or c re-runs it, and only a change of weights
 * (a new object) uploads again. Holds one model at a time, so tfjs memory stays bounded however
 * long the sliders move. A refused config or weights leaves the previous model in place.
 * @throws ModelInputError as {@link createRecurrentModel} does.
 */
export function cachedRecurrentModel(
  module: RecurrentModule,
  config: RecurrentConfig,
  weights: StateDict,
): RecurrentModel {
  if (cached && cached.weights === weights && cached.module === module && sameConfig(cached.config, config)) {
    return cached.model;
  }
  const model = createRecurrentModel(module, config, weights);
  cached?.model.dispose();
  cached = { module, config: { ...config }, weights, model };
  return model;
}

/** Frees the cached model's tfjs memory (tests, or a view that closes). */
export function releaseCachedModel(): void {
  cached?.model.dispose();
  cached = undefined;
}
