import { defaultConfig } from '../../model/config';
import type { ForwardRequest } from '../../model/forward';
import { randomWeights, seededRandom, uniformTensor } from '../../model/randomWeights';
import type { RecurrentConfig } from '../../model/types';

/** One benchmark case: a module, its weights and an input, all seeded. */
export interface BenchCase {
  name: string;
  kind: 'LSTM' | 'GRU';
  steps: number;
  batch: number;
  request: ForwardRequest;
  /** Budgets from the foundation issue; absent where none is set. */
  budget: { maxRatio?: number; maxModelMs?: number };
}

function makeCase(
  name: string,
  kind: 'LSTM' | 'GRU',
  config: RecurrentConfig,
  steps: number,
  batch: number,
  budget: BenchCase['budget'],
): BenchCase {
  const input = uniformTensor([steps, batch, config.inputSize], 1, seededRandom(7));
  return {
    name,
    kind,
    steps,
    batch,
    budget,
    request: { module: kind, config, weights: randomWeights(kind, config, 42), input },
  };
}

/** The course's nn.LSTM(50, 100, num_layers=2) on 10×3×50, its nn.GRU(10, 20) on 3×32×10, and the classroom LSTM(3, 4) over 8 steps. */
export function benchCases(): BenchCase[] {
  return [
    makeCase(
      'course LSTM(50→100, 2 layers), input 10×3×50',
      'LSTM',
      { ...defaultConfig(50, 100), numLayers: 2 },
      10,
      3,
      { maxRatio: 0.5 },
    ),
    makeCase('course GRU(10→20), input 3×32×10', 'GRU', defaultConfig(10, 20), 3, 32, {}),
    makeCase('classroom LSTM(3→4), sequence 8', 'LSTM', defaultConfig(3, 4), 8, 1, { maxModelMs: 1 }),
  ];
}
