import { createRecurrentModel, type RecurrentModel } from './recurrentModel';
import type { RecurrentConfig, RecurrentModule, StateDict } from './types';

interface CachedModel {
  config: RecurrentConfig;
  weights: StateDict;
  model: RecurrentModel;
}

// One slot per module by default: the LSTM explorer's LSTMCell, the GRU explorer's GRUCell and
// the comparison's LSTM and GRU each keep theirs, so moving between views does not re-upload. A
// view that runs another model of the same module (the sequence view) names its own slot.
const cache = new Map<string, CachedModel>();

function sameConfig(a: RecurrentConfig, b: RecurrentConfig): boolean {
  return (Object.keys(a) as (keyof RecurrentConfig)[]).every((key) => a[key] === b[key]);
}

/**
 * The model for `module`, `config` and `weights`, uploaded once and reused while the same
 * `weights` object comes back: a slider on x, h or c re-runs it, and only a change of weights
 * (a new object) builds a new one, which takes over the weight matrices it shares with the one it
 * replaces (a bias slider uploads only the biases). Holds at most one model per slot (by default
 * one per module), so tfjs memory stays bounded however long the sliders move. A refused config
 * or weights leaves the previous model in place.
 * @param slot Which cached model to reuse or replace; defaults to `module`.
 * @throws ModelInputError as {@link createRecurrentModel} does.
 */
export function cachedRecurrentModel(
  module: RecurrentModule,
  config: RecurrentConfig,
  weights: StateDict,
  slot: string = module,
): RecurrentModel {
  const cached = cache.get(slot);
  if (cached && cached.model.module === module && cached.weights === weights && sameConfig(cached.config, config))
    return cached.model;
  // Replacing the slot's model keeps its uploads of the arrays these weights share with it.
  const model = createRecurrentModel(module, config, weights, cached?.model);
  cache.set(slot, { config: { ...config }, weights, model });
  return model;
}

/** Frees every cached model's tfjs memory (tests, or a view that closes). */
export function releaseCachedModel(): void {
  for (const { model } of cache.values()) model.dispose();
  cache.clear();
}
