import { check } from './errors';
import { describeModule } from './inferModule';
import type { ModelFileModule } from './modelFile';
import type { StateDict } from './types';

/** One cell of an imported module, as a cell explorer takes it: nn.LSTMCell / nn.GRUCell's names and sizes. */
export interface ModuleCell {
  inputSize: number;
  hiddenSize: number;
  /** weight_ih, weight_hh, bias_ih, bias_hh (zeros where the module has no bias); the module's arrays, shared. */
  weights: StateDict;
}

/**
 * Why no cell explorer can show `module`'s cells (one sentence), or undefined when one can: the
 * explorers draw LSTM and GRU cells, so a plain `nn.RNN` / `nn.RNNCell` is refused.
 */
export function explorerRefusal(module: Pick<ModelFileModule, 'module' | 'config'>): string | undefined {
  if (module.module !== 'RNN' && module.module !== 'RNNCell') return undefined;
  return `${describeModule(module.module, module.config)} is a plain RNN, and the cell explorers show LSTM and GRU cells only`;
}

/**
 * The cell that runs layer `layer`, direction `direction` (1 reverse) of an imported module, as
 * nn.LSTMCell or nn.GRUCell weights: what a cell explorer shows one step of.
 *
 * @throws ModelInputError for a layer or direction the module does not have, for an LSTM
 *   with proj_size, whose h is projected after the cell (the explorers draw no projection), and for
 *   a plain RNN ({@link explorerRefusal}).
 */
export function cellOfModule(module: ModelFileModule, layer = 0, direction = 0): ModuleCell {
  const { config } = module;
  const refusal = explorerRefusal(module);
  check(refusal === undefined, () => refusal!);
  const cell = module.module.endsWith('Cell');
  check(
    Number.isInteger(layer) && layer >= 0 && layer < (cell ? 1 : config.numLayers),
    `the module has no layer ${layer}`,
  );
  check(direction === 0 || (direction === 1 && config.bidirectional), `the module has no direction ${direction}`);
  check(
    config.projSize === 0,
    `this LSTM projects h to proj_size ${config.projSize}, which the cell explorer does not draw`,
  );
  const suffix = cell ? '' : `_l${layer}${direction === 1 ? '_reverse' : ''}`;
  const tensor = (role: string) => module.weights[`${role}${suffix}`];
  const weightIh = tensor('weight_ih')!;
  const weightHh = tensor('weight_hh')!;
  const rows = weightHh.shape[0]!;
  const zeros = { shape: [rows], data: new Float32Array(rows) };
  return {
    inputSize: weightIh.shape[1]!,
    hiddenSize: config.hiddenSize,
    weights: {
      weight_ih: weightIh,
      weight_hh: weightHh,
      bias_ih: tensor('bias_ih') ?? zeros,
      bias_hh: tensor('bias_hh') ?? zeros,
    },
  };
}
