import { CELL_NOTATION } from './notation';
import { directionCount } from './stateRows';
import type { RecurrentConfig, RecurrentKind, RecurrentModule } from './types';

/** One expected parameter: PyTorch's name and shape. */
export interface ParameterSpec {
  name: string;
  shape: number[];
  /** Which layer and direction it belongs to (0, 0 for cells). */
  layer: number;
  direction: number;
  role: 'weight_ih' | 'weight_hh' | 'bias_ih' | 'bias_hh' | 'weight_hr';
}

/**
 * The blocks packed into each weight's rows: 4 (i, f, g, o) for LSTM, 3 (r, z, n) for GRU, and 1
 * for the plain RNN, which has no gates: its weights are one `hidden_size`-row block.
 */
export function gateCount(kind: RecurrentKind): number {
  return kind === 'RNN' ? 1 : CELL_NOTATION[kind].gates.length;
}

/** The cell kind behind a module: `LSTMCell` is an LSTM cell, `GRU` a GRU cell, `RNNCell` an RNN cell. */
export function cellKindOf(module: RecurrentModule): RecurrentKind {
  if (module === 'LSTM' || module === 'LSTMCell') return 'LSTM';
  return module === 'GRU' || module === 'GRUCell' ? 'GRU' : 'RNN';
}

/** True for the single-step cell classes (`LSTMCell`, `GRUCell`, `RNNCell`), which have no layers or directions. */
export function isCellModule(module: RecurrentModule): boolean {
  return module === 'LSTMCell' || module === 'GRUCell' || module === 'RNNCell';
}

/** Size of the hidden state a layer emits: `proj_size` when projecting, else `hidden_size`. */
export function hiddenOutSize(config: RecurrentConfig): number {
  return config.projSize > 0 ? config.projSize : config.hiddenSize;
}

/**
 * Every parameter `module` built with `config` has, by PyTorch's name and shape, in the order
 * `module.state_dict()` lists them. E.g. `nn.LSTM(50, 100, num_layers=2)` gives
 * `weight_ih_l0` [400, 50], `weight_hh_l0` [400, 100], … `weight_ih_l1` [400, 100]: the rows
 * stack the four gates (4 × hidden_size), the columns are what the gate reads. `nn.RNN`'s rows are
 * hidden_size alone.
 */
export function parameterSpecs(module: RecurrentModule, config: RecurrentConfig): ParameterSpec[] {
  const kind = cellKindOf(module);
  const rows = gateCount(kind) * config.hiddenSize;
  if (isCellModule(module)) {
    const specs: ParameterSpec[] = [
      { name: 'weight_ih', shape: [rows, config.inputSize], layer: 0, direction: 0, role: 'weight_ih' },
      { name: 'weight_hh', shape: [rows, config.hiddenSize], layer: 0, direction: 0, role: 'weight_hh' },
    ];
    if (config.bias) {
      specs.push(
        { name: 'bias_ih', shape: [rows], layer: 0, direction: 0, role: 'bias_ih' },
        { name: 'bias_hh', shape: [rows], layer: 0, direction: 0, role: 'bias_hh' },
      );
    }
    return specs;
  }
  const directions = directionCount(config);
  const hOut = hiddenOutSize(config);
  const specs: ParameterSpec[] = [];
  for (let layer = 0; layer < config.numLayers; layer++) {
    const layerInput = layer === 0 ? config.inputSize : directions * hOut;
    for (let direction = 0; direction < directions; direction++) {
      const suffix = `_l${layer}${direction === 1 ? '_reverse' : ''}`;
      const at = { layer, direction };
      specs.push(
        { name: `weight_ih${suffix}`, shape: [rows, layerInput], role: 'weight_ih', ...at },
        { name: `weight_hh${suffix}`, shape: [rows, hOut], role: 'weight_hh', ...at },
      );
      if (config.bias) {
        specs.push(
          { name: `bias_ih${suffix}`, shape: [rows], role: 'bias_ih', ...at },
          { name: `bias_hh${suffix}`, shape: [rows], role: 'bias_hh', ...at },
        );
      }
      if (kind === 'LSTM' && config.projSize > 0) {
        specs.push({
          name: `weight_hr${suffix}`,
          shape: [config.projSize, config.hiddenSize],
          role: 'weight_hr',
          ...at,
        });
      }
    }
  }
  return specs;
}

/** Total number of scalar parameters, as `sum(p.numel() for p in module.parameters())`. */
export function parameterCount(module: RecurrentModule, config: RecurrentConfig): number {
  return parameterSpecs(module, config).reduce((sum, spec) => sum + spec.shape.reduce((a, b) => a * b, 1), 0);
}
