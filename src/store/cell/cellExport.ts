import { serializeSafetensors, type GruCellExplanation, type LstmCellExplanation, type StateDict } from '../../model';

/** A tensor as the repository's fixtures write it: shape, then row-major values. */
interface TensorJson {
  shape: number[];
  data: number[];
}

const vector = (values: Float32Array): TensorJson => ({ shape: [values.length], data: Array.from(values) });

/** What a cell explorer exports: its cell's kind and sizes, its weights, and the step it shows. */
export interface CellExportSource {
  module: 'LSTMCell' | 'GRUCell';
  inputSize: number;
  hiddenSize: number;
  /** weight_ih, weight_hh, bias_ih, bias_hh, the bias shifts and hand edits included. */
  weights: StateDict;
  explanation: LstmCellExplanation | GruCellExplanation;
}

/**
 * The explorer's weights as a `.safetensors` file PyTorch loads into `nn.LSTMCell(I, H)` or
 * `nn.GRUCell(I, H)` (`cell.load_state_dict(load_file(path))`): F32, sorted names, the module
 * and sizes in the metadata.
 */
export function cellWeightsFile(source: CellExportSource): Uint8Array {
  return serializeSafetensors(source.weights, {
    format: 'pt',
    module: `nn.${source.module}(${source.inputSize}, ${source.hiddenSize})`,
    written_by: 'Gatescope',
  });
}

/**
 * The step the explorer shows, in the repository's fixture format: the request's module, config,
 * input, h0 (and c0), and the answer's trace of one step with PyTorch's gate letters (LSTM i, f,
 * g, o, c, h; GRU r, z, n, h), each a vector of hidden_size values.
 */
export function cellStepJson(source: CellExportSource) {
  const { explanation } = source;
  const lstm = 'previousCell' in explanation;
  const gates = lstm
    ? {
        i: vector(explanation.gates.input),
        f: vector(explanation.gates.forget),
        g: vector(explanation.gates.candidate),
        o: vector(explanation.gates.output),
        c: vector(explanation.cell),
        h: vector(explanation.hidden),
      }
    : {
        r: vector(explanation.gates.reset),
        z: vector(explanation.gates.update),
        n: vector(explanation.gates.candidate),
        h: vector(explanation.hidden),
      };
  return {
    module: source.module,
    config: { input_size: source.inputSize, hidden_size: source.hiddenSize },
    input: vector(explanation.input),
    h0: vector(explanation.previousHidden),
    ...(lstm && { c0: vector(explanation.previousCell) }),
    trace: [{ layer: 0, direction: 0, t: 0, gates }],
  };
}
