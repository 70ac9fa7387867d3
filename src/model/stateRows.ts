import type { RecurrentConfig } from './types';

// A stacked `nn.LSTM` / `nn.GRU` has one cell per layer and direction. PyTorch numbers them
// layer·D + direction, D the number of directions: the row of h0, c0, h_n and c_n that cell reads
// or leaves, and the order of its weights. Computed here only, for the model and for every view.

/** D: 2 directions when bidirectional, else 1. */
export function directionCount(config: Pick<RecurrentConfig, 'bidirectional'>): 1 | 2 {
  return config.bidirectional ? 2 : 1;
}

/** The row of h0 / c0 / h_n / c_n for the cell at (`layer`, `direction`): layer·D + direction. */
export function stateRow(config: Pick<RecurrentConfig, 'bidirectional'>, layer: number, direction: number): number {
  return layer * directionCount(config) + direction;
}

/** How many rows h0 / c0 / h_n / c_n have: num_layers·D. */
export function stateRowCount(config: Pick<RecurrentConfig, 'numLayers' | 'bidirectional'>): number {
  return config.numLayers * directionCount(config);
}

/** The cell at row `row` of h0 / c0 / h_n / c_n: the inverse of {@link stateRow}. */
export function cellOfRow(
  config: Pick<RecurrentConfig, 'bidirectional'>,
  row: number,
): { layer: number; direction: number } {
  const directions = directionCount(config);
  return { layer: Math.floor(row / directions), direction: row % directions };
}
